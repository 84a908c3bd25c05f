// While a decision is a draft: its quorum, pass threshold and (dots) cap per option.
// Shares are edited as whole percentages, which is how people say them.
import { type Decision, LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";

const toPercent = (share: number) => Math.round(share * 100);
const toShare = (percent: number) => Math.min(100, Math.max(0, Math.round(percent) || 0)) / 100;

export function RulesForm({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const quorumId = useId();
  const thresholdId = useId();
  const capId = useId();
  const [quorum, setQuorum] = useState(toPercent(decision.rules.quorum));
  const [threshold, setThreshold] = useState(toPercent(decision.rules.threshold));
  const [cap, setCap] = useState(decision.rules.maxDotsPerOption ?? 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    const wholeCap = Math.min(LIMITS.dotsPerVoter, Math.max(0, Math.round(cap) || 0));
    sendCommand({
      type: "decision.setRules",
      decisionId: decision.id,
      quorum: toShare(quorum),
      threshold: toShare(threshold),
      maxDotsPerOption: wholeCap === 0 ? null : wholeCap,
    });
  }

  return (
    <form
      className="configure rules-form"
      onSubmit={submit}
      aria-label={t("voting.rulesLabel", { decision: decision.title })}
    >
      <div className="configure-row">
        <div className="field field-inline">
          <label htmlFor={quorumId}>{t("voting.quorum")}</label>
          <input
            id={quorumId}
            className="input input-sm input-number"
            type="number"
            min={0}
            max={100}
            value={quorum}
            onChange={(event) => setQuorum(Number(event.target.value))}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor={thresholdId}>{t("voting.threshold")}</label>
          <input
            id={thresholdId}
            className="input input-sm input-number"
            type="number"
            min={0}
            max={100}
            value={threshold}
            onChange={(event) => setThreshold(Number(event.target.value))}
          />
        </div>
        {decision.mode === "dots" ? (
          <div className="field field-inline">
            <label htmlFor={capId}>{t("voting.dotsCap")}</label>
            <input
              id={capId}
              className="input input-sm input-number"
              type="number"
              min={0}
              max={LIMITS.dotsPerVoter}
              value={cap}
              onChange={(event) => setCap(Number(event.target.value))}
            />
          </div>
        ) : null}
      </div>
      <button type="submit" className="button button-sm">
        {t("voting.applyRules")}
      </button>
    </form>
  );
}
