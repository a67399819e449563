/**
 * The scenario state: every control of the page, as runes. The link (src/state/link.ts) is its serialized
 * form. Controls call the methods; values are always clamped into the parameter's range.
 */
import { BUDGET_MAX, PARAM_BY_KEY, clampParam, defaultScenario } from '../model/params';
import {
  isPreset,
  matchMunicipality,
  matchPlan,
  resolveScenario,
  type MunicipalityName,
  type PlanName,
  type PresetMunicipality,
} from '../model/presets';
import { exactRuns } from '../model/exactRuns';
import { AREAS, type AreaKey, type Scenario, type ScenarioKey } from '../model/types';
import type { Lang } from '../i18n';
import {
  decodeLink,
  defaultLinkState,
  encodeLink,
  type LinkNote,
  type LinkState,
  type PinnedLink,
  type View,
} from './link';
import { adviceOf, latestAdvice, requestOfQuery } from './modelChunk.svelte';
import * as edit from './scenarioEdit';

export { ASSUMPTION_KEYS, envelopeOf, splitEnvelope, withDefaultAssumptions } from './scenarioEdit';
export { runsReady } from './modelChunk.svelte';

/**
 * Components read the getters and call the intent methods; nothing outside assigns a field (they are private).
 */
export class ScenarioState {
  #municipality = $state<MunicipalityName>('hedemora');
  #plan = $state<PlanName>('hedemora');
  #scenario = $state<Scenario>(defaultLinkState().scenario);
  #seed = $state('1');
  #curve = $state(false);
  #sensitivity = $state(false);
  #runs = $state<number | null>(null);
  #lang = $state<Lang>('sv');
  #pinned = $state<PinnedLink | null>(null);
  #embed = $state(false);
  #baseMunicipality = $state<PresetMunicipality>('hedemora');
  #basePlan = $state<Exclude<PlanName, 'custom'>>('hedemora');
  #locked = $state(false);
  #notes = $state<LinkNote[]>([]);

  get municipality() {
    return this.#municipality;
  }
  get plan() {
    return this.#plan;
  }
  get scenario() {
    return this.#scenario;
  }
  get seed() {
    return this.#seed;
  }
  /** Runs asked for by the link; null = automatic. */
  get runs() {
    return this.#runs;
  }
  get lang() {
    return this.#lang;
  }
  /** Scenario A, pinned for comparison; it travels in the link. */
  get pinned() {
    return this.#pinned;
  }
  get embed() {
    return this.#embed;
  }
  /** The last named presets: what "reset" returns a control to. */
  get baseMunicipality() {
    return this.#baseMunicipality;
  }
  get basePlan() {
    return this.#basePlan;
  }
  /** Keep the total fixed when one area moves. */
  get locked() {
    return this.#locked;
  }
  /** Problems found in the link this page was opened with. */
  get notes() {
    return this.#notes;
  }

  envelope = $derived(edit.envelopeOf(this.scenario));
  /**
   * The model's full-reach budget per area (the budget sliders' tops), from the advice worker
   * (modelChunk.svelte.ts): a scenario's own once its answer is there, the last answer meanwhile (a slider's top
   * does not jump while it is dragged); null before the first answer.
   */
  get fullReach(): ((s: Scenario, a: AreaKey) => number) | null {
    const last = latestAdvice();
    const now = adviceOf(this.scenario);
    if (!last && !now) return null;
    return (sc, a) => (adviceOf(sc) ?? last ?? now)!.fullReach[a];
  }
  /**
   * Runs of the full result: the link's, or the model's recommendation for this scenario (deterministic, so
   * links reproduce): at once where every child is simulated (model/exactRuns.ts), else from the advice worker,
   * null while its answer is on its way (a round trip after a change of a large municipality's scenario).
   */
  requestRuns = $derived(this.runs ?? exactRuns(this.scenario) ?? adviceOf(this.scenario)?.runs ?? null);
  view = $derived<View>(
    this.#sensitivity ? 'sensitivity' : this.#curve ? 'curve' : this.pinned ? 'compare' : 'workshop',
  );
  assumptionsChanged = $derived(edit.ASSUMPTION_KEYS.some((k) => this.scenario[k] !== defaultScenario()[k]));
  link = $derived(encodeLink(this.snapshot()));

  constructor(query = '') {
    this.#load(query);
  }

  /**
   * Opens an (untrusted) link query: everything it says replaces the scenario; problems become notes. The
   * view mode (embed or not) is the page's own and is kept. `keepLanguage`: the page keeps its language
   * (a saved scenario or A opened from the page); `keepPinned`: A stays pinned (A opened again).
   */
  open(query: string, opts: { keepLanguage?: boolean; keepPinned?: boolean } = {}) {
    const { lang, embed, pinned } = { lang: this.#lang, embed: this.#embed, pinned: this.#pinned };
    this.#load(query);
    this.#embed = embed;
    if (opts.keepLanguage) this.#lang = lang;
    if (opts.keepPinned) this.#pinned = pinned;
  }

  #load(query: string) {
    const { state, notes } = decodeLink(query);
    this.#apply(state);
    this.#notes = notes;
  }

  #apply(st: LinkState) {
    this.#municipality = st.municipality;
    this.#plan = st.plan;
    if (isPreset(st.municipality)) this.#baseMunicipality = st.municipality;
    if (st.plan !== 'custom') this.#basePlan = st.plan;
    this.#scenario = st.scenario;
    this.#seed = st.seed;
    this.#runs = st.runs;
    this.#lang = st.lang;
    this.#pinned = st.pinned;
    this.#embed = st.embed;
    this.#curve = st.view === 'curve';
    this.#sensitivity = st.view === 'sensitivity';
  }

  setLanguage(lang: Lang) {
    this.#lang = lang;
  }

  dismissNotes() {
    this.#notes = [];
  }

  /** Adds notes found outside the scenario's keys (display keys, a present-mode story). */
  addNotes(notes: LinkNote[]) {
    if (notes.length) this.#notes = [...this.#notes, ...notes];
  }

  setLocked(locked: boolean) {
    this.#locked = locked;
  }

  unpin() {
    this.#pinned = null;
  }

  snapshot(): LinkState {
    return {
      municipality: this.municipality,
      plan: this.plan,
      scenario: { ...this.scenario },
      seed: this.seed,
      runs: this.runs,
      lang: this.lang,
      view: this.view,
      embed: this.embed,
      pinned: this.pinned ? { ...this.pinned } : null,
    };
  }

  /** Pins the current scenario as A (its link without a nested A). */
  pin(label: string) {
    this.#pinned = { label, query: encodeLink({ ...this.snapshot(), pinned: null }) };
  }

  /** The request that answers a pinned link (decoded like any link), once its run recommendation is there. */
  static requestOf = requestOfQuery;

  setMunicipality(m: MunicipalityName) {
    this.#municipality = m;
    if (!isPreset(m)) return;
    this.#baseMunicipality = m;
    // The plan (when it is a named one) follows, scaled to the new population.
    this.#scenario = resolveScenario(m, this.plan, this.scenario);
  }

  /** "Min kommun": one of the user's own figures (clamped); a named plan follows, scaled to the births. */
  setOwn(key: 'births' | 'baseRisk', value: number) {
    const plan = this.plan;
    this.#municipality = 'own';
    this.set(key, value);
    if (plan !== 'custom') this.setPlan(plan);
  }

  setPlan(p: PlanName) {
    this.#plan = p;
    if (p !== 'custom') this.#basePlan = p;
    if (p !== 'custom') this.#scenario = resolveScenario('custom', p, this.scenario);
  }

  /** Sets one parameter (clamped). Budgets respect the envelope lock. */
  set(key: ScenarioKey, value: number | string) {
    const next = edit.withParam(this.scenario, key, value, this.locked);
    if (next === null) return;
    if (next !== this.scenario) this.#scenario = next;
    this.rematch();
  }

  /** Moving the total scales the split (an empty plan is split evenly). */
  setEnvelope(total: number) {
    if (!Number.isFinite(total)) return;
    const t = Math.max(0, Math.min(4 * BUDGET_MAX, total));
    this.#scenario = { ...this.scenario, ...edit.splitEnvelope(t, this.scenario) };
    this.rematch();
  }

  /** Sets the four areas' budgets at once (the best split); each clamped like its slider. */
  setSplit(budgets: Record<AreaKey, number>) {
    const next = { ...this.scenario };
    for (const a of AREAS) {
      const p = PARAM_BY_KEY[a];
      if (p.kind === 'number' && Number.isFinite(budgets[a])) next[a] = clampParam(p, budgets[a]);
    }
    this.#scenario = next;
    this.rematch();
  }

  /** Shows the investment curve (view=curve in the link) or the results. */
  showCurve(on: boolean) {
    this.#curve = on;
    this.#sensitivity = false;
  }

  /** Shows "Vad avgör svaret?" (view=sensitivity in the link) or the results. */
  showSensitivity(on: boolean) {
    this.#sensitivity = on;
    if (on) this.#curve = false;
  }

  reset(key: ScenarioKey) {
    const base = resolveScenario(this.baseMunicipality, this.basePlan);
    this.#scenario = { ...this.scenario, [key]: base[key] };
    this.rematch();
  }

  resetAssumptions() {
    this.#scenario = edit.withDefaultAssumptions(this.scenario);
  }

  private rematch() {
    // The user's own municipality stays theirs whatever they type; a preset with edited figures becomes custom.
    if (this.#municipality !== 'own') this.#municipality = matchMunicipality(this.scenario, this.baseMunicipality);
    this.#plan = matchPlan(this.scenario, this.basePlan);
  }
}
