// Settle a decision: the chosen option and the rationale. A single leader is preselected;
// in a tie (or with nothing counted) nothing is, and the facilitator is told the record
// will say they settled a tie.

import type { Decision } from "@stackboard/core";
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { Field } from "../common/Field.tsx";

export function DecideForm({
  decision,
  winnerId,
  tied,
}: {
  decision: Decision;
  /** The single leading option, or null (a tie, or nothing counted). */
  winnerId: string | null;
  /** The options tied for first; empty unless there is a tie. */
  tied: readonly string[];
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string | null>(null);
  const [rationale, setRationale] = useState("");
  const selected = choice ?? winnerId ?? "";
  const labelOf = (id: string) => decision.options.find((option) => option.id === id)?.label ?? id;

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

  const optionText = (id: string, label: string) => {
    if (id === winnerId) return t("decide.leader", { label });
    if (tied.includes(id)) return t("decide.tied", { label });
    return label;
  };

  return (
    <form
      className="decide"
      onSubmit={submit}
      aria-label={t("decide.label", { decision: decision.title })}
    >
      <Field
        label={t("decide.option")}
        hint={
          tied.length > 0 ? (
            <span data-testid="decide-tie">
              {t("decide.tieHint", { labels: tied.map(labelOf).join(", ") })}
            </span>
          ) : null
        }
      >
        {({ id, describedBy }) => (
          <select
            id={id}
            className="input"
            value={selected}
            required
            aria-describedby={describedBy}
            onChange={(event) => setChoice(event.target.value)}
          >
            {selected === "" ? (
              <option value="" disabled>
                {t("decide.choose")}
              </option>
            ) : null}
            {decision.options.map((option) => (
              <option key={option.id} value={option.id}>
                {optionText(option.id, option.label)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("decide.rationale")}>
        {({ id }) => (
          <textarea
            id={id}
            className="input"
            rows={3}
            maxLength={LIMITS.rationaleLength}
            value={rationale}
            placeholder={t("decide.rationalePlaceholder")}
            onChange={(event) => setRationale(event.target.value)}
          />
        )}
      </Field>
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
