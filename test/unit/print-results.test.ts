// The printed results of a workshop: every contribution with its number, text, organisation and
// votes, grouped by category then area, the frame (title, question, date) on top, tagged for
// screen readers; 100 contributions run over several pages without losing or cutting one.
import { describe, expect, it } from 'vitest';
import { groupResults, type ResultItem, type WorkshopResults } from '../../src/domain/workshop-results';
import { resultsSheet, textLines } from '../../src/print/figures/results-sheet';
import { pageSize, type Primitive } from '../../src/print/sheet';

const compare = (a: string, b: string) => a.localeCompare(b, 'de');
const options = { kreisName: 'Rhein-Sieg-Kreis', created: '7. Dezember 2026', date: '5. Dezember 2026', compare };
const workshop = { id: 'w', title: 'Sozialraum Nord', question: 'Was brauchen Familien mit Kindern?', date: '2026-12-05' };

const item = (number: number, over: Partial<ResultItem> = {}): ResultItem => ({ number, category: 'bedarf', text: `Beitrag ${number}`, organisation: null, votes: 0, area: 'Siegburg', ...over });

/** Every text on a page with the tags of the groups around it, outermost first. */
function texts(primitives: readonly Primitive[], tags: string[] = []): Array<{ text: string; tags: string[]; y: number }> {
  return primitives.flatMap((p) => (p.kind === 'group' ? texts(p.children, [...tags, p.tag]) : p.kind === 'text' ? [{ text: p.text, tags, y: p.y }] : []));
}

describe('grouping the results', () => {
  it('by category in the legend order, then area alphabetically (none last), the most votes first', () => {
    const groups = groupResults(
      [
        item(1, { category: 'frage', area: null }),
        item(2, { area: 'Troisdorf', votes: 1 }),
        item(3, { area: 'Alfter' }),
        item(4, { area: 'Troisdorf', votes: 5 }),
        item(5, { category: 'frage', area: 'Eitorf' }),
        item(6, { area: 'Alfter', votes: 2 }),
      ],
      compare,
    );
    expect(groups.map((g) => [g.category, g.count, g.votes])).toEqual([
      ['bedarf', 4, 8],
      ['frage', 2, 0],
    ]);
    expect(groups[0]!.areas.map((a) => [a.area, a.items.map((i) => i.number)])).toEqual([
      ['Alfter', [6, 3]],
      ['Troisdorf', [4, 2]],
    ]);
    expect(groups[1]!.areas.map((a) => a.area)).toEqual(['Eitorf', null]);
  });
});

describe('results pages', () => {
  const results: WorkshopResults = {
    workshop,
    items: [
      item(1, { text: 'Spielplatz fehlt am Markt', organisation: 'Elternrat Grundschule', votes: 3 }),
      item(2, { category: 'angebot', text: 'Familienzentrum mit Beratung', area: 'Troisdorf', votes: 1 }),
      item(3, { category: 'idee', text: 'Treff für Jugendliche <script>alert(1)</script>', area: null }),
    ],
  };

  it('say title, question, date and sums, then each contribution under its category and area', () => {
    const pages = resultsSheet(results, options);
    expect(pages).toHaveLength(1);
    const all = texts(pages[0]!);
    const find = (t: string) => all.find((x) => x.text === t);
    expect(find('Ergebnisse des Workshops')?.tags).toEqual(['H1']);
    expect(find('Sozialraum Nord')?.tags).toEqual(['P']);
    expect(find('Leitfrage: Was brauchen Familien mit Kindern?')).toBeDefined();
    expect(find('Datum: 5. Dezember 2026')).toBeDefined();
    expect(find('3 Beiträge, 4 Stimmen')).toBeDefined();
    expect(all.filter((t) => t.tags.at(-1) === 'H2').map((t) => t.text)).toEqual(['Bedarf (1)', 'Angebot (1)', 'Idee / Maßnahme (1)']);
    expect(all.filter((t) => t.tags.at(-1) === 'H3').map((t) => t.text)).toEqual(['Siegburg', 'Troisdorf', 'ohne Gebiet']);
    expect(find('1.')?.tags).toEqual(['L', 'LI', 'Lbl']);
    expect(find('Spielplatz fehlt am Markt')?.tags).toEqual(['L', 'LI', 'LBody']);
    expect(find('Elternrat Grundschule')?.tags).toEqual(['L', 'LI', 'LBody']);
    expect(find('3 Stimmen')).toBeDefined();
    expect(find('1 Stimme')).toBeDefined();
    expect(find('Treff für Jugendliche <script>alert(1)</script>')).toBeDefined();
    expect(find('Rhein-Sieg-Kreis')).toBeDefined();
    // in reading order: heading, area, number, text
    const order = ['Bedarf (1)', 'Siegburg', '1.', 'Spielplatz fehlt am Markt', 'Angebot (1)', 'Troisdorf', '2.'].map((t) => all.findIndex((x) => x.text === t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('run 100 contributions over several pages: each once, none below the margin, the pages numbered', () => {
    const long = 'Wir brauchen mehr Angebote für Familien im Quartier, besonders am Nachmittag und in den Ferien. '.repeat(4);
    const many: WorkshopResults = {
      workshop,
      items: Array.from({ length: 100 }, (_, i) =>
        item(i + 1, { category: (['bedarf', 'angebot', 'idee', 'frage'] as const)[i % 4], text: `${i + 1}: ${long}`, area: `Gebiet ${i % 7}`, organisation: i % 3 ? null : 'Verein', votes: i % 5 }),
      ),
    };
    const pages = resultsSheet(many, options);
    expect(pages.length).toBeGreaterThan(5);
    const { height } = pageSize('A4', 'portrait');
    const labels = pages.flatMap((p) => texts(p).filter((t) => t.tags.at(-1) === 'Lbl'));
    expect(labels.map((l) => l.text).sort((a, b) => parseFloat(a) - parseFloat(b))).toEqual(Array.from({ length: 100 }, (_, i) => `${i + 1}.`));
    for (const [i, page] of pages.entries()) {
      const body = texts(page).filter((t) => t.text !== 'Rhein-Sieg-Kreis' && !t.text.startsWith('Erstellt am'));
      expect(Math.max(...body.map((t) => t.y))).toBeLessThan(height - 15 - 8 + 1);
      expect(texts(page).some((t) => t.text === `Erstellt am 7. Dezember 2026 · Seite ${i + 1} von ${pages.length}`)).toBe(true);
      if (i > 0) expect(texts(page)[0]!.text).toBe('Ergebnisse des Workshops „Sozialraum Nord“ (Fortsetzung)');
    }
    // every word of every text is printed: nothing cut
    const printed = pages.flatMap((p) => texts(p).filter((t) => t.tags.includes('LBody')).map((t) => t.text)).join(' ');
    expect(printed.split(/\s+/).filter((w) => w === 'Ferien.').length).toBe(400);
  });

  it('keep line breaks of a text and break a word too long for the line', () => {
    expect(textLines('erste Zeile\nzweite Zeile', 9, 100)).toEqual(['erste Zeile', 'zweite Zeile']);
    const url = `https://example.org/${'a'.repeat(200)}`;
    const lines = textLines(url, 9, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
  });

  it('say so when the workshop has no contributions yet', () => {
    const pages = resultsSheet({ workshop, items: [] }, options);
    expect(texts(pages[0]!).map((t) => t.text)).toContain('Dieser Workshop hat noch keine Beiträge.');
  });
});

describe('results pages in the PDF', () => {
  it('are tagged: a list per area with label and body, headings of three levels', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { inflateSync } = await import('node:zlib');
    const { renderPdf } = await import('../../src/print/render-pdf');
    const fonts = { regular: readFileSync('src/print/fonts/DejaVuSans.ttf'), bold: readFileSync('src/print/fonts/DejaVuSans-Bold.ttf') };
    const items = Array.from({ length: 30 }, (_, i) =>
      item(i + 1, { category: (['bedarf', 'angebot', 'idee', 'frage'] as const)[i % 4], text: `Beitrag „${i + 1}“; mit Umlauten äöü und "Anführung"\nzweite Zeile`, area: i % 3 ? `Gebiet ${i % 3}` : null, organisation: i % 2 ? 'Caritas' : null, votes: i % 4 }),
    );
    const pages = resultsSheet({ workshop, items }, options);
    const blob = await renderPdf(pages.map((primitives) => ({ primitives, size: pageSize('A4', 'portrait') })), fonts, { title: 'Ergebnisse', subject: workshop.title });
    const bytes = Buffer.from(await blob.arrayBuffer());
    if (process.env.RESULTS_PDF_OUT) writeFileSync(process.env.RESULTS_PDF_OUT, bytes);
    let pdf = bytes.toString('latin1');
    for (const m of pdf.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
      try {
        pdf += `\n${inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1')}`;
      } catch {
        // not deflated
      }
    }
    for (const tag of ['H1', 'H2', 'H3', 'L', 'LI', 'Lbl', 'LBody', 'P']) expect(pdf, tag).toMatch(new RegExp(`/S /${tag}\\b`));
  });
});
