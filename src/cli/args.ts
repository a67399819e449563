/**
 * Argument parsing for the command-line tool: pure, never exits, never prints.
 *   [--preset NAME] [--plan NAME] [--set key=value]... [--runs N] [--seed S]
 *   [--no-uncertainty] [--per-run] [--json] [--help]
 */
import { PARAMS, defaultScenario, parseParam } from '../model/params';
import { MUNICIPALITIES, PLANS, PLAN_VARIANTS, scenarioFromPresets } from '../model/presets';
import type { MunicipalityName, PlanName } from '../model/presets';
import { recommendedRuns } from '../model/simulate';
import type { Scenario } from '../model/types';

export interface CliOptions {
  preset: MunicipalityName;
  plan: string;
  scenario: Scenario;
  runs: number;
  seed: string;
  perRun: boolean;
  json: boolean;
}

export type ParseResult =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; text: string }
  | { kind: 'error'; exitCode: 2; message: string };

export const MAX_RUNS = 100_000;
const PLAN_NAMES: readonly string[] = [...PLANS, ...Object.keys(PLAN_VARIANTS)];

const fail = (message: string): ParseResult => ({ kind: 'error', exitCode: 2, message });

export function parseArgs(argv: readonly string[]): ParseResult {
  let preset: MunicipalityName = 'hedemora';
  let plan = 'none';
  let runs: number | null = null;
  let seed = '1';
  let perRun = false;
  let json = false;
  let noUncertainty = false;
  const sets: [string, string][] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help', text: helpText() };
      case '--json':
        json = true;
        break;
      case '--per-run':
        perRun = true;
        break;
      case '--no-uncertainty':
        noUncertainty = true;
        break;
      case '--preset': {
        const v = value();
        if (v === null || !(MUNICIPALITIES as readonly string[]).includes(v))
          return fail(`--preset must be one of ${MUNICIPALITIES.join(', ')}; got ${v === null ? 'nothing' : `"${v}"`}`);
        preset = v as MunicipalityName;
        break;
      }
      case '--plan': {
        const v = value();
        if (v === null || !PLAN_NAMES.includes(v))
          return fail(`--plan must be one of ${PLAN_NAMES.join(', ')}; got ${v === null ? 'nothing' : `"${v}"`}`);
        plan = v;
        break;
      }
      case '--runs': {
        const v = value();
        const n = v === null || v.trim() === '' ? NaN : Number(v);
        if (!Number.isInteger(n) || n < 1 || n > MAX_RUNS)
          return fail(`--runs must be a whole number from 1 to ${MAX_RUNS}; got ${v === null ? 'nothing' : `"${v}"`}`);
        runs = n;
        break;
      }
      case '--seed': {
        const v = value();
        if (v === null || v === '') return fail('--seed needs a value');
        seed = v;
        break;
      }
      case '--set': {
        const v = value();
        if (v === null || !v.includes('='))
          return fail(`--set needs key=value; got ${v === null ? 'nothing' : `"${v}"`}`);
        const k = v.slice(0, v.indexOf('='));
        sets.push([k, v.slice(v.indexOf('=') + 1)]);
        break;
      }
      default:
        return fail(`unknown option "${arg}" (see --help)`);
    }
  }

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
  return {
    kind: 'run',
    options: { preset, plan, scenario, runs: runs ?? recommendedRuns(scenario), seed, perRun, json },
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
    '                           [--no-uncertainty] [--per-run] [--json]',
    '',
    `  --preset NAME      municipality: ${MUNICIPALITIES.join(', ')} (default hedemora)`,
    `  --plan NAME        plan: ${PLAN_NAMES.join(', ')} (default none)`,
    '  --set key=value    set one parameter (repeatable; applied after the presets)',
    `  --runs N           Monte Carlo runs, 1..${MAX_RUNS} (default 1000; fewer for very large plans in large populations)`,
    '  --seed S           seed string (default 1); the same seed gives the same numbers',
    '  --no-uncertainty   fix effect sizes, costs and fade-out (same as --set uncertainty=0)',
    '  --per-run          with --json: add runsAtRisk and baselineRunsAtRisk (runs x years)',
    '  --json             print one JSON object instead of a table',
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
