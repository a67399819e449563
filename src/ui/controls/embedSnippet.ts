/** The iframe snippet a web editor pastes (no script: many intranets forbid scripts but allow iframes). */
import type { ChartId, ControlsMode } from '../../state/display';
import { escapeXml } from '../export/xml';

export function embedSnippet(
  pageHref: string,
  query: string,
  opts: { chart: ChartId; controls: ControlsMode; title: string },
): string {
  const u = new URL(pageHref);
  const q = new URLSearchParams(query);
  q.delete('embed');
  q.set('embed', '1');
  if (opts.chart !== 'halving') q.set('chart', opts.chart);
  if (opts.controls !== 'none') q.set('controls', opts.controls);
  u.search = '?' + q.toString();
  u.hash = '';
  return (
    `<iframe src="${escapeXml(u.toString())}" title="${escapeXml(opts.title)}" width="800" height="450" ` +
    `style="border:0;max-width:100%;aspect-ratio:16/9;height:auto" loading="lazy"></iframe>`
  );
}
