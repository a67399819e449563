/**
 * Chart colours, each checked against the white page in tests/ui/charts/palette.test.ts:
 * text at least 4.5:1, lines and marks at least 3:1 (WCAG 2.2 AA, 1.4.3 and 1.4.11).
 * Band fills are backgrounds; their edges carry the information and are drawn in `bandEdge*`.
 */
export const BACKGROUND = '#ffffff';

export const TEXT = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
} as const;

export const LINES = {
  baseline: '#595959',
  scenario: '#1d4e89',
  bandEdge50: '#3d6aa6',
  bandEdge90: '#5a7fb0',
  target: '#a33b00',
  targetYear: '#4a4a4a',
  pinned: '#8e1f5f',
  reference: '#6a3d9a',
  cost: '#a33b00',
  benefit: '#1b6e3a',
  never: '#6b6b6b',
  helped: '#1d4e89',
  still: '#a33b00',
  municipality: '#1d4e89',
  region: '#1b6e3a',
  state: '#595959',
  contribution: '#1d4e89',
} as const;

/** Decorative fills (behind a line of sufficient contrast); not required to reach 3:1. */
export const FILLS = {
  band90: '#dde7f3',
  band50: '#b3c8e4',
  grid: '#d9d9d9',
  /** The judged cohorts (the target window) in the helped chart: `windowTint` at 12 % over white, as in its legend. */
  window: '#f1f1ea',
  windowTint: '#8a7f3a',
} as const;

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
