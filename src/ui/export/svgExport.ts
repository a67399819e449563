/**
 * A chart as a file that stands on its own: its title above, the legend, the scenario's plain-language
 * summary, the source line and the link below, all in one SVG (text as text). PNG is the same SVG drawn on a
 * canvas at twice the size. Pure string building except `chartPng`, which needs a browser.
 */
import { DASH, type LegendItem } from '../charts/legend';
import { TEXT } from '../charts/palette';
import { escapeXml } from './xml';

export interface ExportText {
  title: string;
  summary: string;
  source: string;
  link: string;
  legend: LegendItem[];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export { escapeXml };

/** Breaks text into lines of about `chars` characters at spaces (a long word stays whole). */
export function wrap(text: string, chars: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

function swatch(it: LegendItem, x: number, y: number): string {
  const c = escapeXml(it.color);
  switch (it.kind) {
    case 'band':
      return `<rect x="${x + 1}" y="${y + 3}" width="26" height="10" fill="${escapeXml(it.fill ?? 'none')}" stroke="${c}" stroke-width="1.5"/>`;
    case 'circle':
      return `<circle cx="${x + 14}" cy="${y + 8}" r="5" fill="none" stroke="${c}" stroke-width="2"/>`;
    case 'diamond':
      return `<path d="M${x + 14} ${y + 2}L${x + 20} ${y + 8}L${x + 14} ${y + 14}L${x + 8} ${y + 8}Z" fill="${c}"/>`;
    case 'square':
      return `<rect x="${x + 8}" y="${y + 2}" width="12" height="12" fill="${c}"/>`;
    default: {
      const dash = DASH[it.kind] ? ` stroke-dasharray="${DASH[it.kind]}"` : '';
      return `<line x1="${x + 1}" x2="${x + 27}" y1="${y + 8}" y2="${y + 8}" stroke="${c}" stroke-width="3"${dash}/>`;
    }
  }
}

/**
 * The standalone SVG. `chartMarkup` is the chart's own <svg> (serialized), `w` × `h` its viewBox size.
 */
export function standaloneSvg(chartMarkup: string, w: number, h: number, text: ExportText): string {
  const pad = 16;
  const fs = 14;
  const width = Math.max(w, 560) + 2 * pad;
  const chars = Math.floor((width - 2 * pad) / (fs * 0.52));
  const parts: string[] = [];
  let y = pad;
  for (const line of wrap(text.title, Math.floor(chars * 0.8))) {
    y += 20;
    parts.push(
      `<text x="${pad}" y="${y}" font-size="18" font-weight="700" fill="${TEXT.ink}">${escapeXml(line)}</text>`,
    );
  }
  y += 10;
  const inner = chartMarkup.replace(/^<svg\b/, `<svg x="${pad}" y="${y}" width="${w}" height="${h}"`);
  parts.push(inner);
  y += h + 12;
  let x = pad;
  for (const it of text.legend) {
    const itemW = 34 + it.label.length * fs * 0.55 + 16;
    if (x > pad && x + itemW > width - pad) {
      x = pad;
      y += 22;
    }
    parts.push(swatch(it, x, y));
    parts.push(`<text x="${x + 34}" y="${y + 12}" font-size="${fs}" fill="${TEXT.ink}">${escapeXml(it.label)}</text>`);
    x += itemW;
  }
  if (text.legend.length) y += 28;
  const lines: [string, string][] = [
    ...wrap(text.summary, chars).map((l) => [l, TEXT.ink] as [string, string]),
    ...wrap(text.source, chars).map((l) => [l, TEXT.muted] as [string, string]),
    ...wrap(text.link, chars).map((l) => [l, '#1d4e89'] as [string, string]),
  ];
  for (const [line, color] of lines) {
    y += fs * 1.4;
    parts.push(`<text x="${pad}" y="${y}" font-size="${fs}" fill="${color}">${escapeXml(line)}</text>`);
  }
  const height = Math.ceil(y + pad);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(text.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`
  );
}

/** The chart's <svg> element as standalone markup (its size read from the viewBox). */
export function chartSvg(el: SVGSVGElement, text: ExportText): string {
  const vb = el.viewBox.baseVal;
  const clone = el.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute('width');
  clone.setAttribute('font-family', FONT);
  const markup = new XMLSerializer().serializeToString(clone);
  return standaloneSvg(markup, vb.width, vb.height, text);
}

/** Draws standalone SVG markup on a canvas at `scale` and returns it as a PNG blob. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.width * scale);
    canvas.height = Math.ceil(img.height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name (an <a download> click; no network). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
