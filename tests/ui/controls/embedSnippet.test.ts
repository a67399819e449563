import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../src/ui/controls/embedSnippet';

describe('embed snippet', () => {
  it('an iframe (no script) at the same scenario with embed=1, the chosen chart and controls, escaped', () => {
    const s = embedSnippet('https://kommun.se/halvera/?m=x#a', 'm=hedemora&p=nacka&seed=3', {
      chart: 'costs',
      controls: 'plan',
      title: 'Halvera "test"',
    });
    expect(
      s.startsWith(
        '<iframe src="https://kommun.se/halvera/?m=hedemora&amp;p=nacka&amp;seed=3&amp;embed=1&amp;chart=costs&amp;controls=plan"',
      ),
    ).toBe(true);
    expect(s).toContain('title="Halvera &quot;test&quot;"');
    expect(s).not.toContain('<script');
  });
});
