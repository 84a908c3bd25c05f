import type { CriterionSeed, TemplateDecisionSeed } from "../events.ts";

export type TechnologyCategory =
  | "api-style"
  | "language"
  | "runtime"
  | "framework"
  | "database"
  | "cache"
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
}

export interface Template {
  id: string;
  name: string;
  description: string;
  criteria: CriterionSeed[];
  decisions: TemplateDecisionSeed[];
}
