import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook } from "./signing.ts";

// The test vector the Standard Webhooks spec publishes (and its reference libraries test).
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("webhook signatures", () => {
  it("match the spec's published test vector", () => {
    expect(signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(
      VECTOR.signature,
    );
  });

  it("agree with the spec's reference implementation, which verifies them", () => {
    const secret = newWebhookSecret();
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ type: "decision.decided", text: "Grüße, ünïcode ✓" });
    const headers = {
      "webhook-id": "msg_room_42",
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signWebhook(secret, "msg_room_42", timestamp, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    const reference = new Webhook(secret).sign("msg_room_42", new Date(timestamp * 1000), body);
    expect(headers["webhook-signature"]).toBe(reference);
  });

  it("change with every part signed, so a tampered body or replayed id fails", () => {
    const secret = newWebhookSecret();
    const base = signWebhook(secret, "msg_1", 1700000000, "{}");
    expect(signWebhook(secret, "msg_2", 1700000000, "{}")).not.toBe(base);
    expect(signWebhook(secret, "msg_1", 1700000001, "{}")).not.toBe(base);
    expect(signWebhook(secret, "msg_1", 1700000000, "{ }")).not.toBe(base);
    expect(signWebhook(newWebhookSecret(), "msg_1", 1700000000, "{}")).not.toBe(base);
  });

  it("makes secrets of 192 random bits in the whsec_ form", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
