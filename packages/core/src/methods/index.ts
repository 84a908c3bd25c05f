// Counting methods other than the decision's own, for method robustness.
export { bordaScores } from "./borda.ts";
export { lowerMedian, majorityJudgementLeaders } from "./median-grade.ts";
export { cleanRanking, pairwisePreferences } from "./preferences.ts";
export {
  type CountingMethod,
  type MethodOutcome,
  type MethodRobustness,
  type MethodVerdict,
  methodRobustness,
} from "./robustness.ts";
export { schulzeWinners } from "./schulze.ts";
