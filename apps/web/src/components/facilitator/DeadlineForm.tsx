// A closing time for a decision that stays open for days: anyone votes whenever they
// join, and the server closes the vote at that time, whoever is connected.
import type { Decision } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";

/** `datetime-local` speaks local wall time without a zone: "2026-12-07T14:30:05". */
function toLocalInput(at: number): string {
  const local = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

export function DeadlineForm({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [value, setValue] = useState(
    decision.closesAt === null ? "" : toLocalInput(decision.closesAt),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const closesAt = value === "" ? null : new Date(value).getTime();
    if (closesAt !== null && Number.isNaN(closesAt)) return;
    sendCommand({ type: "decision.setDeadline", decisionId: decision.id, closesAt });
  }

  return (
    <form
      className="configure deadline-form"
      onSubmit={submit}
      aria-label={t("deadline.formLabel", { decision: decision.title })}
    >
      <div className="field field-inline">
        <label htmlFor={inputId}>{t("deadline.closesAt")}</label>
        <input
          id={inputId}
          className="input input-sm"
          type="datetime-local"
          step={1}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-sm">
        {value === "" ? t("deadline.clear") : t("deadline.set")}
      </button>
    </form>
  );
}
