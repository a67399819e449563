import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_FILE, computeReference, type ReferenceRow } from './reference';

// Pinned numbers: every change to what a preset (and so a shared link) shows must be deliberate.
// After a deliberate change: `npm run reference:update`, review the diff of reference.json, commit it.
describe('the pinned reference numbers', () => {
  it('every municipality and plan preset under two seeds gives the committed rounded summaries', () => {
    const pinned = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as ReferenceRow[];
    const now = computeReference();
    expect(now.length).toBeGreaterThanOrEqual(16);
    expect(
      now,
      'model numbers changed: if deliberate, run `npm run reference:update` and review the diff of tests/model/reference.json',
    ).toEqual(pinned);
  });
});
