// PDF text is real text in Helvetica's WinAnsi code page: what format.ts writes (a minus sign,
// en dashes, German quotes) must come out as one byte per glyph, or readers show garbage.
import { describe, expect, it } from 'vitest';
import { encodable, toWinAnsi } from '../../src/print/win-ansi';
import { renderPdf } from '../../src/print/render-pdf';
import { layoutSheet, pageSize } from '../../src/print/sheet';

describe('WinAnsi text for the PDF', () => {
  it('keeps what the code page has and substitutes the minus sign', () => {
    expect(toWinAnsi('−1,2 bis unter ±0,0')).toBe('-1,2 bis unter ±0,0');
    expect(toWinAnsi('Beispieldaten – keine amtlichen Grenzen und Zahlen')).toBe('Beispieldaten – keine amtlichen Grenzen und Zahlen');
    expect(toWinAnsi('„Sozialräume“ · Ew./km² · 5 €')).toBe('„Sozialräume“ · Ew./km² · 5 €');
    expect(toWinAnsi('a\u202fb ≥ c 日')).toBe('a\u00a0b >= c ?');
    expect([...toWinAnsi('−–—…‘’‚ƒ†‡ˆ‰Š‹ŒŽ•˜™š›œžŸ')].every(encodable)).toBe(true);
  });

  it('the PDF carries the legend of a change map as one-byte text', async () => {
    const options = { paper: 'A4', orientation: 'landscape', title: 'Veränderung seit 2021', subtitle: 'Sozialräume · Siegburg · Stand 2022', note: '' } as const;
    const sheet = layoutSheet(options, {
      legendTitle: 'Veränderung seit 2021: Kinderarmut (Prozentpunkte)',
      legend: [
        { label: '1: −1,2 bis unter ±0,0', count: '3 Gebiete', fill: '#2166ac', hatched: false },
        { label: '2: ±0,0 bis +0,8', count: '2 Gebiete', fill: '#b2182b', hatched: false },
      ],
      legendNotes: ['Beispieldaten – keine amtlichen Grenzen und Zahlen'],
      credits: ['Quelle: X, Stand 2021 und 2022 – Beispieldaten – keine amtlichen Grenzen und Zahlen'],
      kreisName: 'Rhein-Sieg-Kreis',
      created: '25.11.2026',
      metresPerMm: 250,
    });
    // The map image is left out: Node has no canvas, and the text is what is checked here.
    const noCanvas = {} as HTMLCanvasElement;
    const blob = renderPdf(sheet.filter((p) => p.kind !== 'map'), pageSize('A4', 'landscape'), noCanvas, { title: options.title, subject: options.subtitle });
    const pdf = Buffer.from(await blob.arrayBuffer()).toString('latin1');
    const shown = [...pdf.matchAll(/\((.*)\) Tj/g)].map((m) => m[1]);
    // WinAnsi bytes back to text (Node's decoders treat windows-1252 as Latin-1), PDF escapes undone.
    const winAnsiExtra: Record<string, string> = { '\x96': '–', '\x84': '„', '\x93': '“' };
    const lines = shown.map((s) => s.replace(/[\x80-\x9f]/g, (c) => winAnsiExtra[c] ?? '\ufffd').replace(/\\([()\\])/g, '$1'));
    expect(lines).toContain('1: -1,2 bis unter ±0,0');
    expect(lines).toContain('2: ±0,0 bis +0,8');
    expect(lines).toContain('Kinderarmut (Prozentpunkte)');
    expect(lines).toContain('Quelle: X, Stand 2021 und 2022 – Beispieldaten – keine amtlichen Grenzen und Zahlen');
    expect(shown.every((s) => !s.includes('\u0000')), 'no two-byte strings').toBe(true);
  });
});
