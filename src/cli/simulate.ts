/**
 * The command-line tool: `npm run simulate -- --help`.
 * Runs the same model as the interface's workers, in one Node process.
 */
import { targetProblem } from '../model/params';
import { simulateRuns, summarize } from '../model/simulate';
import { parseArgs } from './args';
import { toJson, toTable } from './report';

function main(argv: string[]): number {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(parsed.text + '\n');
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`simulate: ${parsed.message}\n`);
    return parsed.exitCode;
  }
  const { scenario, runs, seed, perRun, json } = parsed.options;
  const problem = targetProblem(scenario);
  if (problem) {
    process.stderr.write(`simulate: ${problem.message}\n`);
    return 2;
  }
  const t0 = performance.now();
  const batch = simulateRuns(scenario, seed, 0, runs);
  const result = summarize(scenario, seed, batch);
  const ms = performance.now() - t0;
  process.stdout.write((json ? JSON.stringify(toJson(result, batch, perRun)) : toTable(result, ms)) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
