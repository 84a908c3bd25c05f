// The facilitator's controls for one decision, following its life cycle:
// configure and open (draft), lock (voting), reveal (sealed, locked), decide, reopen.
import type { Decision } from "@stackboard/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useCriteria } from "../../store/selectors.ts";
import { mayStartRound } from "../../view/permissions.ts";
import { resultView } from "../../view/result.ts";
import { Icon } from "../common/Icon.tsx";
import { AnonymityForm } from "./AnonymityForm.tsx";
import { ConfigureForm } from "./ConfigureForm.tsx";
import { DecideForm } from "./DecideForm.tsx";
import { Insights } from "./Insights.tsx";
import { PrivacyWarning } from "./PrivacyWarning.tsx";
import { ProposalForm } from "./ProposalForm.tsx";
import { RulesForm } from "./RulesForm.tsx";
import { TimerControls } from "./TimerControls.tsx";

export function FacilitatorPanel({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const criteria = useCriteria();
  const view = useMemo(() => resultView(decision, criteria), [decision, criteria]);
  const on = { decisionId: decision.id };
  const title = decision.title;
  // A consent vote stands on a written proposal (core refuses to open without one).
  const needsProposal = decision.mode === "consent" && decision.proposal === null;
  const openBlocker =
    decision.options.length === 0
      ? t("facilitator.needsOptions")
      : needsProposal
        ? t("facilitator.needsProposal")
        : null;

  return (
    <section className="facilitator" aria-label={t("facilitator.label", { decision: title })}>
      <h3>
        <Icon name="spark" size={14} />
        {t("facilitator.title")}
      </h3>
      {decision.status === "draft" ? (
        <>
          <ConfigureForm decision={decision} />
          {decision.mode === "consent" ? <ProposalForm decision={decision} /> : null}
          <RulesForm decision={decision} />
          <AnonymityForm decision={decision} />
          <button
            type="button"
            className="button button-primary button-block"
            disabled={openBlocker !== null}
            onClick={() => sendCommand({ type: "decision.open", ...on })}
            aria-label={t("facilitator.openLabel", { decision: title })}
          >
            {t("facilitator.open")}
          </button>
          {openBlocker !== null ? <p className="hint">{openBlocker}</p> : null}
        </>
      ) : null}
      {decision.status === "voting" || decision.status === "locked" ? (
        <PrivacyWarning decision={decision} />
      ) : null}
      {decision.status === "voting" ? (
        <>
          <button
            type="button"
            className="button button-primary button-block"
            onClick={() => sendCommand({ type: "decision.lock", ...on })}
            aria-label={t("facilitator.lockLabel", { decision: title })}
          >
            <Icon name="lock" />
            {t("facilitator.lock")}
          </button>
          <TimerControls decision={decision} />
        </>
      ) : null}
      {decision.status === "locked" && decision.sealed ? (
        <button
          type="button"
          className="button button-primary button-block"
          onClick={() => sendCommand({ type: "decision.reveal", ...on })}
          aria-label={t("facilitator.revealLabel", { decision: title })}
        >
          <Icon name="eye" />
          {t("facilitator.reveal")}
        </button>
      ) : null}
      {(decision.status === "locked" && !decision.sealed) || decision.status === "revealed" ? (
        <DecideForm decision={decision} winnerId={view.winner} tied={view.tied} />
      ) : null}
      {!view.hidden && view.counted > 0 ? <Insights decision={decision} view={view} /> : null}
      {mayStartRound(decision) ? (
        <button
          type="button"
          className="button button-ghost button-block"
          title={t("voting.newRoundHint")}
          onClick={() => sendCommand({ type: "decision.newRound", ...on })}
          aria-label={t("voting.newRoundLabel", { decision: title })}
        >
          {t("voting.newRound")}
        </button>
      ) : null}
      {decision.status === "locked" ||
      decision.status === "revealed" ||
      decision.status === "decided" ? (
        <button
          type="button"
          className="button button-ghost button-block"
          onClick={() => sendCommand({ type: "decision.reopen", ...on })}
          aria-label={t("facilitator.reopenLabel", { decision: title })}
        >
          {t("facilitator.reopen")}
        </button>
      ) : null}
    </section>
  );
}
