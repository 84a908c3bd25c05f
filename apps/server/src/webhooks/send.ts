// One delivery attempt: a signed POST with a short timeout, no redirects followed, and at
// most a few bytes of the answer read. Node's own http client, so that the connection goes
// to the address `guardedLookup` checked.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { checkTarget, guardedLookup, TargetRefused } from "./target.ts";

export interface SendOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

export interface AttemptResult {
  ok: boolean;
  /** No retry can help: the policy refuses the target. */
  permanent: boolean;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
}

/** Enough of the answer to tell the facilitator what the receiver said; the rest is dropped. */
const ANSWER_BYTES = 1024;
const USER_AGENT = "Stackboard-Webhooks/1";

export async function sendWebhook(options: SendOptions): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(options.url);
    checkTarget(url, options.allowPrivate);
  } catch (error) {
    return failure(error, null, elapsed(), error instanceof TargetRefused);
  }
  try {
    const { status, excerpt } = await post(url, options);
    if (status >= 200 && status < 300) {
      return { ok: true, permanent: false, httpStatus: status, error: null, durationMs: elapsed() };
    }
    const why =
      status >= 300 && status < 400
        ? `Redirect (${status}) not followed.`
        : `The receiver answered ${status}${excerpt ? `: ${excerpt}` : "."}`;
    return { ok: false, permanent: false, httpStatus: status, error: why, durationMs: elapsed() };
  } catch (error) {
    return failure(error, null, elapsed(), error instanceof TargetRefused);
  }
}

function failure(
  error: unknown,
  httpStatus: number | null,
  durationMs: number,
  permanent: boolean,
) {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, permanent, httpStatus, error: message.slice(0, 300), durationMs };
}

function post(url: URL, options: SendOptions): Promise<{ status: number; excerpt: string }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(url, {
      method: "POST",
      // A fresh connection each time: a kept-alive socket would skip the address check.
      agent: false,
      lookup: guardedLookup(options.allowPrivate),
      headers: {
        ...options.headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(options.body)),
        "user-agent": USER_AGENT,
      },
    });
    // One deadline for everything: connecting, sending, and the answer's first bytes.
    const deadline = setTimeout(() => {
      request.destroy(new Error(`No answer within ${options.timeoutMs} ms.`));
    }, options.timeoutMs);
    const settle = () => clearTimeout(deadline);
    request.on("error", (error) => {
      settle();
      reject(error);
    });
    request.on("response", (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        settle();
        request.destroy();
        const excerpt = Buffer.concat(chunks).toString("utf8").replace(/\s+/g, " ").trim();
        resolve({ status: response.statusCode ?? 0, excerpt: excerpt.slice(0, 200) });
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= ANSWER_BYTES) done();
      });
      response.on("end", done);
      response.on("error", done);
    });
    request.end(options.body);
  });
}
