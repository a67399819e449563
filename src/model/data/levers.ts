/**
 * The constants of two model rules with their ranges (issue 9): the dose rule (more years of support add
 * effect with diminishing returns) and the detection lever (an early-detection budget raises the yearly
 * detection rate). Data only; the rules themselves are in ../formulas.ts.
 */
import type { Range } from './shapes';

// Dose: a course or episode has a cost and an effect; more years add effect with diminishing returns
export const DOSE = {
  /**
   * Each further year of targeted support adds this share of the previous year's increment:
   * years 1, 2, 3, … give d, 1.5 d, 1.75 d, … → at most 2 d. Assumption. Maynard et al. 2012 found no
   * difference between one day and a school year, Gubbels et al. 2019 no moderating effect of programme
   * duration: both point to strongly diminishing returns (ratio near 0); 0.5 gives a second year half
   * the first year's effect, so that ongoing support is not worthless either.
   */
  ratio: {
    value: 0.5,
    low: 0,
    high: 0.7,
    sources: ['maynard2012', 'gubbels2019'],
    basis:
      'assumption guided by two findings: no difference by programme length for attendance (Maynard et al. 2012) and no moderating effect of duration (Gubbels et al. 2019). Low end 0: a second year adds nothing.',
  } as Range,
  /** Universal parental support: one course per family, costed once, effect once. */
  parentCoursesPerChild: 1,
} as const;

// Detection as a lever
export const DETECTION_LEVER = {
  /** Largest share of the remaining undetected needs that extra investment can add to the yearly rate. */
  maxExtra: {
    value: 0.5,
    low: 0.25,
    high: 0.75,
    sources: ['hedemora'],
    basis:
      'assumption: Hedemora writes that these pupils’ needs “ofta varit kända sedan tidig ålder”, so detection is not the only bottleneck; half of the remaining gap is a cap, not an expectation.',
  } as Range,
  /** SEK per child with a visible, not yet known need at which 63 % (1 − 1/e) of the cap is reached. */
  costScale: {
    value: 20_000,
    low: 10_000,
    high: 40_000,
    sources: [],
    basis: 'assumption: the cost of one early-detection contact chain per child, the same as the detect unit cost.',
  } as Range,
} as const;
