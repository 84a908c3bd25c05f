// A participant's coloured initials, with an optional presence dot.
import type { PresenceStatus } from "@stackboard/contracts";
import { initialsOf, readableTextOn } from "../../lib/colour.ts";

export function Avatar({
  name,
  colour,
  size = "md",
  status,
  label,
  ring = false,
}: {
  name: string;
  colour: string;
  size?: "sm" | "md" | "lg";
  status?: PresenceStatus;
  /** Accessible name; without it the avatar is decorative. */
  label?: string;
  ring?: boolean;
}) {
  const className = `avatar avatar-${size}${ring ? " avatar-ring" : ""}${status ? ` is-${status}` : ""}`;
  // Offline reads as a quiet grey with full-contrast initials (a faded colour would not).
  const style =
    status === "offline"
      ? { background: "var(--surface-3)", color: "var(--text-2)" }
      : { background: colour, color: readableTextOn(colour) };
  const content = (
    <>
      <span aria-hidden="true">{initialsOf(name)}</span>
      {status ? <span className={`presence-dot presence-${status}`} aria-hidden="true" /> : null}
    </>
  );
  if (label === undefined) {
    return (
      <span className={className} style={style} aria-hidden="true">
        {content}
      </span>
    );
  }
  return (
    <span className={className} style={style} role="img" aria-label={label} title={label}>
      {content}
    </span>
  );
}
