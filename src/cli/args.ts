/**
 * Argument parsing for the command-line tool: pure, never exits, never prints.
 *   [--preset NAME] [--plan NAME] [--set key=value]... [--runs N] [--seed S]
 *   [--no-uncertainty] [--per-run] [--json] [--force] [--help]
 *   [--curve [--curve-max SEK] [--curve-levels N]] [--best-split] [--sensitivity] [--assume id=value]...
 * Flags are read by node:util's parseArgs; values are checked with the link's validator (src/model/validate.ts).
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { BUDGET_MAX, PARAMS, RUN_LIMITS, defaultScenario, parseParam } from '../model/params';
import { CURVE_LEVELS } from '../model/curveLevels';
import { parseDecimal } from '../model/validate';
import { ALL_MUNICIPALITIES, PLANS, PLAN_VARIANTS, scenarioFromPresets } from '../model/presets';
/** Every municipality preset the CLI takes: the page's list without the user's own figures. */
const MUNICIPALITIES = ALL_MUNICIPALITIES.filter((m) => m !== 'own');
import type { MunicipalityName, PlanName } from '../model/presets';
import { recommendedRuns } from '../model/simulate';
import type { Pins } from '../model/pins';
import { assumptionsOf, withAssumption } from '../model/sensitivity';
import type { Scenario } from '../model/types';

export interface CliOptions {
  preset: MunicipalityName;
  plan: string;
  scenario: Scenario;
  runs: number;
  seed: string;
  perRun: boolean;
  json: boolean;
  /** Run even when the run is estimated to take over a minute. */
  force: boolean;
  /** --curve: the investment curve's levels and top (null: the full-reach total); null without --curve */
  curve: { levels: number; max: number | null } | null;
  /** --best-split: search the best split of the current total */
  bestSplit: boolean;
  /** --sensitivity: the tornado, the thresholds and the variance shares (issue 23) */
  sensitivity: boolean;
  /** --assume id=value: assumptions held at a value in every run (model pins; discount and turnover set the scenario) */
  pins: Pins;
  /** whether --runs was given (the curve and the best split choose their own run counts otherwise) */
  runsGiven: boolean;
}

/** The largest --curve-max: four areas at the largest budget each. */
export const CURVE_MAX_LIMIT = 4 * BUDGET_MAX;

export type ParseResult =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; text: string }
  | { kind: 'error'; exitCode: 2; message: string };

export const MAX_RUNS = RUN_LIMITS.cli;
/** Runs per split tried by --best-split when --runs is not given. */
export const BEST_SPLIT_RUNS = 200;
/** A run estimated to take longer than this (seconds) is refused without --force. */
export const LONG_RUN_S = 60;
const PLAN_NAMES: readonly string[] = [...PLANS, ...Object.keys(PLAN_VARIANTS)];

const fail = (message: string): ParseResult => ({ kind: 'error', exitCode: 2, message });

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  'per-run': { type: 'boolean' },
  'no-uncertainty': { type: 'boolean' },
  force: { type: 'boolean' },
  preset: { type: 'string' },
  plan: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  set: { type: 'string', multiple: true },
  curve: { type: 'boolean' },
  'curve-max': { type: 'string' },
  'curve-levels': { type: 'string' },
  'best-split': { type: 'boolean' },
  sensitivity: { type: 'boolean' },
  assume: { type: 'string', multiple: true },
} as const;

/** What node:util's parseArgs refused, in this tool's own words (the messages of the hand-written parser before it). */
function refusal(e: unknown): ParseResult {
  const code = (e as { code?: string }).code;
  const text = e instanceof Error ? e.message : String(e);
  const named = /'(-{1,2}[^' <]+)/.exec(text)?.[1] ?? /'([^']+)'/.exec(text)?.[1] ?? '';
  const flag = named.replace(/^--?/, '');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && Object.hasOwn(OPTIONS, flag)) {
    const o = OPTIONS[flag as keyof typeof OPTIONS];
    if (o.type === 'string') return checkValue(flag, null) ?? fail(`--${flag} needs a value`);
  }
  return fail(`unknown option "${named || text}" (see --help)`);
}

/** The message for a bad value of a string flag, or null when the value is good. */
function checkValue(flag: string, v: string | null): ParseResult | null {
  const got = v === null ? 'nothing' : `"${v}"`;
  switch (flag) {
    case 'preset':
      return v !== null && (MUNICIPALITIES as readonly string[]).includes(v)
        ? null
        : fail(`--preset must be one of ${MUNICIPALITIES.join(', ')}; got ${got}`);
    case 'plan':
      return v !== null && PLAN_NAMES.includes(v)
        ? null
        : fail(`--plan must be one of ${PLAN_NAMES.join(', ')}; got ${got}`);
    case 'runs': {
      const n = v === null ? null : parseDecimal(v);
      return n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_RUNS
        ? null
        : fail(`--runs must be a whole number from 1 to ${MAX_RUNS}; got ${got}`);
    }
    case 'seed':
      return v === null || v === '' ? fail('--seed needs a value') : null;
    case 'set':
      return v === null || !v.includes('=') ? fail(`--set needs key=value; got ${got}`) : null;
    case 'curve-levels': {
      const n = v === null ? null : parseDecimal(v);
      return n !== null && Number.isInteger(n) && n >= CURVE_LEVELS.min && n <= CURVE_LEVELS.max
        ? null
        : fail(`--curve-levels must be a whole number from ${CURVE_LEVELS.min} to ${CURVE_LEVELS.max}; got ${got}`);
    }
    case 'curve-max': {
      const n = v === null ? null : parseDecimal(v);
      return n !== null && n >= 0 && n <= CURVE_MAX_LIMIT
        ? null
        : fail(`--curve-max must be a budget in SEK a year, a decimal number from 0 to ${CURVE_MAX_LIMIT}; got ${got}`);
    }
  }
  return null;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  // --help answers as soon as it is reached: what comes before it must parse, what comes after is not read.
  const help = argv.findIndex((a) => a === '--help' || a === '-h');
  let values: ReturnType<typeof parseNodeArgs<{ options: typeof OPTIONS; args: string[] }>>['values'];
  try {
    values = parseNodeArgs({
      args: [...(help >= 0 ? argv.slice(0, help) : argv)],
      options: OPTIONS,
      strict: true,
    }).values;
  } catch (e) {
    return refusal(e);
  }
  for (const flag of ['preset', 'plan', 'runs', 'seed', 'curve-levels', 'curve-max'] as const) {
    const v = values[flag];
    if (v !== undefined) {
      const bad = checkValue(flag, v);
      if (bad) return bad;
    }
  }
  const sets: [string, string][] = [];
  for (const v of values.set ?? []) {
    const bad = checkValue('set', v);
    if (bad) return bad;
    sets.push([v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)]);
  }
  for (const flag of ['curve-levels', 'curve-max'] as const)
    if (values[flag] !== undefined && !values.curve) return fail(`--${flag} needs --curve`);
  if (help >= 0) return { kind: 'help', text: helpText() };
  const preset = (values.preset ?? 'hedemora') as MunicipalityName;
  const plan = values.plan ?? 'none';
  const runs = values.runs === undefined ? null : Number(values.runs);
  const seed = values.seed ?? '1';
  const perRun = values['per-run'] ?? false;
  const json = values.json ?? false;
  const force = values.force ?? false;
  const noUncertainty = values['no-uncertainty'] ?? false;

  const scenario = scenarioFromPresets(defaultScenario(), preset, plan as PlanName);
  const out = scenario as unknown as Record<string, unknown>;
  for (const [k, raw] of sets) {
    const r = parseParam(k, raw);
    if (!r.ok) {
      const known = r.message.startsWith('unknown key') ? `; valid keys: ${PARAMS.map((p) => p.key).join(', ')}` : '';
      return fail(`--set ${r.message}${known}`);
    }
    out[k] = r.value;
  }
  if (noUncertainty) scenario.uncertainty = 0;
  // --assume id=value, after --set: an assumption of the tornado held at a value inside its documented range.
  let sim: { scenario: Scenario; opts: { pins?: Pins } } = { scenario, opts: {} };
  for (const v of values.assume ?? []) {
    const eq = v.indexOf('=');
    const id = eq > 0 ? v.slice(0, eq) : v;
    const known = assumptionsOf(sim.scenario);
    const as = known.find((a) => a.id === id);
    if (!as) return fail(`--assume needs id=value with id one of ${known.map((a) => a.id).join(', ')}; got "${v}"`);
    const x = eq > 0 ? parseDecimal(v.slice(eq + 1)) : null;
    if (x === null || x < as.low || x > as.high)
      return fail(
        `--assume ${id} must be a decimal number from ${fmt(as.low)} to ${fmt(as.high)}; got "${v.slice(eq + 1)}"`,
      );
    sim = withAssumption(sim.scenario, as.id, x, sim.opts);
  }
  const curve = values.curve
    ? {
        levels: values['curve-levels'] === undefined ? CURVE_LEVELS.default : Number(values['curve-levels']),
        max: values['curve-max'] === undefined ? null : parseDecimal(values['curve-max']),
      }
    : null;
  return {
    kind: 'run',
    options: {
      preset,
      plan,
      scenario: sim.scenario,
      runs: runs ?? recommendedRuns(sim.scenario),
      seed,
      perRun,
      json,
      force,
      curve,
      bestSplit: values['best-split'] ?? false,
      sensitivity: values.sensitivity ?? false,
      pins: sim.opts.pins ?? {},
      runsGiven: runs !== null,
    },
  };
}

/** The --help text, generated from the parameter registry. */
export function helpText(): string {
  const rows = PARAMS.map((p) => {
    const range =
      p.kind === 'choice' ? p.choices.join(' | ') : `${fmt(p.min)} .. ${fmt(p.max)}${p.integer ? ' (whole)' : ''}`;
    return [p.key, p.unit, range, String(p.kind === 'choice' ? p.default : fmt(p.default)), p.help];
  });
  const w = [0, 1, 2, 3].map((c) =>
    Math.max(...rows.map((r) => r[c].length), ['key', 'unit', 'range', 'default'][c].length),
  );
  const line = (r: string[]) =>
    `  ${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3].padEnd(w[3])}  ${r[4]}`;
  return [
    'Usage: npm run simulate -- [--preset NAME] [--plan NAME] [--set key=value]... [--runs N] [--seed S]',
    '                           [--no-uncertainty] [--per-run] [--json] [--force]',
    '                           [--curve [--curve-max SEK] [--curve-levels N]] [--best-split]',
    '                           [--sensitivity] [--assume id=value]...',
    '',
    `  --preset NAME      municipality: ${MUNICIPALITIES.join(', ')} (default hedemora)`,
    `  --plan NAME        plan: ${PLAN_NAMES.join(', ')} (default none)`,
    '  --set key=value    set one parameter (repeatable; applied after the presets)',
    `  --runs N           Monte Carlo runs, 1..${MAX_RUNS} (default 1000; fewer for very large plans in large populations)`,
    '  --seed S           seed string (default 1); the same seed gives the same numbers',
    '  --no-uncertainty   fix effect sizes, costs and fade-out (same as --set uncertainty=0)',
    '  --per-run          with --json: add runsAtRisk and baselineRunsAtRisk (runs x years)',
    '  --json             print one JSON object instead of a table',
    `  --force            run even when the run is estimated to take over ${LONG_RUN_S} s (else refused; use fewer --runs)`,
    '  --curve            add the investment curve: the chance of reaching the target, the expected number at risk',
    '                     and more at each total budget from 0 to where every area is capped, the split kept',
    '                     (runs: --runs, else the recommended runs at the top of the curve)',
    '  --curve-max SEK    the top of the curve, SEK a year (default: where every area with a share is capped)',
    `  --curve-levels N   budget levels on the curve, ${CURVE_LEVELS.min}..${CURVE_LEVELS.max} (default ${CURVE_LEVELS.default})`,
    '  --best-split       add the split of the current total that helps the most children in the target year',
    `                     (runs per split tried: --runs, else ${BEST_SPLIT_RUNS})`,
    '  --sensitivity      add what decides the answer: each uncertain assumption at the low and the high end of its',
    '                     range (the rest as the scenario has them, same seed and runs), the values at which the',
    '                     target is reached with a 50 % chance, and the share of the variance each assumption explains',
    '  --assume id=value  hold one assumption of --sensitivity at a value in every run (repeatable; ids and ranges:',
    '                     see --sensitivity), e.g. --assume effect.parent=0.1',
    '',
    'Runs longer than a couple of seconds show progress on stderr. Ctrl-C (SIGINT) or SIGTERM stops at once.',
    '',
    'Parameters (--set key=value):',
    line(['key', 'unit', 'range', 'default', 'meaning']),
    ...rows.map(line),
    '',
    'Invalid options or values exit with code 2 and name the key and its valid range.',
  ].join('\n');
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}
