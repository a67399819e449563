/**
 * The command-line tool: `npm run simulate -- --help`.
 * Runs the same model as the interface's workers, in one Node process, in chunks of runs (the runs are
 * independent and merged in run order, so the numbers equal one call's): between chunks the process answers
 * SIGINT and SIGTERM at once, and a run longer than PROGRESS_AFTER_MS shows its progress on stderr.
 * The first chunk times the run: one estimated to take over LONG_RUN_S seconds is refused without --force.
 */
import { bestSplit } from '../model/bestSplit';
import type { BestSplit } from '../model/bestSplit';
import { curveLevels, curveRuns, scenarioAtLevel, summarizeCurve } from '../model/curve';
import type { Curve, CurveBatch } from '../model/curve';
import { targetProblem } from '../model/params';
import { mergeBatches, recommendedRuns, simulateRuns, summarize } from '../model/simulate';
import type { RunBatch, Scenario } from '../model/types';
import { BEST_SPLIT_RUNS, LONG_RUN_S, parseArgs } from './args';
import type { CliOptions } from './args';
import { bestSplitText, curveTable } from './curveReport';
import { toJson, toTable } from './report';
import { sensitivityJson, sensitivityOf, sensitivityText } from './sensitivityReport';

const PROGRESS_AFTER_MS = 2000;
/** The first chunk: a quick timing of the run. Later chunks take about CHUNK_MS each. */
const PROBE_RUNS = 5;
const CHUNK_MS = 200;
/** How long the quick timing that decides --force takes, at least. */
const PROBE_MS = 300;
/** Runs per chunk of the investment curve. */
const CURVE_CHUNK = 25;

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
  const opts = parsed.options;
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
    batches.push(simulateRuns(scenario, seed, done, end, { pins: opts.pins }));
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
  const curve = opts.curve ? await curveOf(scenario, opts) : null;
  const split = opts.bestSplit ? await splitOf(scenario, opts) : null;
  const sens = opts.sensitivity
    ? await sensitivityOf(scenario, seed, runs, { pins: opts.pins }, batch, reporter)
    : null;
  if (json) {
    const out = toJson(result, batch, perRun);
    if (curve) out.curve = curve;
    if (split) out.bestSplit = split;
    if (sens) out.sensitivity = sensitivityJson(sens);
    process.stdout.write(JSON.stringify(out) + '\n');
  } else {
    const parts = [
      toTable(result, ms),
      ...(curve ? [curveTable(curve)] : []),
      ...(split ? [bestSplitText(split)] : []),
      ...(sens ? [sensitivityText(sens)] : []),
    ];
    process.stdout.write(parts.join('\n\n') + '\n');
  }
  return 0;
}

/** Progress on stderr for the slower extras (after PROGRESS_AFTER_MS, at most once a second). */
function reporter(what: string) {
  const t0 = performance.now();
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now() - t0;
    if (now > PROGRESS_AFTER_MS && now - last > 1000 && done < total) {
      last = now;
      process.stderr.write(`simulate: ${what} ${done} of ${total}\n`);
    }
  };
}

/** The investment curve, in chunks of runs (signals answered between them). */
async function curveOf(s: Scenario, o: CliOptions): Promise<Curve> {
  const lv = curveLevels(s, { levels: o.curve!.levels, max: o.curve!.max ?? undefined });
  const runs = o.runsGiven ? o.runs : recommendedRuns(scenarioAtLevel(s, lv, lv.budgets.length - 1));
  const parts: CurveBatch[] = [];
  const progress = reporter('curve: runs');
  for (let r = 0; r < runs; r += CURVE_CHUNK) {
    parts.push(curveRuns(s, lv, o.seed, r, Math.min(runs, r + CURVE_CHUNK)));
    progress(Math.min(runs, r + CURVE_CHUNK), runs);
    await nextTick();
  }
  return summarizeCurve(s, o.seed, lv, parts);
}

async function splitOf(s: Scenario, o: CliOptions): Promise<BestSplit> {
  await nextTick();
  const progress = reporter('best split: splits tried');
  return bestSplit(s, {
    runs: o.runsGiven ? o.runs : BEST_SPLIT_RUNS,
    seed: o.seed,
    onProgress: (p) => progress(p.evaluations, p.maxEvaluations),
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`simulate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
