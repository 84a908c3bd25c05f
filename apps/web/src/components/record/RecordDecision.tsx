// One decision in the record: status, outcome with rationale (and the tie it settled),
// tally, agreement, sensitivity and the pros and cons raised on each option. The numbers
// come from the result view, the same facts the Markdown and JSON exports render.
import type { Annotation } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useCriteria, useDecision } from "../../store/selectors.ts";
import { describeSensitivity } from "../../view/insights.ts";
import { agreementText, leaderText, resultView, unscoredText } from "../../view/result.ts";
import { voterName } from "../../view/voters.ts";
import { ConsentSummary } from "../vote/ConsentSummary.tsx";
import { EarlierRounds } from "../vote/EarlierRounds.tsx";
import { HowCounted } from "../vote/HowCounted.tsx";
import { MethodCheck } from "../vote/MethodCheck.tsx";
import { ProposalText } from "../vote/ProposalText.tsx";
import { RunoffRounds } from "../vote/RunoffRounds.tsx";

export function RecordDecision({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const num = useNumbers();
  const decision = useDecision(decisionId);
  const criteria = useCriteria();
  const participants = useRoomStore((s) => s.state.participants);
  const notes = useRoomStore(
    useShallow((s) => s.state.annotations.filter((note) => note.decisionId === decisionId)),
  );
  const view = useMemo(
    () => (decision ? resultView(decision, criteria) : null),
    [decision, criteria],
  );
  if (!decision || !view) return null;
  const tally = view.hidden ? null : view.tally;

  const label = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? "–";
  const nameOf = (id: string | null) =>
    participants.find((participant) => participant.id === id)?.name ?? "–";
  const chosen = decision.outcome ? label(decision.outcome.optionId) : null;
  const flips = view.sensitivity ? describeSensitivity(view.sensitivity, criteria, decision) : [];
  const settledTie = decision.outcome?.settledTie ?? [];
  const leader = decision.mode === "consent" ? null : leaderText(t, view);
  const agreement = view.agreement;

  return (
    <section className="record-section record-decision" data-testid="record-decision">
      <div className="record-decision-head">
        <h2>{decision.title}</h2>
        <span className={`status-chip status-${decision.status}`}>
          {t(`status.${decision.status}`)}
        </span>
      </div>
      {decision.context ? <p className="record-context">{decision.context}</p> : null}
      {decision.mode === "consent" ? <ProposalText decision={decision} /> : null}
      <p className="muted small">
        {decision.mode === "dots"
          ? t("mode.dotsWithBudget", { count: decision.dotsPerVoter })
          : t(`mode.${decision.mode}`)}
        {decision.sealed ? ` · ${t("mode.sealed")}` : ""}
      </p>

      <div className={`record-outcome${chosen ? " is-decided" : ""}`}>
        <h3>{t("record.outcome")}</h3>
        {chosen && decision.outcome ? (
          <>
            <p className="record-chosen">{t("record.chosen", { label: chosen })}</p>
            {settledTie.length > 1 ? (
              <p data-testid="record-settled-tie">
                {t("outcome.settledTie", { labels: settledTie.map(label).join(", ") })}
              </p>
            ) : null}
            <p>{decision.outcome.rationale || t("record.noRationale")}</p>
            <p className="muted small">
              {t("outcome.by", { name: nameOf(decision.outcome.decidedBy) })}
            </p>
          </>
        ) : (
          <p className="muted">{t("record.undecided")}</p>
        )}
      </div>

      <h3>{t("record.tally")}</h3>
      {tally === null ? (
        <p className="muted">{t("results.sealed")}</p>
      ) : tally.counted === 0 ? (
        <p className="muted">{t("results.none")}</p>
      ) : (
        <table className="record-table">
          <thead>
            <tr>
              <th scope="col">{t("record.option")}</th>
              <th scope="col" className="num">
                {t(`record.value.${decision.mode}`)}
              </th>
              <th scope="col" className="num">
                {t("record.supporters")}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => {
              const supporters =
                tally.options.find((option) => option.optionId === row.optionId)?.supporters ?? 0;
              const unscored = unscoredText(t, view, row);
              return (
                <tr
                  key={row.optionId}
                  className={row.leader ? "is-leader" : undefined}
                  data-testid="record-row"
                  data-option={row.label}
                  data-value={row.value}
                  data-leader={row.leader}
                >
                  <td>
                    {row.label}
                    {unscored ? <span className="muted small"> · {unscored}</span> : null}
                  </td>
                  <td className="num">
                    {decision.mode === "score" ? num.fixed(row.value, 2) : row.value}
                  </td>
                  <td className="num">{supporters}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {tally?.runoff ? <RunoffRounds decision={decision} runoff={tally.runoff} /> : null}
      {tally?.consent ? <ConsentSummary decision={decision} consent={tally.consent} /> : null}
      <EarlierRounds decision={decision} />
      {tally && tally.abstained > 0 ? (
        <p className="muted small">{t("voting.abstentions", { count: tally.abstained })}</p>
      ) : null}
      {leader && tally && tally.counted > 0 ? (
        <p data-testid="record-leader" data-tie={view.tied.length > 0}>
          {leader}
        </p>
      ) : null}
      {agreement ? (
        <p data-testid="record-agreement" data-level={agreement.level}>
          {agreementText(t, view)}
          {agreement.dissenters.length > 0
            ? ` ${t("insights.dissent", { names: agreement.dissenters.map((id) => voterName(t, decision, participants, id)).join(", ") })}`
            : ""}
        </p>
      ) : null}
      {view.mode === "score" && view.rows.some((row) => row.unscored > 0) ? (
        <p className="muted small">{t("results.scoreNote")}</p>
      ) : null}
      {decision.status === "decided" && view.methods !== null ? (
        <MethodCheck decision={decision} methods={view.methods} />
      ) : null}
      <p className="no-print">
        <HowCounted section={decision.mode} />
      </p>
      {flips.length > 0 ? (
        <ul className="record-flips">
          {flips.map((flip) => (
            <li key={`${flip.criterion}-${flip.direction}`}>
              {t(flip.direction === "below" ? "insights.flipBelow" : "insights.flipAbove", {
                criterion: flip.criterion,
                weight: num.fixed(flip.weight, 2),
                option: flip.option,
              })}
            </li>
          ))}
        </ul>
      ) : null}

      <h3>{t("record.prosCons")}</h3>
      {notes.length === 0 ? <p className="muted">{t("record.noNotes")}</p> : null}
      {decision.options.map((option) => {
        const mine = notes.filter((note) => note.optionId === option.id);
        if (mine.length === 0) return null;
        return (
          <div key={option.id} className="record-notes">
            <h4>{option.label}</h4>
            <ul>
              {mine.map((note) => (
                <RecordNote
                  key={note.id}
                  note={note}
                  author={nameOf(note.authorId)}
                  nameOf={nameOf}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function RecordNote({
  note,
  author,
  nameOf,
}: {
  note: Annotation;
  author: string;
  nameOf: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  return (
    <li>
      <span className={`kind-chip kind-${note.kind}`}>{t(`kinds.${note.kind}`)}</span> {note.text}{" "}
      <span className="muted small">
        — {author}
        {note.plusOnes.length > 0 ? ` · +${note.plusOnes.length}` : ""}
      </span>
      {note.replies.length > 0 ? (
        <ul className="record-replies">
          {note.replies.map((reply) => (
            <li key={reply.id}>
              {reply.text} <span className="muted small">— {nameOf(reply.authorId)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
