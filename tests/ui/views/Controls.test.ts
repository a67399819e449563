import { describe, expect, it } from 'vitest';
import Controls from '../../../src/ui/views/Controls.svelte';
import { PARAMS } from '../../../src/model/params';
import { ResultsState } from '../../../src/state/results.svelte';
import { ScenarioState } from '../../../src/state/scenario.svelte';
import type { Engine } from '../../../src/engine/types';
import { sv } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { html } from '../controls/render';

const idle: Engine = {
  channel: () => ({ request: () => new Promise(() => {}), cancel: () => {} }),
  warm: () => {},
  dispose: () => {},
};

function render(query: string, lang: 'sv' | 'en') {
  const state = new ScenarioState(query);
  return html(Controls, { state, results: new ResultsState(idle), lang, store: null });
}

describe('Controls', () => {
  it('has the envelope slider of the DOM contract, with the total SEK per year as its value', () => {
    const body = render('?m=hedemora&p=hedemora', 'sv');
    expect(body).toMatch(/<input[^>]*id="envelope-range"[^>]*type="range"[^>]*value="1500000"/);
  });

  it('gives every plan, population and listed assumption control a label, a unit and a reset', () => {
    const body = render('?effects=custom', 'en');
    const shown = PARAMS.filter(
      (p) =>
        p.kind === 'number' &&
        ![
          'rho',
          'uncertainty',
          'duration',
          'birthsByYear',
          // link and CLI keys (the target and the financing), not controls yet
          'targetYear',
          'targetShare',
          'fund',
          'capacity',
        ].includes(p.key),
    );
    for (const p of shown) {
      const label = en.controls.params[p.key];
      expect(body, p.key).toContain(`>${label}</label>`);
      expect(body, p.key).toContain(`aria-label="Reset ${label}"`);
      const unit = en.controls.units[p.unit];
      if (unit) expect(body, p.key).toContain(`>${unit}</span>`);
    }
  });

  it('shows the duration field only when the plan is not ongoing', () => {
    expect(render('?p=hedemora', 'sv')).toContain(`>${sv.controls.params.duration}</label>`);
    expect(render('?p=custom&duration=0', 'sv')).not.toContain(`>${sv.controls.params.duration}</label>`);
  });

  it('shows the custom effect sizes only when effects are custom', () => {
    expect(render('', 'sv')).not.toContain(`>${sv.controls.params.dDetect}</label>`);
    expect(render('?effects=custom', 'sv')).toContain(`>${sv.controls.params.dDetect}</label>`);
  });

  it('selects the municipality and plan the link names, and marks changed assumptions', () => {
    const body = render('?m=sweden&p=nacka&discount=0.05', 'sv');
    expect(body).toMatch(/<option value="sweden" selected/);
    expect(body).toMatch(/<option value="nacka" selected/);
    expect(body).toContain(sv.panels.assumptionsChanged);
    expect(render('?m=sweden&p=nacka', 'sv')).not.toContain(`>${sv.panels.assumptionsChanged}<`);
  });
});
