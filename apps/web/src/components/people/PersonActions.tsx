// A facilitator's actions for one other participant, behind a "Manage" toggle so the list
// stays calm. Handing off and removing ask first (see ConfirmAction).
import type { Participant } from "@stackboard/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { commandForAction, needsConfirm, type PersonAction } from "../../view/people.ts";

export function PersonActions({
  participant,
  actions,
  onConfirm,
}: {
  participant: Participant;
  actions: readonly PersonAction[];
  onConfirm: (action: PersonAction, participant: Participant) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const groupId = useId();
  const run = (action: PersonAction) => {
    setOpen(false);
    if (needsConfirm(action)) onConfirm(action, participant);
    else sendCommand(commandForAction(action, participant.id));
  };
  return (
    <>
      <button
        type="button"
        className="chip-button is-quiet person-manage"
        aria-expanded={open}
        aria-controls={open ? groupId : undefined}
        aria-label={t("people.manageLabel", { name: participant.name })}
        onClick={() => setOpen(!open)}
      >
        {t("people.manage")}
      </button>
      {open ? (
        <fieldset
          id={groupId}
          className="person-actions"
          aria-label={t("people.manageLabel", { name: participant.name })}
        >
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button button-sm${action === "remove" ? " button-danger" : ""}`}
              onClick={() => run(action)}
            >
              {t(`people.action.${action}`, { name: participant.name })}
            </button>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
