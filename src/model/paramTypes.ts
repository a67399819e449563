/** The parameter registry's types: a parameter's kind, group, unit, default and range. */
import type { ScenarioKey } from './types';

export type ParamGroup = 'population' | 'plan' | 'assumption';
export type Unit = 'children' | 'share' | 'year' | 'years' | 'SEK/year' | 'SEK' | 'd' | 'rate' | 'flag' | 'choice';

interface Base {
  key: ScenarioKey;
  group: ParamGroup;
  unit: Unit;
  /** Short English description for the CLI's --help (the interface's texts live in src/i18n). */
  help: string;
}
export interface NumberParam extends Base {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  step: number;
  integer: boolean;
}
export interface ChoiceParam extends Base {
  kind: 'choice';
  default: string;
  choices: readonly string[];
}
export type Param = NumberParam | ChoiceParam;
