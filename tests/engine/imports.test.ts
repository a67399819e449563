import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The eslint rule that keeps worker code off the main thread: src/ imports only types from workers/.
describe('the src/ -> workers/ import rule', () => {
  const eslint = new ESLint();
  const restricted = (res: ESLint.LintResult) =>
    res.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports');

  it('reports a runtime import from workers/ in src/ (engine, state and a component)', async () => {
    const code = "import { api } from '../../workers/simulation.worker';\nexport const x = api;\n";
    for (const filePath of ['src/engine/leak.ts', 'src/state/leak.ts']) {
      const [res] = await eslint.lintText(code, { filePath });
      expect(restricted(res)).toHaveLength(1);
    }
    const svelte =
      '<script lang="ts">\n  import { api } from \'../../../workers/simulation.worker\';\n  console.log(api);\n</script>\n';
    const [res] = await eslint.lintText(svelte, { filePath: 'src/ui/charts/Leak.svelte' });
    expect(restricted(res)).toHaveLength(1);
  });

  it('allows type-only imports from workers/ and runtime imports inside src/', async () => {
    const code = [
      "import type { SimApi } from '../../workers/simulation.worker';",
      "import { type RunAnswer } from '../../workers/simulation.worker';",
      "import { buffersOf } from './transfer';",
      'export type X = [SimApi, RunAnswer];',
      'export const y = buffersOf;',
    ].join('\n');
    const [res] = await eslint.lintText(code, { filePath: 'src/engine/ok.ts' });
    expect(restricted(res)).toEqual([]);
  });
});
