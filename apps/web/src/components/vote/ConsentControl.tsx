// Consent mode: on the facilitator's written proposal (shown once, above, by the column),
// each voter agrees, objects or blocks, three cards with what each means (abstaining is the
// Abstain button every mode has). Nothing is chosen for the voter. The reason field opens
// for an objection or a block, and a block must say why: core's rule, checked here before
// sending so the form can say so.
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
// Objections and blocks are listed with their reasons (a block must give one); an agreement
// is not, so its form asks for none.
const WITH_REASON: ReadonlySet<ConsentStance> = new Set(["object", "block"]);

export function ConsentControl({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const formId = useId();
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
    const cast: Ballot = {
      mode: "consent",
      stance,
      reason: WITH_REASON.has(stance) ? reason.trim() : "",
    };
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
        <legend className="consent-legend">{t("voting.stanceLegend")}</legend>
        <div className="stance-cards">
          {STANCES.map((value) => (
            <label
              key={value}
              className={`stance-card stance-${value}${stance === value ? " is-chosen" : ""}`}
            >
              <input
                type="radio"
                name={`stance-${decision.id}`}
                value={value}
                checked={stance === value}
                aria-labelledby={`${formId}-${value}`}
                aria-describedby={`${formId}-${value}-hint`}
                onChange={() => {
                  setStance(value);
                  setProblem(null);
                }}
              />
              <span className="stance-text">
                <span id={`${formId}-${value}`} className="stance-title">
                  {t(`voting.stance.${value}`)}
                </span>
                <span id={`${formId}-${value}-hint`} className="stance-hint">
                  {t(`voting.stanceHint.${value}`)}
                </span>
              </span>
            </label>
          ))}
        </div>
        {stance !== null && WITH_REASON.has(stance) ? (
          <div className="consent-reason">
            <label htmlFor={`${formId}-reason`}>
              {stance === "block" ? t("voting.reasonForBlock") : t("voting.reason")}
            </label>
            <textarea
              id={`${formId}-reason`}
              className="input"
              rows={3}
              maxLength={LIMITS.reasonLength}
              placeholder={t("voting.reasonPlaceholder")}
              value={reason}
              required={stance === "block"}
              aria-invalid={problem !== null && stance === "block"}
              aria-describedby={problem === null ? undefined : `${formId}-error`}
              onChange={(event) => {
                setReason(event.target.value);
                setProblem(null);
              }}
            />
          </div>
        ) : null}
        {problem === null ? null : (
          <p id={`${formId}-error`} className="form-error" role="alert" data-testid="consent-error">
            {problem}
          </p>
        )}
        <button type="submit" className="button button-sm consent-submit">
          {t("voting.submitStance")}
        </button>
      </fieldset>
      {mine ? (
        <p className="consent-mine" data-testid="my-stance">
          {t("voting.yourStance", { stance: t(`voting.stance.${mine.stance}`) })}
        </p>
      ) : null}
    </form>
  );
}
