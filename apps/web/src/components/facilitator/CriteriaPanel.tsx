// Criteria and their weights: the facilitator edits (sliders 0..1), everyone else sees.
import { type Criterion, LIMITS } from "@stackboard/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNumbers } from "../../i18n/useNumbers.ts";
import { newId } from "../../lib/ids.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { useCriteria, useMyRole } from "../../store/selectors.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { Dialog } from "../common/Dialog.tsx";
import { Icon } from "../common/Icon.tsx";

const SEND_DELAY_MS = 250;

export function CriteriaPanel() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.panel === "criteria");
  const openPanel = useUiStore((s) => s.openPanel);
  const criteria = useCriteria();
  const editable = useMyRole() === "facilitator";
  return (
    <Dialog
      open={open}
      title={t("criteria.title")}
      description={editable ? t("criteria.descriptionEdit") : t("criteria.description")}
      onClose={() => openPanel(null)}
      className="criteria-dialog"
    >
      {criteria.length === 0 ? <p className="muted">{t("criteria.none")}</p> : null}
      <ul className="criteria-list">
        {criteria.map((criterion) => (
          <CriterionRow key={criterion.id} criterion={criterion} editable={editable} />
        ))}
      </ul>
      {editable && criteria.length < LIMITS.criteria ? <AddCriterion /> : null}
    </Dialog>
  );
}

function CriterionRow({ criterion, editable }: { criterion: Criterion; editable: boolean }) {
  const { t } = useTranslation();
  const num = useNumbers();
  const id = useId();
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const weight = draft ?? criterion.weight;

  useEffect(() => {
    if (draft !== null && Math.abs(draft - criterion.weight) < 1e-9) setDraft(null);
  }, [criterion.weight, draft]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function change(value: number) {
    setDraft(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      sendCommand({
        type: "criterion.update",
        criterionId: criterion.id,
        name: criterion.name,
        weight: value,
      });
    }, SEND_DELAY_MS);
  }

  return (
    <li className="criterion-row">
      <label htmlFor={id} className="criterion-name">
        {criterion.name}
      </label>
      {editable ? (
        <input
          id={id}
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={weight}
          aria-label={t("criteria.weightLabel", { name: criterion.name })}
          aria-valuetext={num.fixed(weight, 2)}
          onChange={(event) => change(Number(event.target.value))}
        />
      ) : (
        <meter
          id={id}
          min={0}
          max={1}
          value={weight}
          aria-label={t("criteria.weightLabel", { name: criterion.name })}
        />
      )}
      <span className="criterion-value">{num.fixed(weight, 2)}</span>
      {editable ? (
        <button
          type="button"
          className="icon-button subtle"
          aria-label={t("criteria.remove", { name: criterion.name })}
          onClick={() => sendCommand({ type: "criterion.remove", criterionId: criterion.id })}
        >
          <Icon name="trash" size={14} />
        </button>
      ) : null}
    </li>
  );
}

function AddCriterion() {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "") return;
    sendCommand({ type: "criterion.add", criterionId: newId("k"), name: name.trim(), weight: 0.5 });
    setName("");
  }
  return (
    <form className="add-criterion" onSubmit={submit}>
      <label htmlFor={id}>{t("criteria.addLabel")}</label>
      <div className="note-input-row">
        <input
          id={id}
          className="input"
          value={name}
          maxLength={LIMITS.nameLength}
          placeholder={t("criteria.addPlaceholder")}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={name.trim() === ""}>
          {t("criteria.add")}
        </button>
      </div>
    </form>
  );
}
