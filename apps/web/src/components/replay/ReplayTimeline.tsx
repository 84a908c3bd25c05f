// The replay's timeline: a slider over the log and the list of labelled events, each a
// button that jumps to just after it.
import type { ReplayLabel } from "@stackboard/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  labels: ReplayLabel[];
  k: number;
  onMove: (k: number) => void;
}

export function ReplayTimeline({ labels, k, onMove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // The current event stays in view of the scrolling list as the slider moves.
  const showCurrent = (element: HTMLLIElement | null) =>
    element?.scrollIntoView({ block: "nearest" });
  const describe = (label: ReplayLabel) =>
    t(`intel.replay.event.${label.kind}`, {
      actor: label.actor ?? t("intel.replay.someone"),
      subject: label.subject ?? "",
      detail: label.detail ?? "",
    });
  const now = labels[k - 1];

  return (
    <section className="replay-timeline" aria-label={t("intel.replay.timeline")}>
      <label htmlFor={id} className="replay-now" data-testid="replay-now">
        {k === 0
          ? t("intel.replay.start")
          : t("intel.replay.after", { n: k, total: labels.length, what: now ? describe(now) : "" })}
      </label>
      <input
        id={id}
        type="range"
        className="replay-slider"
        min={0}
        max={labels.length}
        step={1}
        value={k}
        aria-valuetext={now ? describe(now) : t("intel.replay.start")}
        onChange={(event) => onMove(Number(event.target.value))}
        data-testid="replay-slider"
      />
      <ol className="replay-events">
        {labels.map((label, index) => {
          const position = index + 1;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the log never reorders.
              key={index}
              ref={position === k ? showCurrent : undefined}
              className={`replay-event replay-${label.kind}${position === k ? " is-current" : ""}${position > k ? " is-future" : ""}`}
            >
              <button type="button" onClick={() => onMove(position)}>
                <span className="replay-seq">{position}</span>
                {describe(label)}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
