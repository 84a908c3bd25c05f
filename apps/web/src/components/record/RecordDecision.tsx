// One decision in the record: status, outcome with rationale, tally, agreement,
// sensitivity and the pros and cons raised on each option.
import { type Annotation, agreementOf, sensitivityOf, tallyDecision } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { useRoomStore } from "../../store/roomStore.ts";
import { useCriteria, useDecision } from "../../store/selectors.ts";
import { ballotsHidden } from "../../view/ballots.ts";
import { describeSensitivity } from "../../view/insights.ts";
import { voterName } from "../../view/voters.ts";
import { ConsentSummary } from "../vote/ConsentSummary.tsx";
import { EarlierRounds } from "../vote/EarlierRounds.tsx";
import { ProposalText } from "../vote/ProposalText.tsx";
import { RunoffRounds } from "../vote/RunoffRounds.tsx";

export function RecordDecision({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const decision = useDecision(decisionId);
  const criteria = useCriteria();
  const participants = useRoomStore((s) => s.state.participants);
  const notes = useRoomStore(
    useShallow((s) => s.state.annotations.filter((note) => note.decisionId === decisionId)),
  );
  const facts = useMemo(() => {
    if (!decision || ballotsHidden(decision)) return null;
    return {
      tally: tallyDecision(decision, criteria),
      agreement: agreementOf(decision, criteria),
      sensitivity: sensitivityOf(decision, criteria),
    };
  }, [decision, criteria]);
  if (!decision) return null;

  const label = (optionId: string) =>
    decision.options.find((option) => option.id === optionId)?.label ?? "–";
  const nameOf = (id: string | null) =>
    participants.find((participant) => participant.id === id)?.name ?? "–";
  const chosen = decision.outcome ? label(decision.outcome.optionId) : null;
  const flips = facts?.sensitivity
    ? describeSensitivity(facts.sensitivity, criteria, decision)
    : [];

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
      {facts === null ? (
        <p className="muted">{t("results.sealed")}</p>
      ) : facts.tally.counted === 0 ? (
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
            {facts.tally.ranking.map((optionId) => {
              const row = facts.tally.options.find((option) => option.optionId === optionId);
              if (!row) return null;
              return (
                <tr
                  key={optionId}
                  className={facts.tally.leaders.includes(optionId) ? "is-leader" : undefined}
                >
                  <td>{label(optionId)}</td>
                  <td className="num">
                    {decision.mode === "score" ? row.value.toFixed(2) : row.value}
                  </td>
                  <td className="num">{row.supporters}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {facts?.tally.runoff ? (
        <RunoffRounds decision={decision} runoff={facts.tally.runoff} />
      ) : null}
      {facts?.tally.consent ? (
        <ConsentSummary decision={decision} consent={facts.tally.consent} />
      ) : null}
      <EarlierRounds decision={decision} />
      {facts && facts.tally.abstained > 0 ? (
        <p className="muted small">{t("voting.abstentions", { count: facts.tally.abstained })}</p>
      ) : null}
      {facts?.agreement ? (
        <p>
          {t("insights.agreement", {
            percent: Math.round(facts.agreement.share * 100),
            level: t(`insights.level.${facts.agreement.level}`),
          })}
          {facts.agreement.dissenters.length > 0
            ? ` ${t("insights.dissent", { names: facts.agreement.dissenters.map((id) => voterName(t, decision, participants, id)).join(", ") })}`
            : ""}
        </p>
      ) : null}
      {flips.length > 0 ? (
        <ul className="record-flips">
          {flips.map((flip) => (
            <li key={`${flip.criterion}-${flip.direction}`}>
              {t(flip.direction === "below" ? "insights.flipBelow" : "insights.flipAbove", {
                criterion: flip.criterion,
                weight: flip.weight.toFixed(2),
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
