// The PDF as a screen reader and a council information system get it: every font embedded (as
// a subset), a structure tree with the document language, the title shown as window title, the
// map a Figure with its text alternative, the legend a table.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { renderPdf } from '../../src/print/render-pdf';
import { layoutSheet, pageSize } from '../../src/print/sheet';
import { tableBlock } from '../../src/print/blocks';

const fonts = { regular: readFileSync('src/print/fonts/DejaVuSans.ttf'), bold: readFileSync('src/print/fonts/DejaVuSans-Bold.ttf') };
const content = {
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
  summary: 'Kinderarmut 2022, Städte und Gemeinden: am höchsten Siegburg (20,1 %), am niedrigsten Wachtberg (4,0 %).',
};

/** The PDF's objects with their streams inflated, as one latin1 string to search. */
function readable(bytes: Buffer): string {
  let text = bytes.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      text += '\n' + inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      // not deflated (the JPEG, the font files are deflated too but binary)
    }
  }
  return text;
}

describe('tagged PDF with embedded fonts', () => {
  it('writes structure, language, title, embedded subsets and the map as a Figure', async () => {
    const options = { paper: 'A4', orientation: 'landscape', title: 'Veränderung seit 2021', subtitle: 'Sozialräume · Siegburg · Stand 2022', note: '' } as const;
    const table = tableBlock({ id: 'table', title: 'Werte', header: ['Gebiet', 'Wert'], numeric: [false, true], rows: [{ cells: ['Siegburg', '20,1'] }, { cells: ['Wachtberg', '4,0'] }] });
    const layout = layoutSheet(options, content, [table]);
    // The map image is left out: Node has no canvas; structure and text are what is checked here.
    const blob = await renderPdf(layout.pages.map((primitives) => ({ primitives, size: pageSize('A4', 'landscape') })), fonts, { title: options.title, subject: options.subtitle });
    const bytes = Buffer.from(await blob.arrayBuffer());
    if (process.env.PRINT_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.PRINT_PDF_OUT, bytes);
    const pdf = readable(bytes);
    expect(pdf).toMatch(/\/StructTreeRoot/);
    expect(pdf).toMatch(/\/Marked true/);
    expect(pdf).toMatch(/\/Lang \(de-DE\)/);
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    // Text strings beyond ASCII are written UTF-16BE (byte order mark, PDF escapes): compared bare.
    const bare = (t: string) => t.replace(/\\[0-7]{3}|\\.|[^\x20-\x7e]/g, '');
    expect(pdf).toMatch(/\/Title \d+ 0 R/);
    expect(bare(pdf)).toContain('(Vernderung seit 2021)');
    for (const tag of ['H1', 'H2', 'Figure', 'Table', 'TR', 'TH', 'TD', 'P']) expect(pdf, tag).toMatch(new RegExp(`/S /${tag}\\b`));
    expect(bare(pdf)).toContain(`/Alt (${bare(content.summary.split(" (")[0])}`);
    // Every font is a TrueType subset with its file embedded, none is a standard font.
    const fontsUsed = [...pdf.matchAll(/\/BaseFont \/([A-Z]{6}\+)?([\w-]+)/g)];
    expect(fontsUsed.length).toBeGreaterThanOrEqual(2);
    for (const f of fontsUsed) {
      expect(f[1], `${f[2]} is a subset`).toBeDefined();
      expect(f[2]).toMatch(/^DejaVuSans/);
    }
    expect(pdf.match(/\/FontFile2/g)?.length).toBeGreaterThanOrEqual(2);
    expect(pdf).not.toMatch(/Helvetica/);
    expect(pdf).toMatch(/\/Artifact/);
    // The map figure's place on the page: its frame, in pt from the bottom left.
    const [x0, , x1] = (pdf.match(/\/S \/Figure[\s\S]*?\/BBox \[([^\]]+)\]/)?.[1] ?? '').trim().split(/\s+/).map(Number);
    expect(x0).toBeCloseTo(layout.frame.x * (72 / 25.4), 0);
    expect(x1).toBeCloseTo((layout.frame.x + layout.frame.w) * (72 / 25.4), 0);
  });
});
