import { describe, expect, it } from "vitest";
import { checkTarget, guardedLookup, isPublicAddress, TargetRefused } from "./target.ts";

const lookup = (host: string, allowPrivate: boolean) =>
  new Promise<{ error: Error | null; addresses: unknown }>((resolve) => {
    guardedLookup(allowPrivate)(host, { all: true }, (error, addresses) =>
      resolve({ error, addresses }),
    );
  });

describe("webhook targets", () => {
  it("are public unicast addresses only", () => {
    for (const address of ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "8.8.8.8"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    const refused = [
      "127.0.0.1",
      "127.8.9.10",
      "0.0.0.0",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254", // cloud metadata
      "100.64.0.1", // carrier-grade NAT
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "::ffff:127.0.0.1", // IPv4-mapped loopback
      "::ffff:10.0.0.1",
      "not an address",
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
  });

  it("refuse private literals, localhost, credentials and other schemes before any lookup", () => {
    const refuse = (url: string) => () => checkTarget(new URL(url), false);
    expect(refuse("http://127.0.0.1:8080/in")).toThrow(TargetRefused);
    expect(refuse("http://[::1]/in")).toThrow(TargetRefused);
    expect(refuse("http://0x7f.1/in")).toThrow(TargetRefused); // WHATWG URL reads it as 127.0.0.1
    expect(refuse("http://localhost:3000/")).toThrow(TargetRefused);
    expect(refuse("http://api.localhost/")).toThrow(TargetRefused);
    expect(refuse("https://user:pw@hooks.example.org/")).toThrow(/user name or password/);
    expect(refuse("ftp://hooks.example.org/")).toThrow(/http and https/);
    expect(refuse("https://hooks.example.org/in")).not.toThrow();
    expect(() => checkTarget(new URL("http://127.0.0.1:8080/in"), true)).not.toThrow();
  });

  it("check the address a name resolves to, as the connection will use it", async () => {
    // /etc/hosts: localhost is loopback. Without the setting, the lookup itself refuses.
    const refused = await lookup("localhost", false);
    expect(refused.error).toBeInstanceOf(TargetRefused);
    expect(refused.error?.message).toMatch(/resolves to (127\.0\.0\.1|::1)/);
    const allowed = await lookup("localhost", true);
    expect(allowed.error).toBeNull();
    expect(allowed.addresses).toEqual(expect.arrayContaining([expect.objectContaining({})]));
  });
});
