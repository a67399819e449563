/**
 * The command-line tool: `npm run simulate -- --help`.
 * Runs the same model as the interface's workers, in one Node process, in chunks of runs (the runs are
 * independent and merged in run order, so the numbers equal one call's): between chunks the process answers
 * SIGINT and SIGTERM at once, and a run longer than PROGRESS_AFTER_MS shows its progress on stderr.
 * The first chunk times the run: one estimated to take over LONG_RUN_S seconds is refused without --force.
 */
import { targetProblem } from '../model/params';
import { mergeBatches, simulateRuns, summarize } from '../model/simulate';
import type { RunBatch } from '../model/types';
import { LONG_RUN_S, parseArgs } from './args';
import { toJson, toTable } from './report';

const PROGRESS_AFTER_MS = 2000;
/** The first chunk: a quick timing of the run. Later chunks take about CHUNK_MS each. */
const PROBE_RUNS = 5;
const CHUNK_MS = 200;
/** How long the quick timing that decides --force takes, at least. */
const PROBE_MS = 300;

const nextTick = () => new Promise<void>((r) => setImmediate(r));

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(parsed.text + '\n');
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`simulate: ${parsed.message}\n`);
    return parsed.exitCode;
  }
  const { scenario, runs, seed, perRun, json, force } = parsed.options;
  const problem = targetProblem(scenario);
  if (problem) {
    process.stderr.write(`simulate: ${problem.message}\n`);
    return 2;
  }
  // Whatever wrapper started this process (npm, tsx), the process that computes stops on these signals.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.on(signal, () => {
      process.stderr.write(`\nsimulate: stopped (${signal})\n`);
      process.exit(code);
    });

  const t0 = performance.now();
  const batches: RunBatch[] = [];
  let done = 0;
  let lastReport = 0;
  let checked = force;
  /** The first chunk (warm-up included) is left out of the pace once there is more to go on. */
  let first = { runs: 0, ms: 0 };
  const pace = (now: number) =>
    done > first.runs && now - first.ms > 50 ? (now - first.ms) / (done - first.runs) : now / done;
  while (done < runs) {
    const elapsed = performance.now() - t0;
    const size =
      done === 0 ? Math.min(runs, PROBE_RUNS) : Math.max(1, Math.round(CHUNK_MS / Math.max(pace(elapsed), 1e-3)));
    const end = Math.min(runs, done + size);
    batches.push(simulateRuns(scenario, seed, done, end));
    done = end;
    const now = performance.now() - t0;
    if (batches.length === 1) first = { runs: done, ms: now };
    // The estimate: after a quick timing (PROBE_MS, or two chunks), from the pace of the runs so far.
    if (!checked && done < runs && (now >= PROBE_MS || batches.length >= 3)) {
      checked = true;
      const estimateS = (pace(now) * runs) / 1000;
      if (estimateS > LONG_RUN_S) {
        const fit = Math.max(1, Math.floor((LONG_RUN_S * 1000) / pace(now)));
        process.stderr.write(
          `simulate: ${runs} runs would take about ${Math.round(estimateS)} s (timed on the first ${done}); ` +
            `ask for fewer with --runs (about ${fit} fit in ${LONG_RUN_S} s), or add --force to run it anyway\n`,
        );
        return 2;
      }
    }
    if (now > PROGRESS_AFTER_MS && now - lastReport > 1000 && done < runs) {
      lastReport = now;
      const left = ((now / done) * (runs - done)) / 1000;
      process.stderr.write(`simulate: ${done} of ${runs} runs, about ${Math.ceil(left)} s left\n`);
    }
    await nextTick(); // lets a signal in
  }
  const batch = batches.length === 1 ? batches[0] : mergeBatches(batches);
  const result = summarize(scenario, seed, batch);
  const ms = performance.now() - t0;
  process.stdout.write((json ? JSON.stringify(toJson(result, batch, perRun)) : toTable(result, ms)) + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`simulate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
