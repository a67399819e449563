/**
 * `npm run bench`: the model's speed on one core, in one process (a benchmark, not a test).
 * Prints child-years simulated per second for the Hedemora preset, the bare seedrandom draw rate,
 * their ratio, and the time for 1 000 runs of hedemora and of sweden (plus sweden at its recommended
 * number of runs and with a large plan, the worst case), and the investment curve (41 levels) against one full result.
 */
import seedrandom from 'seedrandom';
import { recommendedRuns, simulate, simulateRuns } from '../../src/model/simulate';
import { curveLevels, scenarioAtLevel, simulateCurve } from '../../src/model/curve';
import { defaultScenario } from '../../src/model/params';
import { scenarioFromPresets } from '../../src/model/presets';
import type { MunicipalityName, PlanName } from '../../src/model/presets';
import type { Scenario } from '../../src/model/types';
import { tornado, tornadoEnds, tornadoPiece, tornadoPieces } from '../../src/model/sensitivityRun';

const preset = (m: MunicipalityName, p: PlanName, extra: Partial<Scenario> = {}): Scenario => ({
  ...scenarioFromPresets(defaultScenario(), m, p),
  ...extra,
});

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

/** Best of `k` timings (the machine is shared). */
function best(k: number, f: () => unknown): number {
  let b = Infinity;
  for (let i = 0; i < k; i++) b = Math.min(b, time(f)[1]);
  return b;
}

// 1. The bare seedrandom draw rate (xor128, the fast generator).
const g = seedrandom.xor128('bench');
const DRAWS = 20_000_000;
let sink = 0;
const drawMs = best(3, () => {
  for (let i = 0; i < DRAWS; i++) sink += g();
});
const drawRate = DRAWS / (drawMs / 1000);

// 2. Child-years per second for the Hedemora preset (municipality hedemora, plan hedemora).
// Child-years per run: every child of the H + 16 cohorts, 16 yearly steps each.
const hed = preset('hedemora', 'hedemora');
simulate(hed, { runs: 200, seed: 'warm' });
const childYearsPerRun = (hed.horizon + 16) * hed.births * 16;
const hedMs = best(3, () => simulate(hed, { runs: 1000, seed: 'bench' }));
const cyRate = (1000 * childYearsPerRun) / (hedMs / 1000);
const hedNoneMs = best(3, () => simulate(preset('hedemora', 'none'), { runs: 1000, seed: 'bench' }));

// 3. Sweden.
const swe = preset('sweden', 'none');
const swePlan = preset('sweden', 'hedemora');
const sweBig = preset('sweden', 'none', { detect: 2e8, parent: 2e8, firstline: 2e8, school: 2e8 });
simulate(swePlan, { runs: 20, seed: 'warm' });
const sweMs = best(2, () => simulate(swe, { runs: 1000, seed: 'bench' }));
const swePlanMs = best(2, () => simulate(swePlan, { runs: 1000, seed: 'bench' }));
const sweRec = recommendedRuns(sweBig);
const sweBigRecMs = best(2, () => simulate(sweBig, { runs: sweRec, seed: 'bench' }));
const sweBig1000Ms = best(1, () => simulateRuns(sweBig, 'bench', 0, 1000));

const f = (v: number) => v.toFixed(0).padStart(8);
console.log(`seedrandom xor128 draws/s                         ${(drawRate / 1e6).toFixed(0)} million`);
console.log(`child-years covered/s, hedemora + hedemora plan  ${(cyRate / 1e6).toFixed(0)} million`);
console.log(`ratio child-years / seedrandom draws              ${(cyRate / drawRate).toFixed(2)}`);
console.log(`1 000 runs hedemora, plan hedemora            ${f(hedMs)} ms   (target <= 500)`);
console.log(`1 000 runs hedemora, no plan                  ${f(hedNoneMs)} ms`);
console.log(`1 000 runs sweden, no plan                    ${f(sweMs)} ms   (target <= 3000)`);
console.log(`1 000 runs sweden, plan hedemora              ${f(swePlanMs)} ms`);
console.log(`${String(sweRec).padStart(5)} runs sweden, 800 MSEK/year (recommended runs) ${f(sweBigRecMs)} ms`);
console.log(`1 000 runs sweden, 800 MSEK/year               ${f(sweBig1000Ms)} ms`);
console.log(
  `recommended runs: hedemora ${recommendedRuns(hed)}, sweden ${recommendedRuns(swe)}, sweden + hedemora plan ${recommendedRuns(swePlan)}`,
);

// 4. The investment curve (issue 11): 41 levels from 0 to where every area is capped, the plan's split kept,
// against one full result at the plan (the target: at most 1.5 x) and at the curve's top budget.
/** Best of `k`: wall-clock ms and this process's CPU ms (user + system; steadier on a shared machine). */
function bestBoth(k: number, fn: () => unknown): [number, number] {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < k; i++) {
    const c0 = process.cpuUsage();
    wall = Math.min(wall, time(fn)[1]);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return [wall, cpu];
}

function curveBench(name: string, s: Scenario, runs: number) {
  const lv = curveLevels(s);
  const top = scenarioAtLevel(s, lv, lv.budgets.length - 1);
  simulateCurve(s, { runs: 10, seed: 'warm' });
  const [fullMs, fullCpu] = bestBoth(2, () => simulate(s, { runs, seed: 'bench' }));
  const [topMs, topCpu] = bestBoth(2, () => simulate(top, { runs, seed: 'bench' }));
  const [curveMs, curveCpu] = bestBoth(2, () => simulateCurve(s, { runs, seed: 'bench' }));
  const r = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `curve ${name}, ${lv.budgets.length} levels to ${(lv.top / 1e6).toFixed(0)} MSEK/year, ${runs} runs: ` +
      `${f(curveMs)} ms (cpu ${f(curveCpu)} ms)\n` +
      `  one full result, same runs: at the plan ${f(fullMs)} ms (cpu ${f(fullCpu)}; ratio ${r(curveMs, fullMs)}, ` +
      `cpu ${r(curveCpu, fullCpu)}), at the curve's top ${f(topMs)} ms (cpu ${f(topCpu)})\n` +
      `CURVE ${name}: ratio curve / one full result at the curve's top ${r(curveMs, topMs)} (cpu ${r(curveCpu, topCpu)}; ` +
      `target <= 1.5, issue 22)`,
  );
  return curveMs;
}
curveBench('hedemora + hedemora plan', hed, 1000);
{
  const lv = curveLevels(swePlan);
  const ms = curveBench(
    'sweden + hedemora plan',
    swePlan,
    recommendedRuns(scenarioAtLevel(swePlan, lv, lv.budgets.length - 1)),
  );
  const rec = recommendedRuns(swePlan);
  console.log(
    `  one full result at its recommended ${rec} runs ${f(swePlanMs)} ms (ratio ${(ms / swePlanMs).toFixed(2)})`,
  );
}
// 5. The tornado (issue 23): every assumption at both ends of its range, one thread (the CLI's --sensitivity
// tornado part), against one full result; the ends by route (tornadoEnds.ts): from the central pass (the economics
// again, the scenario itself, the children's outcomes under other offsets) and by a full simulation each.
function tornadoBench(name: string, s: Scenario, runs: number) {
  const [oneMs, oneCpu] = bestBoth(1, () => simulate(s, { runs, seed: 'bench' }));
  const ends = tornadoEnds(s);
  const by = (r: string) => ends.filter((e) => e.route === r).length;
  const centralPiece = tornadoPieces(s, 1)[0];
  const [centralMs, centralCpu] = bestBoth(1, () => tornadoPiece(s, 'bench', runs, centralPiece));
  const [ms, cpu] = bestBoth(1, () => tornado(s, 'bench', runs));
  console.log(
    `tornado ${name}, ${ends.length / 2} assumptions x 2 ends, ${runs} runs: ${f(ms)} ms (cpu ${f(cpu)} ms; ` +
      `one full result ${f(oneMs)} ms, cpu ${f(oneCpu)})\n` +
      `  the central pass (the central run and ${ends.length - by('full')} ends: ${by('economics')} economics, ` +
      `${by('children')} children, ${by('partial')} partial, ${by('central')} the scenario itself) ${f(centralMs)} ms ` +
      `(cpu ${f(centralCpu)}), ${by('full')} full ends\n` +
      `TORNADO ${name}: ratio tornado / one full result ${(ms / oneMs).toFixed(1)} (cpu ${(cpu / oneCpu).toFixed(1)}; ` +
      `before issue 23's speed work 39.7 for Hedemora, 34.7 for Sweden)`,
  );
}
tornadoBench('hedemora + hedemora plan', hed, 1000);
tornadoBench('sweden + hedemora plan', swePlan, recommendedRuns(swePlan));
if (sink === 42) console.log('');
