/**
 * The Swedish texts that are not in the page's first chunk, in one lazy chunk (`loadLaterTexts`, i18n/index.ts):
 * the controls panels below the first screen and the charts' and money texts of the parts below it.
 */
export { panels } from './panels';
export { chartsBelow } from './chartsBelow';
export { moneyBelow } from './moneyBelow';
