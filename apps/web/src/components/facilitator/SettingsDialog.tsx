// One dialog for everything a facilitator sets on a draft decision, with one Save. Nothing
// typed here is lost silently: closing or opening voting with unsaved edits asks first
// whether to save or discard them. What may be chosen is core's answer (`useAllowed`).
import { type Anonymity, type Decision, LIMITS, type VotingMode } from "@stackboard/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { useAllowed, useAllowedInOrder } from "../../store/useAllowed.ts";
import {
  commandsFor,
  draftOf,
  isDirty,
  proposalIncomplete,
  type SettingsDraft,
} from "../../view/settingsDraft.ts";
import { Dialog } from "../common/Dialog.tsx";
import { AutoRevealField } from "./AutoRevealField.tsx";

const MODES: readonly VotingMode[] = ["pick", "dots", "score", "ranked", "consent"];

/** What the facilitator was doing when unsaved edits stopped them. */
type Pending = "close" | "open";

export function SettingsDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(decision));
  const [pending, setPending] = useState<Pending | null>(null);
  const on = { decisionId: decision.id };
  const commands = commandsFor(draft, decision);
  const dirty = isDirty(draft, decision);
  const incomplete = proposalIncomplete(draft, decision);
  const mayOpenNow = useAllowed({ type: "decision.open", ...on });
  const maySave = useAllowedInOrder(commands);
  const mayOpenAfterSave = useAllowedInOrder([...commands, { type: "decision.open", ...on }]);
  const edit = (changes: Partial<SettingsDraft>) => {
    setPending(null);
    setDraft((current) => ({ ...current, ...changes }));
  };

  const save = () => {
    for (const command of commands) sendCommand(command);
  };
  const openVoting = () => sendCommand({ type: "decision.open", ...on });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty || incomplete || !maySave) return;
    save();
    onClose();
  }

  const requestClose = () => (dirty ? setPending("close") : onClose());
  const requestOpen = () => {
    if (dirty) return setPending("open");
    openVoting();
    onClose();
  };
  const resolve = (keep: boolean) => {
    if (keep) save();
    if (pending === "open") openVoting();
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
        <VotingFields draft={draft} edit={edit} />
        <RulesFields draft={draft} edit={edit} />
        <PrivacyFields decision={decision} draft={draft} edit={edit} />
        {draft.mode === "consent" ? (
          <ProposalFields decision={decision} draft={draft} edit={edit} />
        ) : null}
        {incomplete ? <p className="hint">{t("settings.proposalIncomplete")}</p> : null}
        {dirty && !incomplete && !maySave ? (
          <p className="hint" role="status">
            {t("settings.refused")}
          </p>
        ) : null}
        {pending === null ? (
          <div className="settings-actions">
            <button type="button" className="button button-ghost" onClick={requestClose}>
              {t("settings.cancel")}
            </button>
            <button type="submit" className="button" disabled={!dirty || incomplete || !maySave}>
              {t("settings.save")}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!(mayOpenNow || mayOpenAfterSave)}
              onClick={requestOpen}
            >
              {t("settings.openVoting")}
            </button>
          </div>
        ) : (
          <UnsavedQuestion
            question={
              pending === "open"
                ? t("settings.unsavedBeforeOpen")
                : t("settings.unsavedBeforeClose")
            }
            maySave={!incomplete && (pending === "open" ? mayOpenAfterSave : maySave)}
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

function UnsavedQuestion({
  question,
  maySave,
  mayDiscard,
  onSave,
  onDiscard,
  onKeepEditing,
}: {
  question: string;
  maySave: boolean;
  mayDiscard: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onKeepEditing: () => void;
}) {
  const { t } = useTranslation();
  const questionId = useId();
  const first = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so a keyboard user hears it and answers it first.
  useEffect(() => first.current?.focus(), []);
  return (
    <section className="settings-question" aria-labelledby={questionId}>
      <p id={questionId} role="alert">
        {question}
      </p>
      <div className="settings-actions">
        <button type="button" className="button button-ghost" onClick={onKeepEditing}>
          {t("settings.keepEditing")}
        </button>
        <button type="button" className="button" disabled={!mayDiscard} onClick={onDiscard}>
          {t("settings.discardChanges")}
        </button>
        <button
          ref={first}
          type="button"
          className="button button-primary"
          disabled={!maySave}
          onClick={onSave}
        >
          {t("settings.saveChanges")}
        </button>
      </div>
    </section>
  );
}

type Fields = { draft: SettingsDraft; edit: (changes: Partial<SettingsDraft>) => void };

function VotingFields({ draft, edit }: Fields) {
  const { t } = useTranslation();
  const modeId = useId();
  const dotsId = useId();
  const sealedId = useId();
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.voting")}</legend>
      <div className="field">
        <label htmlFor={modeId}>{t("configure.mode")}</label>
        <select
          id={modeId}
          className="input"
          value={draft.mode}
          onChange={(event) => edit({ mode: event.target.value as VotingMode })}
        >
          {MODES.map((value) => (
            <option key={value} value={value}>
              {t(`mode.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {draft.mode === "dots" ? (
        <div className="field">
          <label htmlFor={dotsId}>{t("configure.dots")}</label>
          <input
            id={dotsId}
            className="input input-number"
            type="number"
            min={1}
            max={LIMITS.dotsPerVoter}
            value={draft.dotsPerVoter}
            onChange={(event) => edit({ dotsPerVoter: Number(event.target.value) })}
          />
        </div>
      ) : null}
      <label className="checkbox" htmlFor={sealedId}>
        <input
          id={sealedId}
          type="checkbox"
          checked={draft.sealed}
          onChange={(event) => edit({ sealed: event.target.checked })}
        />
        <span>{t("configure.sealed")}</span>
      </label>
      {draft.sealed ? <AutoRevealField draft={draft} edit={edit} /> : null}
    </fieldset>
  );
}

function RulesFields({ draft, edit }: Fields) {
  const { t } = useTranslation();
  const quorumId = useId();
  const thresholdId = useId();
  const capId = useId();
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.rules")}</legend>
      <div className="field">
        <label htmlFor={quorumId}>{t("voting.quorum")}</label>
        <input
          id={quorumId}
          className="input input-number"
          type="number"
          min={0}
          max={100}
          value={draft.quorumPercent}
          onChange={(event) => edit({ quorumPercent: Number(event.target.value) })}
        />
      </div>
      <div className="field">
        <label htmlFor={thresholdId}>{t("voting.threshold")}</label>
        <input
          id={thresholdId}
          className="input input-number"
          type="number"
          min={0}
          max={100}
          value={draft.thresholdPercent}
          onChange={(event) => edit({ thresholdPercent: Number(event.target.value) })}
        />
      </div>
      {draft.mode === "dots" ? (
        <div className="field">
          <label htmlFor={capId}>{t("voting.dotsCap")}</label>
          <input
            id={capId}
            className="input input-number"
            type="number"
            min={0}
            max={LIMITS.dotsPerVoter}
            value={draft.dotsCap}
            onChange={(event) => edit({ dotsCap: Number(event.target.value) })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

function PrivacyFields({ decision, draft, edit }: Fields & { decision: Decision }) {
  const { t } = useTranslation();
  const selectId = useId();
  const hintId = useId();
  const probe = (anonymity: Anonymity) => ({
    type: "decision.setAnonymity" as const,
    decisionId: decision.id,
    anonymity,
  });
  // Core says which levels are still open (anonymity is one-way); the saved level always is.
  const open: Record<Anonymity, boolean> = {
    off: useAllowed(probe("off")) || decision.anonymity === "off",
    aliases: useAllowed(probe("aliases")) || decision.anonymity === "aliases",
    full: useAllowed(probe("full")) || decision.anonymity === "full",
  };
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.privacy")}</legend>
      <div className="field">
        <label htmlFor={selectId}>{t("voting.anonymity")}</label>
        <select
          id={selectId}
          className="input"
          aria-describedby={hintId}
          value={draft.anonymity}
          onChange={(event) => edit({ anonymity: event.target.value as Anonymity })}
        >
          {(["off", "aliases", "full"] as const).map((level) => (
            <option key={level} value={level} disabled={!open[level]}>
              {t(`voting.anonymityLevel.${level}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="hint" id={hintId}>
        {t("voting.anonymityHint")}
      </p>
    </fieldset>
  );
}

function ProposalFields({ decision, draft, edit }: Fields & { decision: Decision }) {
  const { t } = useTranslation();
  const textId = useId();
  const optionId = useId();
  const hintId = useId();
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.proposal")}</legend>
      <div className="field">
        <label htmlFor={textId}>{t("voting.proposalForm.text")}</label>
        <textarea
          id={textId}
          className="input"
          rows={3}
          maxLength={LIMITS.proposalLength}
          aria-describedby={hintId}
          placeholder={t("voting.proposalForm.placeholder")}
          value={draft.proposalText}
          onChange={(event) => edit({ proposalText: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={optionId}>{t("voting.proposalForm.adopts")}</label>
        <select
          id={optionId}
          className="input"
          value={draft.proposalOptionId}
          onChange={(event) => edit({ proposalOptionId: event.target.value })}
        >
          <option value="" disabled>
            {t("voting.proposalForm.chooseOption")}
          </option>
          {decision.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <p className="hint" id={hintId}>
        {t("voting.proposalForm.hint")}
      </p>
    </fieldset>
  );
}
