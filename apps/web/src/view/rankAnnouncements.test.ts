import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.ts";
import { rankAnnouncements } from "./rankAnnouncements.ts";

// Fills the English strings, so the test reads what a screen-reader user would hear.
const t = ((key: string, values: Record<string, string | number> = {}) => {
  const drag: Record<string, string> = en.voting.drag;
  const text = drag[key.replace("voting.drag.", "")] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}) as unknown as TFunction;

const labels: Record<string, string> = { rest: "REST", gql: "GraphQL", grpc: "gRPC" };
const announcer = () => rankAnnouncements(t, ["rest", "gql", "grpc"], (id) => labels[id] ?? id);

describe("ranked drag announcements", () => {
  it("names the option and its place when it is picked up, moved and dropped", () => {
    const say = announcer();
    expect(say.onDragStart({ active: { id: "grpc" } })).toBe("Picked up gRPC, at position 3 of 3.");
    // Over its own place right after the pick-up: nothing new, the pick-up is not talked over.
    expect(say.onDragOver({ active: { id: "grpc" }, over: { id: "grpc" } })).toBeUndefined();
    expect(say.onDragOver({ active: { id: "grpc" }, over: { id: "gql" } })).toBe(
      "gRPC moved to position 2 of 3.",
    );
    expect(say.onDragOver({ active: { id: "grpc" }, over: { id: "gql" } })).toBeUndefined();
    // Back where it started is a move too.
    expect(say.onDragOver({ active: { id: "grpc" }, over: { id: "grpc" } })).toBe(
      "gRPC moved to position 3 of 3.",
    );
    expect(say.onDragEnd({ active: { id: "grpc" }, over: { id: "rest" } })).toBe(
      "gRPC dropped at position 1 of 3.",
    );
  });

  it("says the option stays where it was when the drag is cancelled or ends outside", () => {
    const say = announcer();
    say.onDragStart({ active: { id: "rest" } });
    expect(say.onDragOver({ active: { id: "rest" }, over: null })).toBe(
      "REST is outside the ranking.",
    );
    const stays = "Move cancelled: REST stays at position 1 of 3.";
    expect(say.onDragEnd({ active: { id: "rest" }, over: null })).toBe(stays);
    say.onDragStart({ active: { id: "rest" } });
    expect(say.onDragCancel({ active: { id: "rest" }, over: { id: "grpc" } })).toBe(stays);
  });
});
