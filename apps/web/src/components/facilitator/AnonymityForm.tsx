// While a decision is a draft: how anonymous its ballots are. One-way, as core's rule says:
// the less anonymous levels are disabled once a higher one is set.
import type { Anonymity, Decision } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";

const LEVELS: readonly Anonymity[] = ["off", "aliases", "full"];

export function AnonymityForm({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [anonymity, setAnonymity] = useState<Anonymity>(decision.anonymity);
  const floor = LEVELS.indexOf(decision.anonymity);

  function submit(event: FormEvent) {
    event.preventDefault();
    sendCommand({ type: "decision.setAnonymity", decisionId: decision.id, anonymity });
  }

  return (
    <form
      className="configure anonymity-form"
      onSubmit={submit}
      aria-label={t("voting.anonymityLabel", { decision: decision.title })}
    >
      <div className="configure-row">
        <div className="field field-inline">
          <label htmlFor={selectId}>{t("voting.anonymity")}</label>
          <select
            id={selectId}
            className="input input-sm"
            value={anonymity}
            onChange={(event) => setAnonymity(event.target.value as Anonymity)}
          >
            {LEVELS.map((level, index) => (
              <option key={level} value={level} disabled={index < floor}>
                {t(`voting.anonymityLevel.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button button-sm"
          disabled={anonymity === decision.anonymity}
        >
          {t("voting.applyAnonymity")}
        </button>
      </div>
      <p className="hint">{t("voting.anonymityHint")}</p>
    </form>
  );
}
