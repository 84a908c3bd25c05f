// The facilitator's webhooks: where the room's milestones are posted, a form to add one
// (its signing secret is shown once, right after), and the delivery log.
import type { Webhook } from "@stackboard/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { deleteWebhook } from "../../api/webhooks.ts";
import { errorText } from "../../i18n/errors.ts";
import { useMyRole } from "../../store/selectors.ts";
import { useUiStore } from "../../store/uiStore.ts";
import { CopyField } from "../common/CopyField.tsx";
import { Dialog } from "../common/Dialog.tsx";
import { Icon } from "../common/Icon.tsx";
import { DeliveryLog } from "./DeliveryLog.tsx";
import { HookForm } from "./HookForm.tsx";
import { useWebhooks } from "./useWebhooks.ts";

export function WebhooksPanel({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.panel === "webhooks");
  const openPanel = useUiStore((s) => s.openPanel);
  const facilitator = useMyRole() === "facilitator";
  const { hooks, deliveries, error, reload } = useWebhooks(roomId, open && facilitator);
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove(hook: Webhook) {
    setProblem(null);
    try {
      await deleteWebhook(roomId, hook.id);
      await reload();
    } catch (failure) {
      setProblem(errorText(failure as { code: string; message: string }));
    }
  }

  return (
    <Dialog
      open={open && facilitator}
      title={t("webhooks.title")}
      description={t("webhooks.description")}
      onClose={() => {
        setSecret(null);
        openPanel(null);
      }}
      className="webhooks-dialog"
    >
      {secret ? (
        <div className="webhook-secret" role="status">
          <CopyField
            label={t("webhooks.secretLabel")}
            value={secret}
            hint={t("webhooks.secretHint")}
          />
        </div>
      ) : null}
      <section aria-labelledby="webhooks-list">
        <h3 id="webhooks-list">{t("webhooks.listTitle")}</h3>
        {hooks === null ? <p className="muted">{error ?? t("webhooks.loading")}</p> : null}
        {hooks?.length === 0 ? <p className="muted">{t("webhooks.none")}</p> : null}
        <ul className="webhook-list">
          {hooks?.map((hook) => (
            <li key={hook.id} className="webhook-row" data-testid="webhook-row">
              <span className="webhook-url mono">{hook.url}</span>
              <span className="webhook-meta muted">
                {t(`webhooks.format.${hook.format}`)} ·{" "}
                {hook.source === "server"
                  ? t("webhooks.fromServer")
                  : t("webhooks.events", { count: hook.events.length })}
              </span>
              {hook.source === "room" ? (
                <button
                  type="button"
                  className="icon-button subtle"
                  aria-label={t("webhooks.remove", { url: hook.url })}
                  onClick={() => void remove(hook)}
                >
                  <Icon name="trash" size={14} />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {problem ? <p className="form-error">{problem}</p> : null}
      </section>
      <HookForm
        roomId={roomId}
        onCreated={async (created) => {
          setSecret(created);
          await reload();
        }}
      />
      <DeliveryLog deliveries={deliveries} hooks={hooks ?? []} />
    </Dialog>
  );
}
