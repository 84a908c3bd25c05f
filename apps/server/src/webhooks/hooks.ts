// A room's webhooks: the ones its facilitators registered (in the store) and the ones the
// operator configured for every room (WEBHOOKS). What the facilitator sees of a hook never
// includes its secret; of a server hook, only its URL's origin (a Slack URL's path is itself
// a credential, and it is the operator's).
import { randomBytes } from "node:crypto";
import {
  type CreateWebhookRequest,
  CreateWebhookRequestSchema,
  MAX_WEBHOOKS_PER_ROOM,
  StackboardError,
  WEBHOOK_EVENT_TYPES,
  type Webhook,
  zodIssuesMessage,
} from "@stackboard/contracts";
import type { DefaultWebhook } from "./config.ts";
import { newWebhookSecret } from "./signing.ts";
import type { StoredWebhook, WebhookStore } from "./store/types.ts";
import { checkTarget, guardedLookup, TargetRefused } from "./target.ts";

export interface HookOptions {
  store: WebhookStore;
  defaults: readonly DefaultWebhook[];
  allowPrivate: boolean;
  now?: () => number;
}

/** A hook as the deliverer uses it: where, how, and the secret to sign with. */
export type ActiveHook = StoredWebhook & { source: "room" | "server" };

export class WebhookHooks {
  private readonly options: HookOptions;
  private readonly serverHooks: ActiveHook[];

  constructor(options: HookOptions) {
    this.options = options;
    this.serverHooks = options.defaults.map((hook, index) => ({
      id: `server-${index + 1}`,
      url: hook.url,
      format: hook.format,
      events: hook.events,
      secret: hook.secret,
      createdAt: 0,
      source: "server",
    }));
  }

  /** Every hook of the room, the server's first. */
  async active(roomId: string): Promise<ActiveHook[]> {
    const own = await this.options.store.listHooks(roomId);
    return [...this.serverHooks, ...own.map((hook) => ({ ...hook, source: "room" as const }))];
  }

  async find(roomId: string, webhookId: string): Promise<ActiveHook | undefined> {
    return (await this.active(roomId)).find((hook) => hook.id === webhookId);
  }

  async list(roomId: string): Promise<Webhook[]> {
    return (await this.active(roomId)).map(publicView);
  }

  /** Registers a hook; the answer is the only place its secret is ever shown. */
  async add(roomId: string, body: unknown): Promise<{ webhook: Webhook; secret: string }> {
    const parsed = CreateWebhookRequestSchema.safeParse(body);
    if (!parsed.success) {
      throw new StackboardError("INVALID_REQUEST", zodIssuesMessage(parsed.error));
    }
    const request: CreateWebhookRequest = parsed.data;
    await this.checkReachable(new URL(request.url));
    const hook: StoredWebhook = {
      id: `wh_${randomBytes(16).toString("base64url")}`,
      url: request.url,
      format: parsed.data.format,
      events: request.events ? [...new Set(request.events)] : [...WEBHOOK_EVENT_TYPES],
      secret: newWebhookSecret(),
      createdAt: (this.options.now ?? Date.now)(),
    };
    const added = await this.options.store.addHook(roomId, hook, MAX_WEBHOOKS_PER_ROOM);
    if (!added) {
      throw new StackboardError(
        "LIMIT_REACHED",
        `A room holds at most ${MAX_WEBHOOKS_PER_ROOM} webhooks; remove one first.`,
      );
    }
    return { webhook: publicView({ ...hook, source: "room" }), secret: hook.secret };
  }

  async remove(roomId: string, webhookId: string): Promise<void> {
    if (!(await this.options.store.removeHook(roomId, webhookId))) {
      throw new StackboardError("NOT_FOUND", "No webhook with this id in the room.");
    }
  }

  /**
   * Says at once when a URL can never be delivered to under the policy. A name that does
   * not resolve (yet) is accepted: the deliveries will say so. Every delivery checks again.
   */
  private async checkReachable(url: URL): Promise<void> {
    try {
      checkTarget(url, this.options.allowPrivate);
      const host = url.hostname.replace(/^\[|\]$/g, "");
      await new Promise<void>((resolve, reject) => {
        guardedLookup(this.options.allowPrivate)(host, { all: true }, (error) =>
          error instanceof TargetRefused ? reject(error) : resolve(),
        );
      });
    } catch (error) {
      if (!(error instanceof TargetRefused)) throw error;
      throw new StackboardError(
        "INVALID_REQUEST",
        `Webhooks go to public addresses only: ${error.message}`,
      );
    }
  }
}

function publicView(hook: ActiveHook): Webhook {
  return {
    id: hook.id,
    url: hook.source === "server" ? new URL(hook.url).origin : hook.url,
    format: hook.format,
    events: hook.events,
    source: hook.source,
    createdAt: hook.createdAt,
  };
}
