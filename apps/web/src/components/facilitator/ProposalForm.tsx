// While a consent decision is a draft: the proposal the room is asked to consent to, in the
// facilitator's words, and the option it adopts. Core fixes it once voting opens.
import { type Decision, LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";

export function ProposalForm({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const textId = useId();
  const optionId = useId();
  const [text, setText] = useState(decision.proposal?.text ?? "");
  const [adopts, setAdopts] = useState(decision.proposal?.optionId ?? "");
  const written = text.trim();
  const ready = written !== "" && decision.options.some((option) => option.id === adopts);
  const changed =
    written !== (decision.proposal?.text ?? "") || adopts !== (decision.proposal?.optionId ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    sendCommand({
      type: "decision.propose",
      decisionId: decision.id,
      optionId: adopts,
      text: written,
    });
  }

  return (
    <form
      className="configure proposal-form"
      onSubmit={submit}
      aria-label={t("voting.proposalForm.label", { decision: decision.title })}
    >
      <label htmlFor={textId} className="small">
        {t("voting.proposalForm.text")}
      </label>
      <textarea
        id={textId}
        className="input"
        rows={3}
        maxLength={LIMITS.proposalLength}
        placeholder={t("voting.proposalForm.placeholder")}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="configure-row">
        <div className="field field-inline">
          <label htmlFor={optionId}>{t("voting.proposalForm.adopts")}</label>
          <select
            id={optionId}
            className="input input-sm"
            value={adopts}
            onChange={(event) => setAdopts(event.target.value)}
          >
            <option value="" disabled>
              {t("voting.proposalForm.chooseOption")}
            </option>
            {decision.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-sm" disabled={!ready || !changed}>
          {t("voting.proposalForm.save")}
        </button>
      </div>
      <p className="hint">{t("voting.proposalForm.hint")}</p>
    </form>
  );
}
