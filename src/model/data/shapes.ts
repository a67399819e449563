/**
 * The shapes of the model's data (issue 9, split out in issue 22): a citation, a range with its basis, a row of
 * the evidence table, a cost figure, a population figure, a municipality and a seed plan. Types only; the data
 * modules beside this file hold the values, tests/model/data/shapes.test.ts checks them against these shapes.
 */
import type { AreaKey } from '../types';
import type { CitationId } from './citations';

export interface Citation {
  /** Title as a reader finds it (not a file name). */
  title: string;
  /** Authors, or the publisher / authority that issued it. */
  authors: string;
  /** Publication year; omitted when it could not be verified. */
  year?: number;
  /** Journal, series or publisher detail. */
  where?: string;
  /** A public address where the document (or its record) was found. Omitted when none was found. */
  url?: string;
  /** What could not be verified, if anything. */
  note?: string;
}

export interface Range {
  value: number;
  low: number;
  high: number;
  /** Citation ids behind the value or the range; empty when it is an assumption. */
  sources: readonly CitationId[];
  /** Where the numbers come from, or "assumption: …" with the reasoning. */
  basis: string;
}

export interface EvidenceRow {
  area: AreaKey;
  /** The row the area's values follow from (one per area); others are supporting evidence. */
  primary: boolean;
  study: CitationId;
  /** The outcome the study measured, and who reported it. */
  outcome: string;
  /** Time from the end of the intervention to the measurement the effect refers to. */
  followUp: string;
  /** Published effect size (Cohen's d / Hedges' g) on the measured outcome; null when none was published as d. */
  publishedD: number | null;
  /** Lowest published effect that applies to the area (e.g. 0 where a review found none); default publishedD. */
  publishedLow?: number;
  /** The published effect in the study's own words, when it is not a d. */
  publishedNote?: string;
  /** Multiplier for ordinary municipal practice (WSIPP's adjustment), with its range. */
  adjustment: Range;
  /** Yearly decay of the effect after support ends, with its range. */
  decay: Range;
  /** Multiplier from the measured outcome to eligibility at 16, with its range. */
  linkage: Range;
}

export interface CostFigure {
  what: string;
  /** SEK; a total, a per-person amount or a per-year amount as `unit` says. */
  value: number;
  unit: 'SEK per person over adult life' | 'SEK per person and year' | 'share' | 'SEK per pupil';
  sources: readonly CitationId[];
  basis: string;
}

export interface Figure {
  value: number;
  /** The year the figure refers to (birth year, school year ending, …). */
  year: number;
  sources: readonly CitationId[];
  /** false: a figure recalled from SCB's tables but not found in a source during this work; check it. */
  verified: boolean;
  note?: string;
}

export interface MunicipalityData {
  name: string;
  /** Live births per year (SCB), by year. */
  births: readonly Figure[];
  /** Share of grade-9 leavers not eligible for a national programme. */
  notEligible: Figure;
  /** Births per year the model would use, and why. */
  modelBirths: Figure;
}

export interface SeedPlan {
  id: string;
  source: CitationId;
  /** Amounts in SEK as the seed states them. */
  amounts: Record<string, number>;
  /** Key facts (ages, years, staffing), each with the seed's own words in the comment above it. */
  facts: Record<string, number | string>;
  /** How the plan reads in the model's terms; "assumption" where the seed does not say. */
  modelReading: string;
}
