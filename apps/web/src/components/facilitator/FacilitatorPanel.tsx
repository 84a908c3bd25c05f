// The facilitator's controls for one decision, following its life cycle: the settings in
// force in a line (edited in one dialog while a draft; its timer and deadline also while
// voting), the timer running for it, then the one next step: open (draft), lock (voting),
// reveal (sealed, locked), decide; reopen and a new round. Each shows when core says the
// room would take it now (`useAllowed`).
import type { Decision } from "@stackboard/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useCriteria } from "../../store/selectors.ts";
import { useTimerPlan } from "../../store/timerPlanStore.ts";
import { useAllowed } from "../../store/useAllowed.ts";
import { resultView } from "../../view/result.ts";
import { Icon } from "../common/Icon.tsx";
import { ColumnTimer } from "./ColumnTimer.tsx";
import { DecideForm } from "./DecideForm.tsx";
import { Insights } from "./Insights.tsx";
import { openVotingWithTimer } from "./openVoting.ts";
import { PrivacyWarning } from "./PrivacyWarning.tsx";
import { SettingsDialog } from "./SettingsDialog.tsx";
import { SettingsSummary } from "./SettingsSummary.tsx";
import { TurnoutPanel } from "./TurnoutPanel.tsx";

export function FacilitatorPanel({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const criteria = useCriteria();
  const [editing, setEditing] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Focus goes back to the button that opened the dialog once it closes.
  useEffect(() => {
    if (wasEditing.current && !editing) settingsButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const view = useMemo(() => resultView(decision, criteria), [decision, criteria]);
  const on = { decisionId: decision.id };
  const title = decision.title;
  const { mode, dotsPerVoter, sealed } = decision;
  const mayConfigure = useAllowed({
    type: "decision.configure",
    ...on,
    mode,
    dotsPerVoter,
    sealed,
  });
  const mayOpen = useAllowed({ type: "decision.open", ...on });
  const mayLock = useAllowed({ type: "decision.lock", ...on });
  const mayReveal = useAllowed({ type: "decision.reveal", ...on });
  const firstOption = decision.options[0];
  const mayDecide = useAllowed(
    firstOption
      ? { type: "decision.decide", ...on, optionId: firstOption.id, rationale: "" }
      : null,
  );
  const timerPlan = useTimerPlan(decision.id);
  // The dialog sets a draft's everything, and an open decision's timer and deadline.
  const maySetUp = mayConfigure || mayLock;
  const mayStartRound = useAllowed({ type: "decision.newRound", ...on });
  const mayReopen = useAllowed({ type: "decision.reopen", ...on });
  // Why a draft cannot open yet: no options, or (consent) no written proposal.
  const openBlocker = mayOpen
    ? null
    : decision.options.length === 0
      ? t("facilitator.needsOptions")
      : t("facilitator.needsProposal");

  return (
    <section className="facilitator" aria-label={t("facilitator.label", { decision: title })}>
      <h3>
        <Icon name="spark" size={14} />
        {t("facilitator.title")}
      </h3>
      <SettingsSummary decision={decision} />
      <ColumnTimer decision={decision} />
      {maySetUp ? (
        <>
          <button
            ref={settingsButton}
            type="button"
            className="button button-sm"
            onClick={() => setEditing(true)}
            aria-label={t("settings.openLabel", { decision: title })}
            aria-haspopup="dialog"
          >
            <Icon name="sliders" size={14} />
            {t("settings.open")}
          </button>
          {editing ? (
            <SettingsDialog decision={decision} onClose={() => setEditing(false)} />
          ) : null}
        </>
      ) : null}
      {mayConfigure ? (
        <>
          <button
            type="button"
            className="button button-primary button-block"
            disabled={openBlocker !== null}
            onClick={() => openVotingWithTimer(decision.id, timerPlan)}
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
      {decision.status === "voting" ? <TurnoutPanel decision={decision} /> : null}
      {mayLock ? (
        <button
          type="button"
          className="button button-primary button-block"
          onClick={() => sendCommand({ type: "decision.lock", ...on })}
          aria-label={t("facilitator.lockLabel", { decision: title })}
        >
          <Icon name="lock" />
          {t("facilitator.lock")}
        </button>
      ) : null}
      {mayReveal ? (
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
      {mayDecide ? (
        <DecideForm decision={decision} winnerId={view.winner} tied={view.tied} />
      ) : null}
      {!view.hidden && view.counted > 0 ? <Insights decision={decision} view={view} /> : null}
      {mayStartRound ? (
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
      {mayReopen ? (
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
