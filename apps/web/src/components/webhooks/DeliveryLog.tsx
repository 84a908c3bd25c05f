// The delivery log: each message to each hook, newest first, with its attempts.
import type { Webhook, WebhookDelivery } from "@stackboard/contracts";
import { useTranslation } from "react-i18next";

export function DeliveryLog({
  deliveries,
  hooks,
}: {
  deliveries: readonly WebhookDelivery[];
  hooks: readonly Webhook[];
}) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: "medium" });
  const urlOf = (webhookId: string) =>
    hooks.find((hook) => hook.id === webhookId)?.url ?? webhookId;
  return (
    <section aria-labelledby="webhook-deliveries">
      <h3 id="webhook-deliveries">{t("webhooks.logTitle")}</h3>
      {deliveries.length === 0 ? (
        <p className="muted">{t("webhooks.logEmpty")}</p>
      ) : (
        <table className="webhook-log" data-testid="webhook-log">
          <thead>
            <tr>
              <th scope="col">{t("webhooks.when")}</th>
              <th scope="col">{t("webhooks.what")}</th>
              <th scope="col">{t("webhooks.where")}</th>
              <th scope="col">{t("webhooks.result")}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => {
              const last = delivery.history.at(-1);
              return (
                <tr key={`${delivery.messageId}|${delivery.webhookId}`}>
                  <td>{time.format(delivery.createdAt)}</td>
                  <td>{t(`webhooks.type.${delivery.type}`)}</td>
                  <td className="mono webhook-log-url">{urlOf(delivery.webhookId)}</td>
                  <td>
                    <span className={`webhook-status is-${delivery.status}`}>
                      {t(`webhooks.status.${delivery.status}`, { count: delivery.attempts })}
                    </span>
                    {last?.error ? <span className="muted webhook-error">{last.error}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
