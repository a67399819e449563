import { describe, expect, it } from 'vitest';
import { pinLabel, wouldReplace } from '../../../src/ui/controls/saveFlow';
import { cleanName } from '../../../src/state/saved';

const list = [
  { name: 'Grupp 1', query: 'v=1&m=hedemora&p=hedemora', savedAt: 'x' },
  { name: 'Grupp 2', query: 'v=1&m=hedemora&p=nacka', savedAt: 'x' },
];

describe('saving under a name', () => {
  it('finds the saved scenario a name would replace, as the name is stored (trimmed, cleaned)', () => {
    expect(wouldReplace(list, 'Grupp 1', cleanName)?.query).toBe(list[0].query);
    expect(wouldReplace(list, '  Grupp 2 ', cleanName)?.name).toBe('Grupp 2');
    expect(wouldReplace(list, 'Grupp 3', cleanName)).toBeNull();
    expect(wouldReplace(list, '   ', cleanName)).toBeNull();
  });
});

describe('the label of A', () => {
  it('is the saved name of the scenario on screen, whatever the order of the link keys, else the fallback', () => {
    expect(pinLabel(list, 'v=1&p=nacka&m=hedemora', 'A')).toBe('Grupp 2');
    expect(pinLabel(list, 'v=1&m=sweden&p=nacka', 'A')).toBe('A');
  });
});
