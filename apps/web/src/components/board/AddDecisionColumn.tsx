// The facilitator adds a decision (a slot in the stack) at the end of the board.
import { LIMITS } from "@stackboard/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { newId } from "../../lib/ids.ts";
import { sendCommand } from "../../realtime/portal.ts";
import { Icon } from "../common/Icon.tsx";

export function AddDecisionColumn() {
  const { t } = useTranslation();
  const titleId = useId();
  const contextId = useId();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [context, setContext] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === "") return;
    sendCommand({
      type: "decision.add",
      decisionId: newId("d"),
      title: title.trim(),
      context: context.trim(),
    });
    setTitle("");
    setContext("");
    setOpen(false);
  }

  if (!open) {
    return (
      <div className="column column-ghost">
        <button type="button" className="add-decision" onClick={() => setOpen(true)}>
          <Icon name="plus" size={20} />
          <span>{t("decisions.add")}</span>
          <span className="muted small">{t("decisions.addHint")}</span>
        </button>
      </div>
    );
  }

  return (
    <form className="column column-form" onSubmit={submit} aria-label={t("decisions.add")}>
      <div className="field">
        <label htmlFor={titleId}>{t("decisions.title")}</label>
        <input
          id={titleId}
          className="input"
          value={title}
          maxLength={LIMITS.titleLength}
          required
          // biome-ignore lint/a11y/noAutofocus: opened on purpose by the user's click.
          autoFocus
          placeholder={t("decisions.titlePlaceholder")}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={contextId}>{t("decisions.context")}</label>
        <textarea
          id={contextId}
          className="input"
          rows={3}
          value={context}
          maxLength={LIMITS.contextLength}
          placeholder={t("decisions.contextPlaceholder")}
          onChange={(event) => setContext(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button-primary">
          {t("decisions.create")}
        </button>
      </div>
    </form>
  );
}
