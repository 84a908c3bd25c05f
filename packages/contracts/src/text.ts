// Bounded text from users. Sizes come from core's LIMITS so every replica agrees on
// what fits. Control characters are refused (they break rendering, logs and exports);
// long texts keep their newlines.
import { LIMITS } from "@stackboard/core";
import { z } from "zod";

const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_NEWLINE = /(?!\n)\p{Cc}/u;

interface TextBounds {
  /** 1 for required text, 0 where empty is a fine answer. */
  min: 0 | 1;
  max: number;
  multiline: boolean;
}

/** Trimmed first, so " " is empty and the limits count what is kept. */
export function boundedText({ min, max, multiline }: TextBounds) {
  return z
    .string()
    .trim()
    .min(min, "This cannot be empty.")
    .max(max, `At most ${max} characters.`)
    .refine((text) => !(multiline ? CONTROL_EXCEPT_NEWLINE : CONTROL).test(text), {
      message: multiline
        ? "Control characters other than newlines are not allowed."
        : "Control characters are not allowed.",
    });
}

/** Room and decision titles. */
export const TitleSchema = boundedText({ min: 1, max: LIMITS.titleLength, multiline: false });
/** Participant and criterion names. */
export const NameSchema = boundedText({ min: 1, max: LIMITS.nameLength, multiline: false });
/** Option labels. */
export const LabelSchema = boundedText({ min: 1, max: LIMITS.labelLength, multiline: false });
/** A decision's context: optional prose. */
export const ContextSchema = boundedText({ min: 0, max: LIMITS.contextLength, multiline: true });
/** Annotation and reply text. */
export const TextSchema = boundedText({ min: 1, max: LIMITS.textLength, multiline: true });
/** Why the facilitator decided as they did; may be left empty. */
export const RationaleSchema = boundedText({
  min: 0,
  max: LIMITS.rationaleLength,
  multiline: true,
});
/** Why a voter objects to or blocks a consent proposal; may be left empty. */
export const ReasonSchema = boundedText({ min: 0, max: LIMITS.reasonLength, multiline: true });
/** A consent proposal: what the room is asked to consent to. */
export const ProposalTextSchema = boundedText({
  min: 1,
  max: LIMITS.proposalLength,
  multiline: true,
});
/** A room passphrase as typed (trimmed like every other text, on set and on join alike). */
export const PassphraseSchema = boundedText({
  min: 1,
  max: LIMITS.passphraseLength,
  multiline: false,
});
