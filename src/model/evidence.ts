/**
 * The evidence the model stands on (issue 9), in one place for its readers: a registry of every source the model
 * and the page cite, an evidence table per area with a stated rule from which the cautious and the "studies"
 * effect sizes follow, ranges for the per-run uncertainties, the dose rule and the detection lever, and the
 * figures behind the cash flows. MODEL.md ("Evidence per area") explains every number.
 *
 * Since issue 22 the data and the code live apart; this module only re-exports them:
 * - data/citations.ts (the sources), data/wsipp.ts (WSIPP's figures and their ratios), data/studies.ts (the
 *   evidence table), data/ranges.ts (uncertainties, linkage, unit costs), data/levers.ts (dose and detection
 *   constants), data/cashflowFigures.ts (cost figures), data/shapes.ts (their types);
 * - citation.ts (formatting a citation), evidenceRule.ts (the rule), formulas.ts (dose, detection).
 */
export type { Citation, CostFigure, EvidenceRow, Range } from './data/shapes';
export { CITATIONS, type CitationId } from './data/citations';
export { formatCitation, formatCitationText } from './citation';
export {
  DECAY_BEHAVIOUR,
  DECAY_TEST_SCORES,
  LINKAGE_BEHAVIOUR_TO_SCHOOL,
  PRACTICE_ADJUSTMENT,
  PRACTICE_ADJUSTMENT_BEHAVIOUR,
  WSIPP_IY,
  yearlyDecay,
} from './data/wsipp';
export { CURRENT_CAUTIOUS, CURRENT_STUDIES, EVIDENCE, EVIDENCE_EFFECTS } from './data/studies';
export { effectsFromRow, evidenceEffects, primaryRow } from './evidenceRule';
export { COST_RANGES, LINKAGE_RANGES, UNCERTAINTY_RANGES } from './data/ranges';
export { DETECTION_LEVER, DOSE } from './data/levers';
export { detectionRateWithBudget, doseCost, doseEffect } from './formulas';
export { CASHFLOW_EVIDENCE } from './data/cashflowFigures';
