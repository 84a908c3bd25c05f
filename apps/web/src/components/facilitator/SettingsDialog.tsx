// One dialog for everything a facilitator sets on a decision, with one Save: on a draft its
// voting, rules, privacy, proposal, timer and deadline; once voting is open, the timer and
// the deadline. Nothing typed here is lost silently: closing or opening voting with unsaved
// edits asks first whether to save or discard them. What may be chosen is core's answer
// (`useAllowed`); a Save's commands are asked of core in the order they are sent.
import type { CommandBody, Decision } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverNow } from "../../lib/clock.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useConnectionStore } from "../../store/connectionStore.ts";
import { useTimer } from "../../store/selectors.ts";
import { useTimerPlan, useTimerPlanStore } from "../../store/timerPlanStore.ts";
import { useAllowed, useAllowedInOrder } from "../../store/useAllowed.ts";
import {
  commandsFor,
  draftOf,
  isDirty,
  proposalIncomplete,
  type SettingsDraft,
} from "../../view/settingsDraft.ts";
import {
  deadlineCommand,
  deadlineProblem,
  planOf,
  type TimingDraft,
  timerCommand,
  timerDraftProblem,
  timingDirty,
  timingDraftOf,
} from "../../view/timingDraft.ts";
import { Dialog } from "../common/Dialog.tsx";
import { DeadlineFields } from "./DeadlineFields.tsx";
import { openVotingWithTimer } from "./openVoting.ts";
import { PrivacyFields, ProposalFields, RulesFields, VotingFields } from "./SettingsFields.tsx";
import { TimerFields } from "./TimerFields.tsx";
import { UnsavedQuestion } from "./UnsavedQuestion.tsx";

/** What the facilitator was doing when unsaved edits stopped them. */
type Pending = "close" | "open";

const present = (command: CommandBody | null): CommandBody[] => (command === null ? [] : [command]);

export function SettingsDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const on = { decisionId: decision.id };
  // The voting fields are a draft's; once voting is open only the timing is left to set.
  const configurable = useAllowed({
    type: "decision.configure",
    ...on,
    mode: decision.mode,
    dotsPerVoter: decision.dotsPerVoter,
    sealed: decision.sealed,
  });
  // A draft's timer is planned (it starts at the opening); an open decision's starts on Save.
  const savedPlan = useTimerPlan(decision.id);
  const plan = configurable ? savedPlan : null;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(decision));
  const [timing, setTiming] = useState<TimingDraft>(() => timingDraftOf(decision, plan));
  const [pending, setPending] = useState<Pending | null>(null);
  const timerProblemId = useId();
  const deadlineProblemId = useId();
  const offset = useConnectionStore((s) => s.clockOffset);
  const running = useTimer();

  const settings = commandsFor(draft, decision);
  const deadline = present(deadlineCommand(timing, decision));
  const timer = present(timerCommand(timing, decision.id));
  const saveCommands = configurable ? [...settings, ...deadline] : [...deadline, ...timer];
  const openCommands = [
    ...settings,
    ...deadline,
    { type: "decision.open" as const, ...on },
    ...timer,
  ];
  const dirty = isDirty(draft, decision) || timingDirty(timing, decision, plan);
  const incomplete = proposalIncomplete(draft, decision);
  const timerProblem = timerDraftProblem(timing);
  const whenProblem = deadlineProblem(timing, decision, serverNow(offset, Date.now()));
  const blocked = incomplete || timerProblem !== null || whenProblem !== null;
  const problemIds = [
    timerProblem === null ? null : timerProblemId,
    whenProblem === null ? null : deadlineProblemId,
  ].filter((id): id is string => id !== null);
  const describedBy = problemIds.length > 0 ? problemIds.join(" ") : undefined;
  const mayOpenNow = useAllowed(configurable ? { type: "decision.open", ...on } : null);
  const maySave = useAllowedInOrder(saveCommands);
  const mayOpenAfterSave = useAllowedInOrder(openCommands);
  const edit = (changes: Partial<SettingsDraft>) => {
    setPending(null);
    setDraft((current) => ({ ...current, ...changes }));
  };
  const editTiming = (changes: Partial<TimingDraft>) => {
    setPending(null);
    setTiming((current) => ({ ...current, ...changes }));
  };

  const save = () => {
    for (const command of saveCommands) sendCommand(command);
    if (configurable) useTimerPlanStore.getState().setPlan(decision.id, planOf(timing));
  };
  /** Saves what the form holds and opens voting, its timer starting last. */
  const saveAndOpen = () => {
    for (const command of [...settings, ...deadline]) sendCommand(command);
    openVotingWithTimer(decision.id, planOf(timing));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty || blocked || !maySave) return;
    save();
    onClose();
  }

  const requestClose = () => (dirty ? setPending("close") : onClose());
  const requestOpen = () => {
    if (dirty) return setPending("open");
    openVotingWithTimer(decision.id, plan);
    onClose();
  };
  const resolve = (keep: boolean) => {
    if (pending === "open") {
      if (keep) saveAndOpen();
      else openVotingWithTimer(decision.id, plan);
    } else if (keep) save();
    onClose();
  };

  return (
    <Dialog
      open
      title={t("settings.title", { decision: decision.title })}
      onClose={requestClose}
      className="settings-dialog"
    >
      <form className="settings-form" onSubmit={submit} data-testid="settings-form">
        {configurable ? (
          <>
            <VotingFields draft={draft} edit={edit} />
            <RulesFields draft={draft} edit={edit} />
            <PrivacyFields decision={decision} draft={draft} edit={edit} />
            {draft.mode === "consent" ? (
              <ProposalFields decision={decision} draft={draft} edit={edit} />
            ) : null}
          </>
        ) : (
          <p className="hint">{t("settings.votingOpen")}</p>
        )}
        <TimerFields
          draft={timing}
          edit={editTiming}
          startsWhen={configurable ? "opening" : "save"}
          replacesRunning={running !== null && !running.expired}
          problemId={timerProblemId}
        />
        <DeadlineFields
          draft={timing}
          edit={editTiming}
          problem={whenProblem}
          problemId={deadlineProblemId}
        />
        {incomplete ? <p className="hint">{t("settings.proposalIncomplete")}</p> : null}
        {dirty && !blocked && !maySave ? (
          <p className="hint" role="status">
            {t("settings.refused")}
          </p>
        ) : null}
        {pending === null ? (
          <div className="settings-actions">
            <button type="button" className="button button-ghost" onClick={requestClose}>
              {t("settings.cancel")}
            </button>
            <button
              type="submit"
              className="button"
              aria-describedby={describedBy}
              disabled={!dirty || blocked || !maySave}
            >
              {t("settings.save")}
            </button>
            {configurable ? (
              <button
                type="button"
                className="button button-primary"
                aria-describedby={describedBy}
                disabled={!(mayOpenNow || mayOpenAfterSave)}
                onClick={requestOpen}
              >
                {t("settings.openVoting")}
              </button>
            ) : null}
          </div>
        ) : (
          <UnsavedQuestion
            question={
              pending === "open"
                ? t("settings.unsavedBeforeOpen")
                : t("settings.unsavedBeforeClose")
            }
            maySave={!blocked && (pending === "open" ? mayOpenAfterSave : maySave)}
            mayDiscard={pending === "close" || mayOpenNow}
            onSave={() => resolve(true)}
            onDiscard={() => resolve(false)}
            onKeepEditing={() => setPending(null)}
          />
        )}
      </form>
    </Dialog>
  );
}
