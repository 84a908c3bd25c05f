// One criterion of one option on my score ballot: "–" (not scored) and 1 to 5 as a row of
// native radio buttons, so the arrow keys move the score and a screen reader hears a radio
// group named "Score PostgreSQL on Performance". A digit key sets the score directly.
import { SCORE_MAX, SCORE_MIN } from "@stackboard/core";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { scoreForKey } from "../../view/scoreKeys.ts";

const VALUES: readonly (number | null)[] = [
  null,
  ...Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index),
];

export function ScoreScale({
  name,
  label,
  criterion,
  weight,
  value,
  open,
  onChange,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  label: string;
  criterion: string;
  weight: string;
  value: number | null;
  open: boolean;
  onChange: (value: number | null) => void;
}) {
  const { t } = useTranslation();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = scoreForKey(event.key);
    if (next === undefined || !open || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    if (next !== value) onChange(next);
    // Keep focus on the chosen radio, so the arrows go on from there.
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${next ?? ""}"]`)?.focus();
  };

  return (
    <div className="score-scale" role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      <span className="score-criterion" title={weight} aria-hidden="true">
        {criterion}
      </span>
      <span className="score-segments">
        {VALUES.map((score) => {
          const chosen = score === value;
          const look = score === null ? " is-none" : chosen ? ` is-chosen score-${score}` : "";
          return (
            <label key={score ?? "none"} className="score-segment">
              <input
                type="radio"
                className="score-radio"
                name={name}
                value={score ?? ""}
                checked={chosen}
                disabled={!open}
                aria-label={score === null ? t("score.none") : undefined}
                onChange={() => onChange(score)}
              />
              <span
                className={`score-number${look}`}
                aria-hidden={score === null ? true : undefined}
              >
                {score ?? "–"}
              </span>
            </label>
          );
        })}
      </span>
    </div>
  );
}
