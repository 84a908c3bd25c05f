// Sizes the domain enforces, so that every replica agrees on what fits.
export const LIMITS = {
  titleLength: 120,
  nameLength: 40,
  labelLength: 80,
  contextLength: 2000,
  textLength: 2000,
  rationaleLength: 4000,
  participants: 200,
  decisions: 24,
  optionsPerDecision: 30,
  criteria: 12,
  annotations: 2000,
  repliesPerAnnotation: 200,
  dotsPerVoter: 100,
  minTimerMs: 5_000,
  maxTimerMs: 2 * 60 * 60 * 1000,
  recentCommandIds: 256,
  /** A consent ballot's reason: a sentence or two, not an essay. */
  reasonLength: 500,
  /** Kept rounds per decision; a room that needs more should split the question. */
  roundsPerDecision: 20,
  /** People waiting in a lobby at once: knocking must not grow a room without bound. */
  lobby: 50,
  /** A consent proposal's text. */
  proposalLength: 2000,
  /**
   * Ids a room may ever use, live and removed together (removed ids are kept so they are
   * never reused): adding and removing cannot grow a room without bound.
   */
  decisionIdsEver: 200,
  optionIdsEverPerDecision: 200,
  criterionIdsEver: 100,
  annotationIdsEver: 10_000,
  /** A room passphrase, as typed. */
  passphraseLength: 128,
  /** Tech radars a room keeps (the oldest go first), and blips per radar. */
  radarEditions: 12,
  radarEntries: 200,
  /** A radar's name, a blip's quadrant and description. */
  radarNameLength: 80,
  radarDescriptionLength: 500,
} as const;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
