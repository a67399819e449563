// tornado timing only (runs in either tree): wall and CPU of tornado() for hedemora + plan, 1000 runs
import { defaultScenario } from './src/model/params';
import { scenarioFromPresets } from './src/model/presets';
import { simulate } from './src/model/simulate';
import { tornado } from './src/model/sensitivityRun';
const m = (process.argv[2] ?? 'hedemora') as 'hedemora' | 'sweden';
const s = scenarioFromPresets(defaultScenario(), m, 'hedemora');
const runs = 1000;
simulate(s, { runs: 100, seed: 'w' }); tornado(s, 'w', 30);
const both = (f: () => unknown) => { const c0 = process.cpuUsage(); const t0 = performance.now(); f(); const w = performance.now() - t0; const c = process.cpuUsage(c0); return [w, (c.user + c.system) / 1000]; };
const one = both(() => simulate(s, { runs, seed: 'bench' }));
const t = both(() => tornado(s, 'bench', runs));
console.log(`${m}: one full ${one[0].toFixed(0)} ms (cpu ${one[1].toFixed(0)}), tornado ${t[0].toFixed(0)} ms (cpu ${t[1].toFixed(0)}), ratio ${(t[0]/one[0]).toFixed(1)} (cpu ${(t[1]/one[1]).toFixed(1)})`);
