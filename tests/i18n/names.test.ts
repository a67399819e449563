import { describe, expect, it } from 'vitest';
import { sv } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { namesPlace } from '../../src/i18n/names';

describe('namesPlace(plan, municipality)', () => {
  it("is true when the plan's name names the municipality, in both languages", () => {
    expect(namesPlace(sv.controls.plans.hedemora, sv.controls.municipalities.hedemora)).toBe(true);
    expect(namesPlace(en.controls.plans['hedemora-yearly'], en.controls.municipalities.hedemora)).toBe(true);
    expect(namesPlace(sv.controls.plans.nacka, sv.controls.municipalities.nacka)).toBe(true);
    expect(namesPlace(sv.controls.plans.torshalla, sv.controls.municipalities.eskilstuna)).toBe(true);
  });
  it('is false for another municipality or a plan without a place', () => {
    expect(namesPlace(sv.controls.plans.hedemora, sv.controls.municipalities.sweden)).toBe(false);
    expect(namesPlace(sv.controls.plans.custom, sv.controls.municipalities.hedemora)).toBe(false);
    expect(namesPlace(sv.controls.plans.hedemora, '')).toBe(false);
  });
});

describe('embedHeadline(plan, municipality): the embed title says the town once', () => {
  it('drops the municipality when the plan names it, keeps it otherwise', () => {
    expect(sv.app.embedHeadline('Hedemoras plan: 4,5 miljoner på tre år', 'Hedemora')).toBe(
      'Hedemoras plan: 4,5 miljoner på tre år',
    );
    expect(sv.app.embedHeadline('Hedemoras plan: 4,5 miljoner på tre år', 'Nacka')).toBe(
      'Hedemoras plan: 4,5 miljoner på tre år – Nacka',
    );
    expect(en.app.embedHeadline('Your own plan', 'Hedemora')).toBe('Your own plan – Hedemora');
  });
});
