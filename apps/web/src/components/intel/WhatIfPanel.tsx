// What if the weights changed? For a score decision: one slider per criterion, the
// ranking recomputed live in this browser only (nothing is sent to the room), and on
// each slider the weights at which the leader changes.
import { ballotsHidden, type Decision, tallyDecision } from "@stackboard/core";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { useCriteria } from "../../store/selectors.ts";
import {
  flipMarks,
  roomWeights,
  type Weights,
  whatIfLeaders,
  whatIfRanking,
} from "../../view/whatIf.ts";

export function WhatIfPanel({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const num = useNumbers();
  const criteria = useCriteria();
  // Only the sliders the user moved; the rest follow the room's weights as they change.
  const [overrides, setOverrides] = useState<Record<string, number>>({});
  const weights: Weights = useMemo(
    () => ({ ...roomWeights(criteria), ...overrides }),
    [criteria, overrides],
  );
  const visible = decision.mode === "score" && !ballotsHidden(decision);
  const counted = useMemo(
    () => (visible ? tallyDecision(decision, criteria).counted : 0),
    [visible, decision, criteria],
  );
  const ranking = useMemo(
    () => (counted > 0 ? whatIfRanking(decision, criteria, weights) : []),
    [counted, decision, criteria, weights],
  );
  const leaders = useMemo(
    () => (counted > 0 ? whatIfLeaders(decision, criteria, weights) : []),
    [counted, decision, criteria, weights],
  );
  const roomLeader = useMemo(
    () => (counted > 0 ? whatIfRanking(decision, criteria, {})[0]?.optionId : undefined),
    [counted, decision, criteria],
  );
  if (counted === 0 || criteria.length === 0) return null;

  const label = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? optionId;
  const leader = ranking[0]?.optionId ?? "";
  const changed = Object.keys(overrides).length > 0;

  return (
    <details className="whatif" data-testid="what-if">
      <summary>{t("intel.whatIf.title")}</summary>
      <p className="muted small">{t("intel.whatIf.hint")}</p>
      {criteria.map((criterion) => (
        <WeightSlider
          key={criterion.id}
          name={criterion.name}
          roomWeight={criterion.weight}
          weight={weights[criterion.id] ?? criterion.weight}
          marks={flipMarks(decision, criteria, weights, criterion.id).map((mark) => ({
            weight: mark.weight,
            text: t("intel.whatIf.mark", {
              weight: num.fixed(mark.weight, 2),
              below: label(mark.below),
              above: label(mark.above),
            }),
          }))}
          onChange={(value) => setOverrides((current) => ({ ...current, [criterion.id]: value }))}
        />
      ))}
      <p
        className={`whatif-leader${leader !== roomLeader ? " whatif-flipped" : ""}`}
        data-testid="whatif-leader"
        data-option={label(leader)}
        data-tie={leaders.length > 1}
        aria-live="polite"
      >
        {leaders.length > 1
          ? t("intel.whatIf.tied", { now: leaders.map(label).join(", ") })
          : leader !== roomLeader
            ? t("intel.whatIf.flipped", { now: label(leader), room: label(roomLeader ?? "") })
            : t("intel.whatIf.same", { now: label(leader) })}
      </p>
      <ol className="whatif-ranking" data-testid="whatif-ranking">
        {ranking.map((row) => (
          <li key={row.optionId} data-option={label(row.optionId)}>
            <span>{label(row.optionId)}</span>
            <span className="whatif-bar" aria-hidden="true">
              <span style={{ width: `${(row.value / 5) * 100}%` }} />
            </span>
            <span className="tabular">{num.fixed(row.value, 2)}</span>
          </li>
        ))}
      </ol>
      {changed ? (
        <button type="button" className="button button-ghost" onClick={() => setOverrides({})}>
          {t("intel.whatIf.reset")}
        </button>
      ) : null}
    </details>
  );
}

interface SliderProps {
  name: string;
  roomWeight: number;
  weight: number;
  marks: { weight: number; text: string }[];
  onChange: (weight: number) => void;
}

function WeightSlider({ name, roomWeight, weight, marks, onChange }: SliderProps) {
  const { t } = useTranslation();
  const num = useNumbers();
  const id = useId();
  const marksId = useId();
  return (
    <div className="whatif-slider">
      <label htmlFor={id}>
        <span>{name}</span>
        <output htmlFor={id} className="tabular">
          {num.fixed(weight, 2)}
          {weight !== roomWeight
            ? ` (${t("intel.whatIf.room", { weight: num.fixed(roomWeight, 2) })})`
            : ""}
        </output>
      </label>
      <div className="whatif-track">
        <input
          id={id}
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={weight}
          aria-label={t("intel.whatIf.weightOf", { criterion: name })}
          aria-describedby={marks.length > 0 ? marksId : undefined}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <span className="whatif-room" style={{ left: `${roomWeight * 100}%` }} aria-hidden="true" />
        {marks.map((mark) => (
          <span
            key={mark.weight}
            className="whatif-mark"
            style={{ left: `${mark.weight * 100}%` }}
            title={mark.text}
            data-testid="flip-mark"
            data-weight={mark.weight.toFixed(3)}
            aria-hidden="true"
          />
        ))}
      </div>
      {marks.length > 0 ? (
        <p id={marksId} className="muted small">
          {marks.map((mark) => mark.text).join(" · ")}
        </p>
      ) : null}
    </div>
  );
}
