// "Are you sure?" before handing facilitation away or removing someone: neither can be
// undone by the one who does it.
import type { Participant } from "@stackboard/core";
import { useTranslation } from "react-i18next";
import { sendCommand } from "../../realtime/portal.ts";
import { commandForAction } from "../../view/people.ts";
import { Dialog } from "../common/Dialog.tsx";

export interface PendingConfirm {
  action: "handOff" | "remove";
  participant: Participant;
}

export function ConfirmAction({
  pending,
  onClose,
}: {
  pending: PendingConfirm | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = pending?.participant.name ?? "";
  const handOff = pending?.action === "handOff";
  return (
    <Dialog
      open={pending !== null}
      title={
        handOff
          ? t("people.confirm.handOffTitle", { name })
          : t("people.confirm.removeTitle", { name })
      }
      onClose={onClose}
      className="confirm-dialog"
    >
      <p className="muted">
        {handOff
          ? t("people.confirm.handOffBody", { name })
          : t("people.confirm.removeBody", { name })}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className={`button ${handOff ? "button-primary" : "button-danger"}`}
          onClick={() => {
            if (pending) sendCommand(commandForAction(pending.action, pending.participant.id));
            onClose();
          }}
        >
          {handOff ? t("people.confirm.handOffSubmit") : t("people.confirm.removeSubmit")}
        </button>
      </div>
    </Dialog>
  );
}
