import { describe, expect, it } from "vitest";
import { clientAddress, TRUST_NO_PROXY, trustProxy } from "./client-address.ts";

const request = (peer: string | undefined, forwardedFor?: string) => ({
  headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  socket: { remoteAddress: peer },
});

describe("client address", () => {
  it("is the peer when no proxy is trusted, whatever the client forwards", () => {
    expect(clientAddress(request("127.0.0.1", "198.51.100.7"), TRUST_NO_PROXY)).toBe("127.0.0.1");
    expect(clientAddress(request("203.0.113.9", "198.51.100.7"), trustProxy([]))).toBe(
      "203.0.113.9",
    );
  });

  it("is the address a trusted proxy saw: the right-most one no trusted proxy added", () => {
    const loopback = trustProxy(["loopback"]);
    expect(clientAddress(request("127.0.0.1", "198.51.100.7"), loopback)).toBe("198.51.100.7");
    // A client's own X-Forwarded-For comes first; the proxy appends what it saw.
    expect(clientAddress(request("127.0.0.1", "6.6.6.6, 198.51.100.7"), loopback)).toBe(
      "198.51.100.7",
    );
    // Two trusted hops: the inner one's entry is skipped too.
    expect(clientAddress(request("127.0.0.1", "6.6.6.6, 198.51.100.7, 127.0.0.5"), loopback)).toBe(
      "198.51.100.7",
    );
    // A peer that is not a trusted proxy is the client, header or not.
    expect(clientAddress(request("203.0.113.9", "198.51.100.7"), loopback)).toBe("203.0.113.9");
    // A trusted proxy that forwards nothing: the proxy is all we know.
    expect(clientAddress(request("127.0.0.1"), loopback)).toBe("127.0.0.1");
  });

  it("counts an IPv4 client once on a dual-stack listener, and never throws", () => {
    expect(clientAddress(request("::ffff:192.0.2.1"), TRUST_NO_PROXY)).toBe("192.0.2.1");
    expect(clientAddress(request("::ffff:127.0.0.1", "192.0.2.8"), trustProxy(["loopback"]))).toBe(
      "192.0.2.8",
    );
    expect(clientAddress(request(undefined), TRUST_NO_PROXY)).toBe("unknown");
  });
});
