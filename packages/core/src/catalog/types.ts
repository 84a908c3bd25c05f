import type { CriterionSeed, TemplateDecisionSeed } from "../events.ts";

export type TechnologyCategory =
  | "api-style"
  | "language"
  | "runtime"
  | "framework"
  | "database"
  | "cache"
  | "message-broker"
  | "search-engine"
  | "auth"
  | "client-interaction"
  | "markup";

/** A fact card: what a team needs to know about a technology at a glance. */
export interface Technology {
  id: string;
  name: string;
  category: TechnologyCategory;
  licence: string;
  firstRelease: number;
  summary: string;
  strengths: string[];
  weaknesses: string[];
  /** Where the licence and first release can be checked: the project's own page. */
  source: string;
  /** When the card was last checked against its source, "YYYY-MM-DD". */
  asOf: string;
}

/** A fact card's prose in another language; names, licences and years stay as they are. */
export interface TechnologyText {
  summary: string;
  strengths: string[];
  weaknesses: string[];
}

export interface Template {
  id: string;
  name: string;
  description: string;
  criteria: CriterionSeed[];
  decisions: TemplateDecisionSeed[];
}
