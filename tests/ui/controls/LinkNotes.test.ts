import { describe, expect, it } from 'vitest';
import LinkNotes from '../../../src/ui/controls/LinkNotes.svelte';
import { decodeLink } from '../../../src/state/link';
import { html } from './render';

const hostile =
  '?births=NaN&baseRisk=-1&detect=1e99&lang=<script>alert(1)</script>&seed=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&x=<b>hi</b>';

describe('LinkNotes', () => {
  it('lists a hostile link’s values as escaped text, never as markup', () => {
    const { notes } = decodeLink(hostile);
    const body = html(LinkNotes, { notes, lang: 'sv' as const, ondismiss: () => {} });
    expect((body.match(/<li>/g) ?? []).length).toBe(notes.length);
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).toContain('&lt;b>hi&lt;/b>');
    expect(body).not.toMatch(/<script|<img|<b>/);
    expect(body).toContain('Stäng');
  });
  it('renders nothing when the link was clean', () => {
    const body = html(LinkNotes, { notes: [], lang: 'en' as const, ondismiss: () => {} });
    expect(body).not.toContain('<aside');
  });
});
