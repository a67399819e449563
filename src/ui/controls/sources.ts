/** The documents behind the assumptions panel's values (cited through evidence.ts's registry). */
import type { CitationId } from '../../model/evidence';

export const ASSUMPTION_CITES: readonly CitationId[] = [
  'wsippIY',
  'menting2013',
  'durlak2011',
  'sbu2020',
  'vardanalysSip',
  'vanAar2017',
  'maynard2012',
  'gubbels2019',
  'nilssonWadeskog',
  'asek',
  'hedemora',
];
