// Template seeds and the technology catalog: built-in data the server sends as-is.
import { LIMITS } from "@stackboard/core";
import { z } from "zod";
import { VotingModeSchema, WeightSchema } from "./domain.ts";
import { IdSchema } from "./ids.ts";
import { ContextSchema, LabelSchema, NameSchema, TextSchema, TitleSchema } from "./text.ts";

export const CriterionSeedSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  weight: WeightSchema,
});

export const TemplateDecisionSeedSchema = z.strictObject({
  id: IdSchema,
  title: TitleSchema,
  context: ContextSchema,
  mode: VotingModeSchema,
  options: z
    .array(z.strictObject({ id: IdSchema, label: LabelSchema, catalogId: IdSchema.nullable() }))
    .max(LIMITS.optionsPerDecision),
});

export const TechnologyCategorySchema = z.enum([
  "api-style",
  "language",
  "runtime",
  "framework",
  "database",
  "cache",
  "message-broker",
  "search-engine",
  "auth",
  "client-interaction",
  "markup",
]);

/** Enough for a fact card's bullet list; the catalog is ours, the bound is a sanity check. */
const MAX_FACTS = 20;

export const TechnologySchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  category: TechnologyCategorySchema,
  licence: LabelSchema,
  firstRelease: z.int().min(1950).max(2100),
  summary: TextSchema,
  strengths: z.array(TextSchema).max(MAX_FACTS),
  weaknesses: z.array(TextSchema).max(MAX_FACTS),
  /** Where the card's facts can be checked. */
  source: z.url({ protocol: /^https$/ }).max(2048),
  /** The day the card was last checked, YYYY-MM-DD. */
  asOf: z.iso.date(),
});

export const TemplateSchema = z.strictObject({
  id: IdSchema,
  name: TitleSchema,
  description: TextSchema,
  criteria: z.array(CriterionSeedSchema).max(LIMITS.criteria),
  decisions: z.array(TemplateDecisionSeedSchema).max(LIMITS.decisions),
});
