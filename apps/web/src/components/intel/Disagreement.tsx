// Disagreement at reveal: per option, how the votes spread (a small histogram), and the
// voters far from the room's median, whom the facilitator can ask to speak first.
import { type Decision, type OptionSpread, spreadOf } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useCriteria } from "../../store/selectors.ts";

// While voting is open the spread would nudge late voters: show it once votes are in.
const SHOWN_IN = new Set(["locked", "revealed", "decided"]);

export function Disagreement({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const num = useNumbers();
  const criteria = useCriteria();
  const participants = useRoomStore((s) => s.state.participants);
  const spread = useMemo(() => spreadOf(decision, criteria), [decision, criteria]);
  if (spread === null || !SHOWN_IN.has(decision.status)) return null;

  // Anonymous decisions: "aliases" may say that *a* voter is far off, "full" not even that.
  const nameOf = (id: string) =>
    decision.anonymity === "off"
      ? (participants.find((p) => p.id === id)?.name ?? t("intel.spread.aVoter"))
      : t("intel.spread.aVoter");
  const speakFirst = decision.anonymity === "full" ? [] : spread.speakFirst;
  const labelOf = (id: string) => decision.options.find((o) => o.id === id)?.label ?? id;
  const format = (value: number) => (spread.mode === "score" ? num.upTo(value, 1) : String(value));

  return (
    <section
      className="spread"
      aria-label={t("intel.spread.label", { decision: decision.title })}
      data-testid="disagreement"
    >
      <h3>{t(spread.mode === "score" ? "intel.spread.titleScore" : "intel.spread.titleDots")}</h3>
      {speakFirst.length > 0 ? (
        <div className="speak-first" data-testid="speak-first">
          <strong>{t("intel.spread.speakFirst")}</strong>
          <ul>
            {speakFirst.map((outlier, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: names may repeat ("A voter").
              <li key={index}>
                {t(outlier.deviation > 0 ? "intel.spread.higher" : "intel.spread.lower", {
                  name: nameOf(outlier.participantId),
                  option: labelOf(outlier.optionId),
                  value: format(outlier.value),
                  median: format(outlier.value - outlier.deviation),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted small">{t("intel.spread.noOutliers")}</p>
      )}
      <ul className="spread-options">
        {/* Options nobody scored have no spread to show. */}
        {spread.options
          .filter((option) => option.values.length > 0)
          .map((option) => (
            <Histogram
              key={option.optionId}
              label={labelOf(option.optionId)}
              option={option}
              bins={spread.bins}
            />
          ))}
      </ul>
    </section>
  );
}

function Histogram({
  label,
  option,
  bins,
}: {
  label: string;
  option: OptionSpread;
  bins: number[];
}) {
  const { t } = useTranslation();
  const most = Math.max(1, ...option.histogram);
  const outlierBins = new Set(option.outliers.map((o) => Math.round(o.value)));
  const summary = bins.map((bin, index) => `${bin}: ${option.histogram[index] ?? 0}`).join(", ");
  return (
    <li className="spread-option" data-testid="spread" data-option={label}>
      <span className="spread-label">{label}</span>
      <span
        className="histogram"
        role="img"
        aria-label={t("intel.spread.histogram", { option: label, summary })}
      >
        {bins.map((bin, index) => {
          const count = option.histogram[index] ?? 0;
          return (
            <span key={bin} className="histogram-bin" data-bin={bin} data-count={count}>
              <span
                className={`histogram-bar${outlierBins.has(bin) && count > 0 ? " is-outlier" : ""}`}
                style={{ height: `${(count / most) * 100}%` }}
              />
              <span className="histogram-tick">{bin}</span>
            </span>
          );
        })}
      </span>
    </li>
  );
}
