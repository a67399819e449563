import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The eslint rule that keeps src/model pure must both pass on the model and catch a leak.
describe('the src/model purity rule', () => {
  const eslint = new ESLint();
  it('reports Svelte, comlink, other project folders, DOM globals and Math.random', async () => {
    const code = [
      "import { mount } from 'svelte';",
      "import { wrap } from 'comlink';",
      "import { run } from '../engine/client';",
      'export const x = [mount, wrap, run, document.title, Math.random()];',
    ].join('\n');
    const [res] = await eslint.lintText(code, { filePath: 'src/model/leak.ts' });
    const rules = res.messages.map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'no-restricted-imports')).toHaveLength(3);
    expect(rules).toContain('no-restricted-globals');
    expect(rules).toContain('no-restricted-properties');
  });
  it('allows imports inside the model and seedrandom', async () => {
    const code =
      "import seedrandom from 'seedrandom';\nimport { AREAS } from './types';\nexport const x = [seedrandom, AREAS];\n";
    const [res] = await eslint.lintText(code, { filePath: 'src/model/ok.ts' });
    expect(res.messages.filter((m) => m.ruleId?.startsWith('no-restricted'))).toEqual([]);
  });
});
