// While a decision is a draft: its voting mode, dots budget and whether ballots are sealed.
import { type Decision, LIMITS, type VotingMode } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";

const MODES: readonly VotingMode[] = ["pick", "dots", "score", "ranked", "consent"];

export function ConfigureForm({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const modeId = useId();
  const dotsId = useId();
  const sealedId = useId();
  const [mode, setMode] = useState<VotingMode>(decision.mode);
  const [dots, setDots] = useState(decision.dotsPerVoter);
  const [sealed, setSealed] = useState(decision.sealed);
  const changed =
    mode !== decision.mode || dots !== decision.dotsPerVoter || sealed !== decision.sealed;

  function submit(event: FormEvent) {
    event.preventDefault();
    const budget = Math.min(LIMITS.dotsPerVoter, Math.max(1, Math.round(dots) || 1));
    sendCommand({
      type: "decision.configure",
      decisionId: decision.id,
      mode,
      dotsPerVoter: budget,
      sealed,
    });
  }

  return (
    <form
      className="configure"
      onSubmit={submit}
      aria-label={t("configure.label", { decision: decision.title })}
    >
      <div className="configure-row">
        <div className="field field-inline">
          <label htmlFor={modeId}>{t("configure.mode")}</label>
          <select
            id={modeId}
            className="input input-sm"
            value={mode}
            onChange={(event) => setMode(event.target.value as VotingMode)}
          >
            {MODES.map((value) => (
              <option key={value} value={value}>
                {t(`mode.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {mode === "dots" ? (
          <div className="field field-inline">
            <label htmlFor={dotsId}>{t("configure.dots")}</label>
            <input
              id={dotsId}
              className="input input-sm input-number"
              type="number"
              min={1}
              max={LIMITS.dotsPerVoter}
              value={dots}
              onChange={(event) => setDots(Number(event.target.value))}
            />
          </div>
        ) : null}
      </div>
      <div className="configure-row">
        <label className="checkbox" htmlFor={sealedId}>
          <input
            id={sealedId}
            type="checkbox"
            checked={sealed}
            onChange={(event) => setSealed(event.target.checked)}
          />
          <span>{t("configure.sealed")}</span>
        </label>
        <button type="submit" className="button button-sm" disabled={!changed}>
          {t("configure.apply")}
        </button>
      </div>
    </form>
  );
}
