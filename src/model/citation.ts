/** A citation as the page and the about text write it (the registry itself is data/citations.ts). */
import { CITATIONS, type CitationId } from './data/citations';
import type { Citation } from './data/shapes';

/** A citation without its address: "Authors (year). Title. Where" (the page links the address). */
export function formatCitationText(id: CitationId): string {
  const c: Citation = CITATIONS[id];
  const parts = [`${c.authors}${c.year ? ` (${c.year})` : ''}`, c.title];
  if (c.where) parts.push(c.where);
  return parts.join('. ');
}

/** A citation as a reader can follow it: "Authors (year). Title. Where. URL". */
export function formatCitation(id: CitationId): string {
  const c: Citation = CITATIONS[id];
  const parts = [`${c.authors}${c.year ? ` (${c.year})` : ''}`, c.title];
  if (c.where) parts.push(c.where);
  if (c.url) parts.push(c.url);
  return parts.join('. ');
}
