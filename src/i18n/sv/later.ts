/**
 * The Swedish texts that are not in the page's first chunk, in one lazy chunk (`loadLaterTexts`, i18n/index.ts):
 * the controls panels below the first screen, the charts' and money texts of the parts below it, present mode's.
 */
export { panels } from './panels';
export { chartsBelow } from './chartsBelow';
export { moneyBelow } from './moneyBelow';
export { present } from './present';
