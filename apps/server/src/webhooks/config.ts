// The webhook settings in the environment (read by config.ts with the rest):
//
//   WEBHOOKS                 JSON list of hooks every room gets, e.g.
//                            [{"url":"https://hooks.example.org/in","secret":"whsec_...","format":"slack"}]
//   WEBHOOK_ALLOW_PRIVATE    "true": also send to loopback and private addresses (a receiver
//                            on this host or in this network; tests). Default: refused.
//   WEBHOOK_TIMEOUT_MS       per attempt, connecting to the answer's first bytes (5000)
//   WEBHOOK_MAX_ATTEMPTS     attempts per delivery before it counts as failed (8)
//   WEBHOOK_RETRY_BASE_MS    the first retry's delay; each next one waits 4 times longer (5000)
import {
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  WebhookEventTypeSchema,
  type WebhookFormat,
  WebhookFormatSchema,
  WebhookSecretSchema,
  WebhookUrlSchema,
} from "@stackboard/contracts";
import { z } from "zod";

export interface DefaultWebhook {
  url: string;
  secret: string;
  format: WebhookFormat;
  events: WebhookEventType[];
}

export interface WebhookConfig {
  defaults: DefaultWebhook[];
  allowPrivate: boolean;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
}

const DefaultWebhookSchema = z.strictObject({
  url: WebhookUrlSchema,
  secret: WebhookSecretSchema,
  format: WebhookFormatSchema.default("standard"),
  events: z
    .array(WebhookEventTypeSchema)
    .min(1)
    .default([...WEBHOOK_EVENT_TYPES]),
});

/** Parsed here rather than by zod's JSON handling, so that no error message quotes a secret. */
const DefaultsSchema = z
  .string()
  .optional()
  .transform((text, context) => {
    if (text === undefined || text.trim() === "") return [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      context.addIssue({ code: "custom", message: "is not valid JSON" });
      return z.NEVER;
    }
    const parsed = z.array(DefaultWebhookSchema).max(10).safeParse(value);
    if (!parsed.success) {
      const where = parsed.error.issues.map((issue) => issue.path.join(".") || "(list)");
      context.addIssue({ code: "custom", message: `invalid at ${[...new Set(where)].join(", ")}` });
      return z.NEVER;
    }
    return parsed.data;
  });

/** Merged into config.ts's environment schema. */
export const WEBHOOK_ENV = {
  WEBHOOKS: DefaultsSchema,
  WEBHOOK_ALLOW_PRIVATE: z.enum(["true", "false"]).default("false"),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
};

type WebhookEnv = { [K in keyof typeof WEBHOOK_ENV]: z.output<(typeof WEBHOOK_ENV)[K]> };

export function webhookConfigFrom(values: WebhookEnv): WebhookConfig {
  return {
    defaults: values.WEBHOOKS,
    allowPrivate: values.WEBHOOK_ALLOW_PRIVATE === "true",
    timeoutMs: values.WEBHOOK_TIMEOUT_MS,
    maxAttempts: values.WEBHOOK_MAX_ATTEMPTS,
    retryBaseMs: values.WEBHOOK_RETRY_BASE_MS,
  };
}
