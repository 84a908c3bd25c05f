// The decision record rendered from the replica: context, drivers, considered options,
// outcome and rationale, tally, agreement, pros and cons, participants.
import { useTranslation } from "react-i18next";
import { formatDecimal } from "../../i18n/format.ts";
import { useRoomStore } from "../../store/roomStore.ts";
import { useCriteria, useDecisionIds, useParticipants } from "../../store/selectors.ts";
import { RecordDecision } from "./RecordDecision.tsx";

export function RecordDocument() {
  const { t, i18n } = useTranslation();
  const title = useRoomStore((s) => s.state.title);
  const createdAt = useRoomStore((s) => s.state.createdAt);
  const seq = useRoomStore((s) => s.state.seq);
  const ids = useDecisionIds();
  const criteria = useCriteria();
  const participants = useParticipants();
  const decided = useRoomStore(
    (s) => s.state.decisions.filter((decision) => decision.status === "decided").length,
  );
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" });

  return (
    <article className="record" data-testid="record">
      <header className="record-head">
        <p className="eyebrow">{t("record.eyebrow")}</p>
        <h1>{title || t("room.untitled")}</h1>
        <p className="muted">
          {t("record.meta", {
            created: createdAt > 0 ? date.format(createdAt) : "–",
            decided,
            total: ids.length,
            seq,
          })}
        </p>
      </header>

      <section className="record-section">
        <h2>{t("record.drivers")}</h2>
        {criteria.length === 0 ? (
          <p className="muted">{t("criteria.none")}</p>
        ) : (
          <ul className="record-drivers">
            {criteria.map((criterion) => (
              <li key={criterion.id}>
                <span>{criterion.name}</span>
                <span className="record-weight">
                  <span style={{ width: `${criterion.weight * 100}%` }} />
                </span>
                <span className="mono">{formatDecimal(i18n.language, criterion.weight, 2)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {ids.map((id) => (
        <RecordDecision key={id} decisionId={id} />
      ))}

      <section className="record-section">
        <h2>{t("record.participants")}</h2>
        <ul className="record-participants">
          {participants.map((participant) => (
            <li key={participant.id}>
              <span
                className="swatch"
                style={{ background: participant.colour }}
                aria-hidden="true"
              />
              {participant.name} <span className="muted">({t(`roles.${participant.role}`)})</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
