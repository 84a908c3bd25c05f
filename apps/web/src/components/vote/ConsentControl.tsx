// Consent mode: on the facilitator's written proposal, each voter agrees, objects or blocks
// (abstaining is the Abstain button every mode has). Nothing is chosen for the voter, and
// a block must say why: core's rule, checked here before sending so the form can say so.
import {
  type Ballot,
  type ConsentStance,
  checkConsentReason,
  type Decision,
  LIMITS,
  proposalOf,
} from "@stackboard/core";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useMyBallot } from "../../store/selectors.ts";
import { useAllowed, voteProbe } from "../../store/useAllowed.ts";

const STANCES: readonly ConsentStance[] = ["agree", "object", "block"];

export function ConsentControl({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const errorId = useId();
  const { ballot, pending } = useMyBallot(decision.id);
  const mine = ballot?.mode === "consent" ? ballot : null;
  const [stance, setStance] = useState<ConsentStance | null>(mine?.stance ?? null);
  const [reason, setReason] = useState(mine?.reason ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  // Another tab of mine may change my ballot: follow it.
  useEffect(() => {
    if (mine) {
      setStance(mine.stance);
      setReason(mine.reason);
    }
  }, [mine]);
  const open = useAllowed(voteProbe(decision.id));
  // The column shows the proposal to everyone; without one there is nothing to stand on.
  if (!proposalOf(decision)) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (stance === null) {
      setProblem(t("voting.chooseStance"));
      return;
    }
    const cast: Ballot = { mode: "consent", stance, reason: reason.trim() };
    if (checkConsentReason(cast) !== null) {
      setProblem(t("voting.blockNeedsReason"));
      return;
    }
    setProblem(null);
    sendCommand({ type: "ballot.cast", decisionId: decision.id, ballot: cast });
  }

  return (
    <form
      className={`consent-control${pending ? " is-pending" : ""}`}
      data-testid="consent-control"
      onSubmit={submit}
      noValidate
    >
      <fieldset disabled={!open}>
        <legend className="small">{t("voting.stanceLegend")}</legend>
        {STANCES.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`stance-${decision.id}`}
              value={value}
              checked={stance === value}
              onChange={() => {
                setStance(value);
                setProblem(null);
              }}
            />
            <span>
              {t(`voting.stance.${value}`)}{" "}
              <span className="muted small">{t(`voting.stanceHint.${value}`)}</span>
            </span>
          </label>
        ))}
        <label htmlFor={reasonId} className="small">
          {stance === "block" ? t("voting.reasonForBlock") : t("voting.reason")}
        </label>
        <textarea
          id={reasonId}
          className="input"
          rows={2}
          maxLength={LIMITS.reasonLength}
          placeholder={t("voting.reasonPlaceholder")}
          value={reason}
          required={stance === "block"}
          aria-invalid={problem !== null && stance === "block"}
          aria-describedby={problem === null ? undefined : errorId}
          onChange={(event) => {
            setReason(event.target.value);
            setProblem(null);
          }}
        />
        {problem === null ? null : (
          <p id={errorId} className="form-error" role="alert" data-testid="consent-error">
            {problem}
          </p>
        )}
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
