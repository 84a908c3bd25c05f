// The settings dialog's fields of a draft decision: voting (mode, dots, sealed), rules
// (quorum, threshold, dots cap), privacy (anonymity, only ever raised) and, for consent, the
// proposal. Each edits the dialog's unsaved draft (`view/settingsDraft.ts`).
import { type Anonymity, type Decision, LIMITS, type VotingMode } from "@stackboard/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useAllowed } from "../../store/useAllowed.ts";
import type { SettingsDraft } from "../../view/settingsDraft.ts";
import { Field } from "../common/Field.tsx";
import { AutoRevealField } from "./AutoRevealField.tsx";

const MODES: readonly VotingMode[] = ["pick", "dots", "score", "ranked", "consent"];

type Fields = { draft: SettingsDraft; edit: (changes: Partial<SettingsDraft>) => void };

/** A whole number field; an emptied box reads as 0 until something is typed. */
function NumberInput({
  id,
  value,
  min,
  max,
  onChange,
}: {
  id: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  return (
    <input
      id={id}
      className="input input-number"
      type="number"
      min={min}
      max={max}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
    />
  );
}

export function VotingFields({ draft, edit }: Fields) {
  const { t } = useTranslation();
  const sealedId = useId();
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.voting")}</legend>
      <Field label={t("configure.mode")}>
        {({ id }) => (
          <select
            id={id}
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
        )}
      </Field>
      {draft.mode === "dots" ? (
        <Field label={t("configure.dots")}>
          {({ id }) => (
            <NumberInput
              id={id}
              min={1}
              max={LIMITS.dotsPerVoter}
              value={draft.dotsPerVoter}
              onChange={(dotsPerVoter) => edit({ dotsPerVoter })}
            />
          )}
        </Field>
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

export function RulesFields({ draft, edit }: Fields) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.rules")}</legend>
      <Field label={t("voting.quorum")}>
        {({ id }) => (
          <NumberInput
            id={id}
            min={0}
            max={100}
            value={draft.quorumPercent}
            onChange={(quorumPercent) => edit({ quorumPercent })}
          />
        )}
      </Field>
      <Field label={t("voting.threshold")}>
        {({ id }) => (
          <NumberInput
            id={id}
            min={0}
            max={100}
            value={draft.thresholdPercent}
            onChange={(thresholdPercent) => edit({ thresholdPercent })}
          />
        )}
      </Field>
      {draft.mode === "dots" ? (
        <Field label={t("voting.dotsCap")}>
          {({ id }) => (
            <NumberInput
              id={id}
              min={0}
              max={LIMITS.dotsPerVoter}
              value={draft.dotsCap}
              onChange={(dotsCap) => edit({ dotsCap })}
            />
          )}
        </Field>
      ) : null}
    </fieldset>
  );
}

export function PrivacyFields({ decision, draft, edit }: Fields & { decision: Decision }) {
  const { t } = useTranslation();
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
      <Field label={t("voting.anonymity")} hint={t("voting.anonymityHint")}>
        {({ id, describedBy }) => (
          <select
            id={id}
            className="input"
            aria-describedby={describedBy}
            value={draft.anonymity}
            onChange={(event) => edit({ anonymity: event.target.value as Anonymity })}
          >
            {(["off", "aliases", "full"] as const).map((level) => (
              <option key={level} value={level} disabled={!open[level]}>
                {t(`voting.anonymityLevel.${level}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}

export function ProposalFields({ decision, draft, edit }: Fields & { decision: Decision }) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-group">
      <legend>{t("settings.proposal")}</legend>
      <Field label={t("voting.proposalForm.text")} hint={t("voting.proposalForm.hint")}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            className="input"
            rows={3}
            maxLength={LIMITS.proposalLength}
            aria-describedby={describedBy}
            placeholder={t("voting.proposalForm.placeholder")}
            value={draft.proposalText}
            onChange={(event) => edit({ proposalText: event.target.value })}
          />
        )}
      </Field>
      <Field label={t("voting.proposalForm.adopts")}>
        {({ id }) => (
          <select
            id={id}
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
        )}
      </Field>
    </fieldset>
  );
}
