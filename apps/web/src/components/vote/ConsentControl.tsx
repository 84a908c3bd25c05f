// Consent mode: the decision's first option is the proposal; each voter agrees, objects or
// blocks, with an optional reason (abstaining is the Abstain button every mode has).
import { type ConsentStance, type Decision, LIMITS } from "@stackboard/core";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyBallot } from "../../store/selectors.ts";

const STANCES: readonly ConsentStance[] = ["agree", "object", "block"];

export function ConsentControl({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const { ballot, pending } = useMyBallot(decision.id);
  const mine = ballot?.mode === "consent" ? ballot : null;
  const [stance, setStance] = useState<ConsentStance>(mine?.stance ?? "agree");
  const [reason, setReason] = useState(mine?.reason ?? "");
  // Another tab of mine may change my ballot: follow it.
  useEffect(() => {
    if (mine) {
      setStance(mine.stance);
      setReason(mine.reason);
    }
  }, [mine]);
  const proposal = decision.options[0];
  if (!proposal) return <p className="muted small">{t("voting.noProposal")}</p>;
  const open = decision.status === "voting";

  function submit(event: FormEvent) {
    event.preventDefault();
    sendCommand({
      type: "ballot.cast",
      decisionId: decision.id,
      ballot: { mode: "consent", stance, reason: reason.trim() },
    });
  }

  return (
    <form
      className={`consent-control${pending ? " is-pending" : ""}`}
      data-testid="consent-control"
      onSubmit={submit}
    >
      <p className="consent-proposal">
        <strong>{t("voting.proposal", { label: proposal.label })}</strong>
      </p>
      <fieldset disabled={!open}>
        <legend className="small">{t("voting.stanceLegend", { label: proposal.label })}</legend>
        {STANCES.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`stance-${decision.id}`}
              value={value}
              checked={stance === value}
              onChange={() => setStance(value)}
            />
            <span>
              {t(`voting.stance.${value}`)}{" "}
              <span className="muted small">{t(`voting.stanceHint.${value}`)}</span>
            </span>
          </label>
        ))}
        <label htmlFor={reasonId} className="small">
          {t("voting.reason")}
        </label>
        <textarea
          id={reasonId}
          className="input"
          rows={2}
          maxLength={LIMITS.reasonLength}
          placeholder={t("voting.reasonPlaceholder")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="button button-sm">
          {t("voting.submitStance")}
        </button>
      </fieldset>
      {mine ? (
        <p className="small" data-testid="my-stance">
          {t("voting.yourStance", { stance: t(`voting.stance.${mine.stance}`) })}
        </p>
      ) : null}
    </form>
  );
}
