/** The options the CLI resolves for `argv` (throws when they do not parse). */
import { parseArgs } from '../../src/cli/args';

export function run(argv: string[]) {
  const r = parseArgs(argv);
  if (r.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(r)}`);
  return r.options;
}
