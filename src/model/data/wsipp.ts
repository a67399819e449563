/**
 * WSIPP's Incredible Years figures (program 158, meta-analysis table): the basis of the adjustment, the linkage
 * and the decay, and the ratios that follow from them (with the one formula they need, yearlyDecay). ES are
 * WSIPP's signs turned positive (a benefit is positive here).
 */
export const WSIPP_IY = {
  /** Disruptive behaviour: unadjusted random-effects ES, adjusted ES at age 5 and at age 8. */
  behaviourUnadjusted: 0.38,
  behaviourAdjusted: 0.079,
  behaviourAdjustedLater: 0.043,
  behaviourYears: 3,
  /** Test scores: unadjusted ES, adjusted ES at age 7 (first) and at age 17 (second). */
  testUnadjusted: 0.227,
  testAdjusted: 0.084,
  testAdjustedLater: 0.039,
  testYears: 10,
} as const;

/** WSIPP's adjustment for ordinary practice on test scores: adjusted / unadjusted = 0.084 / 0.227. */
export const PRACTICE_ADJUSTMENT = WSIPP_IY.testAdjusted / WSIPP_IY.testUnadjusted;
/** The same ratio on behaviour (0.079 / 0.380), the harsher end of the adjustment. */
export const PRACTICE_ADJUSTMENT_BEHAVIOUR = WSIPP_IY.behaviourAdjusted / WSIPP_IY.behaviourUnadjusted;
/** Linkage behaviour → school outcome, same meta-analysis, both unadjusted: 0.227 / 0.380. */
export const LINKAGE_BEHAVIOUR_TO_SCHOOL = WSIPP_IY.testUnadjusted / WSIPP_IY.behaviourUnadjusted;

/** Yearly decay implied by two measurements: 1 − (later / first)^(1 / years). */
export function yearlyDecay(first: number, later: number, years: number): number {
  return 1 - Math.pow(later / first, 1 / years);
}
/** About 7.4 % a year: WSIPP's test-score effect of Incredible Years from age 7 (0.084) to 17 (0.039). */
export const DECAY_TEST_SCORES = yearlyDecay(WSIPP_IY.testAdjusted, WSIPP_IY.testAdjustedLater, WSIPP_IY.testYears);
/** About 18.3 % a year: WSIPP's behaviour effect from age 5 (0.079) to 8 (0.043). */
export const DECAY_BEHAVIOUR = yearlyDecay(
  WSIPP_IY.behaviourAdjusted,
  WSIPP_IY.behaviourAdjustedLater,
  WSIPP_IY.behaviourYears,
);
