// The consent result: counts, the outcome, and every objection and block with its reason
// (the dissent the record keeps).
import type { ConsentResult, Decision } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { useParticipants } from "../../store/selectors.ts";
import { voterName } from "../../view/voters.ts";

export function ConsentSummary({
  decision,
  consent,
}: {
  decision: Decision;
  consent: ConsentResult;
}) {
  const { t } = useTranslation();
  const participants = useParticipants();
  const nameOf = (id: string) => voterName(t, decision, participants, id);
  return (
    <section className="consent-summary" data-testid="consent-summary">
      <p>
        <strong data-testid="consent-outcome" data-outcome={consent.outcome}>
          {t(`voting.consentOutcome.${consent.outcome}`)}
        </strong>
      </p>
      <p className="muted small" data-testid="consent-counts">
        {t("voting.consentCounts", {
          agree: consent.agree,
          object: consent.object,
          block: consent.block,
        })}
      </p>
      {consent.concerns.length > 0 ? (
        <ul className="consent-concerns">
          {consent.concerns.map((concern) => {
            const values = {
              name: nameOf(concern.participantId),
              stance: t(`voting.stance.${concern.stance}`),
              reason: concern.reason,
            };
            return (
              <li key={concern.participantId} data-testid="consent-concern">
                {concern.reason === ""
                  ? t("voting.concernNoReason", values)
                  : t("voting.concern", values)}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
