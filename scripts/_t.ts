import { curveLevels, curveRuns, summarizeCurve, mergeCurveBatches, scenarioAtLevel } from '../src/model/curve';
import { simulate, recommendedRuns } from '../src/model/simulate';
import { defaultScenario } from '../src/model/params';
import { scenarioFromPresets } from '../src/model/presets';
for (const m of ['hedemora', 'sweden']) {
  const s = scenarioFromPresets(defaultScenario(), m as any, 'hedemora' as any);
  let t = performance.now();
  const lv = curveLevels(s, {});
  const tl = performance.now() - t;
  const runs = m === 'sweden' ? recommendedRuns(scenarioAtLevel(s, lv, lv.budgets.length - 1)) : 1000;
  curveRuns(s, lv, 'w', 0, 5);
  t = performance.now();
  const bs = [];
  for (let r = 0; r < runs; r += 20) bs.push(curveRuns(s, lv, 'b', r, Math.min(runs, r + 20)));
  const tr = performance.now() - t;
  t = performance.now();
  const mb = mergeCurveBatches(bs);
  const tm = performance.now() - t;
  t = performance.now();
  summarizeCurve(s, 'b', lv, mb);
  const ts = performance.now() - t;
  t = performance.now();
  simulate(s, { runs: m === 'sweden' ? recommendedRuns(s) : 1000, seed: 'b' });
  const tp = performance.now() - t;
  console.log(m, runs, { levels: tl.toFixed(0), runs: tr.toFixed(0), perRun: (tr / runs).toFixed(2), merge: tm.toFixed(0), summarize: ts.toFixed(0), plan: tp.toFixed(0) });
}
