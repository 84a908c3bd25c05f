// How a ballot's voter is named: by name, or, in an anonymous decision, by the alias of its
// ballot key ("aliases") or not at all ("full"). Keys are opaque: the alias is a short,
// stable tag cut from the key itself, never something that points back to a participant.
import { type Decision, isBallotKey, type Participant } from "@stackboard/core";
import type { TFunction } from "i18next";

export function voterName(
  t: TFunction,
  decision: Decision,
  participants: readonly Participant[],
  id: string,
): string {
  const participant = participants.find((candidate) => candidate.id === id);
  if (participant) return participant.name;
  if (isBallotKey(id) && decision.anonymity === "aliases") {
    return t("voting.alias", { tag: aliasTag(id) });
  }
  return t("voting.anonymousVoter");
}

/** Four characters of the key after its prefix, upper-cased: "anon-x7Qe…" → "X7QE". */
export const aliasTag = (key: string): string => key.slice(5, 9).toUpperCase();
