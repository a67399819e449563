/** Types of scripts/firstLoad.mjs (the browser test imports it). */
export const AUTO_LAZY: string[];
export const MODEL_MARKERS: string[];
export interface FirstLoadFile {
  /** Path under dist/, e.g. assets/index-abc.js. */
  file: string;
  /** 'entry', or the AUTO_LAZY module that first pulls the file in. */
  source: string;
  /** Only the model's modules pull it in, or it holds a model marker. */
  model: boolean;
  markers: string[];
}
export function firstLoad(dist?: string): FirstLoadFile[];
