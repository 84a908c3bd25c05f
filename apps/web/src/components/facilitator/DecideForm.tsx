// Settle a decision: the chosen option (the leader by default) and the rationale.

import type { Decision } from "@stackboard/core";
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";

export function DecideForm({
  decision,
  leaderId,
}: {
  decision: Decision;
  leaderId: string | null;
}) {
  const { t } = useTranslation();
  const optionId = useId();
  const rationaleId = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [rationale, setRationale] = useState("");
  const selected = choice ?? leaderId ?? decision.options[0]?.id ?? "";

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected === "") return;
    sendCommand({
      type: "decision.decide",
      decisionId: decision.id,
      optionId: selected,
      rationale: rationale.trim(),
    });
  }

  return (
    <form
      className="decide"
      onSubmit={submit}
      aria-label={t("decide.label", { decision: decision.title })}
    >
      <div className="field">
        <label htmlFor={optionId}>{t("decide.option")}</label>
        <select
          id={optionId}
          className="input"
          value={selected}
          onChange={(event) => setChoice(event.target.value)}
        >
          {decision.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.id === leaderId ? t("decide.leader", { label: option.label }) : option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={rationaleId}>{t("decide.rationale")}</label>
        <textarea
          id={rationaleId}
          className="input"
          rows={3}
          maxLength={LIMITS.rationaleLength}
          value={rationale}
          placeholder={t("decide.rationalePlaceholder")}
          onChange={(event) => setRationale(event.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button button-success button-block"
        disabled={selected === ""}
      >
        {t("decide.submit")}
      </button>
    </form>
  );
}
