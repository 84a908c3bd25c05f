// The room's hooks and delivery log while the panel is open, read again every few seconds
// (deliveries and their retries happen on the server, in their own time).
import type { Webhook, WebhookDelivery } from "@stackboard/contracts";
import { useCallback, useEffect, useState } from "react";
import { listDeliveries, listWebhooks } from "../../api/webhooks.ts";
import { errorText } from "../../i18n/errors.ts";

const REFRESH_MS = 5_000;

export interface WebhooksView {
  hooks: Webhook[] | null;
  deliveries: WebhookDelivery[];
  error: string | null;
  reload: () => Promise<void>;
}

export function useWebhooks(roomId: string, open: boolean): WebhooksView {
  const [hooks, setHooks] = useState<Webhook[] | null>(null);
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextHooks, nextDeliveries] = await Promise.all([
        listWebhooks(roomId),
        listDeliveries(roomId),
      ]);
      setHooks(nextHooks);
      setDeliveries(nextDeliveries);
      setError(null);
    } catch (failure) {
      setError(errorText(failure as { code: string; message: string }));
    }
  }, [roomId]);

  useEffect(() => {
    if (!open) return;
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [open, reload]);

  return { hooks, deliveries, error, reload };
}
