// Standard Webhooks signatures (https://www.standardwebhooks.com): the secret is `whsec_` +
// base64 key bytes; `webhook-signature` is `v1,` + base64(HMAC-SHA256(key,
// `<webhook-id>.<webhook-timestamp>.<body>`)), the timestamp in whole seconds.
import { createHmac, randomBytes } from "node:crypto";

const PREFIX = "whsec_";
/** 24 bytes (192 bits), as the spec's reference libraries generate. */
const SECRET_BYTES = 24;

export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(SECRET_BYTES).toString("base64")}`;
}

function keyOf(secret: string): Buffer {
  const key = Buffer.from(
    secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret,
    "base64",
  );
  if (key.length === 0) throw new RangeError("A webhook secret cannot be empty.");
  return key;
}

/** The `webhook-signature` header for one attempt. */
export function signWebhook(
  secret: string,
  messageId: string,
  timestampSeconds: number,
  body: string,
): string {
  const signature = createHmac("sha256", keyOf(secret))
    .update(`${messageId}.${timestampSeconds}.${body}`)
    .digest("base64");
  return `v1,${signature}`;
}
