import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fitLine, flatten, layoutSheet, pageSize, scaleBar, textWidth, wrap, type Box } from '../../src/print/sheet';
import { chartBlock, tableBlock } from '../../src/print/blocks';
import { placeLabels, riverLabels } from '../../src/print/labels';
import { sheetContent } from '../../src/print/content';
import { viewBlocks } from '../../src/print/view-blocks';
import { layoutView } from '../../src/print/compose';
import { loadAtlasData } from '../../src/data/atlas-data';
import { DEFAULT_STATE, type AtlasState } from '../../src/state/atlas-state';
import { makePlan } from '../../src/state/plan';

const page1 = (...args: Parameters<typeof layoutSheet>) => flatten(layoutSheet(...args).pages[0]);

describe('print sheet', () => {
  it('knows A4 and A3 in both orientations', () => {
    expect(pageSize('A4', 'portrait')).toEqual({ width: 210, height: 297 });
    expect(pageSize('A3', 'landscape')).toEqual({ width: 420, height: 297 });
  });

  it('picks a round scale bar no longer than allowed', () => {
    expect(scaleBar(200, 60)).toEqual({ metres: 10000, mm: 50, label: '10 km' });
    expect(scaleBar(200, 40)).toEqual({ metres: 5000, mm: 25, label: '5 km' });
    expect(scaleBar(10, 30)).toMatchObject({ metres: 200, label: '200 m' });
    expect(scaleBar(1000, 30).label).toBe('20 km');
  });

  it('sets a long title smaller instead of cutting it, and cuts only with an ellipsis', () => {
    const title = 'Veränderung seit 2018: Kinderarmut: SGB-II-Leistungsberechtigte unter 15 Jahren';
    const fitted = fitLine(title, 18, 12, 273, true);
    expect(fitted.text).toBe(title);
    expect(fitted.size).toBeLessThan(18);
    expect(fitted.size).toBeGreaterThanOrEqual(12);
    expect(fitLine('Kurz', 18, 12, 273)).toEqual({ text: 'Kurz', size: 18 });
    const cut = fitLine(title.repeat(3), 18, 12, 273, true);
    expect(cut.size).toBe(12);
    expect(cut.text).toMatch(/^Veränderung seit 2018: .* …$/);
    const sheet = page1({ paper: 'A4', orientation: 'landscape', title, subtitle: 'Sozialräume', note: '' }, {
      legendTitle: 'T',
      legend: [],
      legendNotes: [],
      credits: [],
      kreisName: 'K',
      created: '1.1.2026',
      metresPerMm: 250,
    });
    expect(sheet.some((p) => p.kind === 'text' && p.text === title)).toBe(true);
  });

  it('legend rows, notes and credits never run into each other, even with 7 classes and every note', () => {
    for (const paper of ['A4', 'A3'] as const)
      for (const orientation of ['portrait', 'landscape'] as const) {
        const options = { paper, orientation, title: 'T', subtitle: 'S', note: 'Eigene Anmerkung zur Karte für den Ausschuss, etwas länger als eine Zeile' };
        const rows = Array.from({ length: 7 }, (_, i) => ({ label: `${i + 1}: −${i},0 bis unter +${i},0`, count: '12 Gebiete', fill: '#fff', hatched: false }));
        const { frame, pages } = layoutSheet(options, {
          legendTitle: 'Abweichung vom Kreiswert: Kinderarmut: SGB-II-Leistungsberechtigte unter 15 Jahren (Prozentpunkte)',
          legend: [...rows, { label: 'keine Angabe', count: '1 Gebiet', fill: '#eee', hatched: true }, { label: 'geheim / unterdrückt', count: '1 Gebiet', fill: '#ddd', hatched: true }],
          legendNotes: ['Beispieldaten – keine amtlichen Grenzen und Zahlen', 'Absolute Zahlen: Gebiete unterschiedlicher Größe sind so nur eingeschränkt vergleichbar.'],
          credits: ['Quelle: X', ...Array.from({ length: 3 }, (_, i) => `Geometrie ${i}: ${'Quelle mit Lizenz und Stand '.repeat(8)}`)],
          kreisName: 'Rhein-Sieg-Kreis',
          created: '25.11.2026',
          metresPerMm: 250,
        });
        const texts = flatten(pages[0]).flatMap((p) => (p.kind === 'text' ? [p] : []));
        const firstCredit = texts.find((t) => t.text === 'Quelle: X');
        const legend = texts.filter((t) => t.y > frame.y + frame.h || (orientation === 'landscape' && t.x > frame.x + frame.w));
        const above = legend.filter((t) => t !== firstCredit && t.y < (firstCredit?.y ?? 0));
        expect(above.length, `${paper} ${orientation}`).toBeGreaterThan(12);
        for (const t of above) expect(t.y, `${paper} ${orientation}: ${t.text}`).toBeLessThanOrEqual((firstCredit?.y ?? 0) - 4);
        const credits = texts.filter((t) => t.y >= (firstCredit?.y ?? 0) && t.text !== 'Rhein-Sieg-Kreis' && !t.text.startsWith('Erstellt'));
        expect(credits.length).toBeGreaterThanOrEqual(4);
        const kreisLine = texts.find((t) => t.text === 'Rhein-Sieg-Kreis');
        for (const t of credits) expect(t.y, `${paper} ${orientation}: credits above the Kreis line`).toBeLessThanOrEqual((kreisLine?.y ?? 0) - 4);
        const shown = texts.map((t) => t.text).join(' ');
        expect(shown).toContain('Beispieldaten');
        expect(shown).toContain('geheim / unterdrückt');
      }
  });

  it('wraps long text at word boundaries', () => {
    const lines = wrap('Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2018', 10, 40);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2018');
  });

  it('keeps every primitive on the paper and the map inside the margins', () => {
    for (const paper of ['A4', 'A3'] as const)
      for (const orientation of ['portrait', 'landscape'] as const) {
        const options = { paper, orientation, title: 'Titel', subtitle: 'Untertitel', note: 'Anmerkung' };
        const { width, height } = pageSize(paper, orientation);
        const { frame, pages } = layoutSheet(options, {
          legendTitle: 'Anteil (%)',
          legend: [{ label: '1: 1 bis unter 2', count: '3 Gebiete', fill: '#fff', hatched: false }],
          legendNotes: ['Beispieldaten'],
          credits: ['Quelle: X'],
          kreisName: 'Rhein-Sieg-Kreis',
          created: '25.11.2026',
          metresPerMm: 250,
        });
        expect(frame.x + frame.w).toBeLessThanOrEqual(width - 12);
        expect(frame.y + frame.h).toBeLessThanOrEqual(height - 12);
        const sheet = flatten(pages[0]);
        for (const p of sheet) {
          if (p.kind === 'text') {
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.x).toBeLessThanOrEqual(width);
            expect(p.y).toBeLessThanOrEqual(height);
          }
        }
        const texts = sheet.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
        expect(texts).toEqual(expect.arrayContaining(['Titel', 'N', 'Rhein-Sieg-Kreis', 'Erstellt am 25.11.2026', 'Beispieldaten']));
      }
  });
});

const COMPOSITIONS = [
  ['A4', 'portrait'],
  ['A4', 'landscape'],
  ['A3', 'portrait'],
  ['A3', 'landscape'],
] as const;

const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6;

describe('sheet blocks', () => {
  const content = {
    legendTitle: 'Kinderarmut: SGB-II-Leistungsberechtigte unter 15 Jahren (je 100 unter 15)',
    legend: Array.from({ length: 5 }, (_, i) => ({ label: `${i + 1}: ${i},0 bis unter ${i + 1},0`, count: '4 Gebiete', fill: '#ccc', hatched: false })),
    legendNotes: ['3 Gebietsnamen aus Platzgründen nicht gezeigt'],
    credits: ['Quelle: X', 'Geometrie: Y'],
    kreisName: 'Rhein-Sieg-Kreis',
    created: '01.12.2026',
    metresPerMm: 250,
  };
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ cells: [`Gebiet ${i + 1}`, `${i},5`, String(1 + (i % 5)), String(i + 1)] }));
  const table = (n: number) => tableBlock({ id: 'table', title: 'Kinderarmut · 2022 · Gemeinden', header: ['Gemeinde', 'Wert (%)', 'Klasse', 'Rang'], numeric: [false, true, true, true], rows: rows(n) });
  const chart = chartBlock('Zeitverlauf: Siegburg', 'Liniendiagramm', [
    { label: 'Siegburg', role: 'area', points: [2018, 2019, 2020].map((year, i) => ({ year, value: 10 + i })) },
    { label: 'Rhein-Sieg-Kreis', role: 'kreis', points: [2018, 2019, 2020].map((year, i) => ({ year, value: 8 + i / 2 })) },
  ], (v) => String(v), 2020);
  const comparison = tableBlock({ id: 'comparison', title: 'Vergleich: Kinderarmut', header: ['Gebiet', 'Wert', 'Rang', 'Abw.'], numeric: [false, true, true, true], rows: rows(3) });

  it('no block overlaps another, the map or the margins, in all four compositions, with and without blocks', () => {
    for (const [paper, orientation] of COMPOSITIONS)
      for (const blocks of [[], [chart], [chart, comparison, table(19)]]) {
        const options = { paper, orientation, title: 'Titel', subtitle: 'Untertitel', note: '' };
        const { width, height } = pageSize(paper, orientation);
        const layout = layoutSheet(options, content, blocks);
        const what = `${paper} ${orientation} with ${blocks.map((b) => b.id).join(', ') || 'nothing'}`;
        layout.boxes.forEach((boxes, page) => {
          const all = [...(page === 0 ? [{ id: 'map', box: layout.frame }] : []), ...boxes];
          for (const { id, box } of all) {
            expect(box.x, `${what}: ${id}`).toBeGreaterThanOrEqual(12 - 1e-6);
            expect(box.y, `${what}: ${id} below the title`).toBeGreaterThanOrEqual(34 - 1e-6);
            expect(box.x + box.w, `${what}: ${id}`).toBeLessThanOrEqual(width - 12 + 1e-6);
            expect(box.y + box.h, `${what}: ${id} above the credits`).toBeLessThanOrEqual(height - 12 - 24 + 1e-6);
          }
          for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) expect(overlap(a.box, b.box), `${what}, page ${page + 1}: ${a.id} and ${b.id}`).toBe(false);
        });
        // Every block reaches paper, the legend on the map's page.
        expect(layout.boxes[0].map((b) => b.id)).toContain('legend');
        for (const block of blocks) expect(layout.boxes.flat().some((b) => b.id === block.id), `${what}: ${block.id} on paper`).toBe(true);
        // The map keeps most of the sheet.
        expect(layout.frame.w * layout.frame.h, what).toBeGreaterThan(0.4 * (width - 24) * (height - 70));
      }
  });

  it('the map fills its part of the page: no empty band between map, legend and credits', () => {
    for (const [paper, orientation] of COMPOSITIONS) {
      const layout = layoutSheet({ paper, orientation, title: 'T', subtitle: 'S', note: '' }, content, [chart]);
      const { height } = pageSize(paper, orientation);
      const lowest = Math.max(layout.frame.y + layout.frame.h, ...layout.boxes[0].map((b) => b.box.y + b.box.h));
      expect(height - 12 - 24 - lowest, `${paper} ${orientation}`).toBeLessThan(8);
    }
  });

  it('a long table continues on further pages, each row once, the header on every part', () => {
    const layout = layoutSheet({ paper: 'A4', orientation: 'portrait', title: 'T', subtitle: 'S', note: '' }, content, [table(120)]);
    expect(layout.pages.length).toBeGreaterThanOrEqual(2);
    const texts = layout.pages.map((page) => flatten(page).flatMap((p) => (p.kind === 'text' ? [p.text] : [])));
    const names = texts.flat().filter((t) => /^Gebiet \d+$/.test(t));
    expect(names).toHaveLength(120);
    expect(new Set(names).size).toBe(120);
    for (const page of texts.slice(1)) {
      expect(page).toContain('Gemeinde');
      expect(page.some((t) => t.startsWith('T (Fortsetzung)'))).toBe(true);
    }
  });

  it('the legend, the tables and the figures carry their structure for the tagged PDF', () => {
    const layout = layoutSheet({ paper: 'A4', orientation: 'landscape', title: 'T', subtitle: 'S', note: '' }, { ...content, summary: 'Zusammenfassung' }, [chart, table(3)]);
    const tags: string[] = [];
    const walk = (ps: readonly (typeof layout.pages)[0][number][]) => ps.forEach((p) => p.kind === 'group' && (tags.push(p.tag), walk(p.children)));
    walk(layout.pages.flat());
    for (const tag of ['H1', 'H2', 'Figure', 'Table', 'TR', 'TH', 'TD', 'P']) expect(tags).toContain(tag);
    const figure = layout.pages[0].find((p) => p.kind === 'group' && p.tag === 'Figure');
    expect(figure?.kind === 'group' && figure.alt).toBe('Zusammenfassung');
    // The summary also stands on paper where room is left, on the map's page only.
    expect(layout.boxes.slice(1).flat().map((b) => b.id)).not.toContain('summary');
    for (const orientation of ['portrait', 'landscape'] as const) {
      const plain = layoutSheet({ paper: 'A4', orientation, title: 'T', subtitle: 'S', note: '' }, { ...content, summary: 'Zusammenfassung' });
      expect(plain.boxes[0].map((b) => b.id)).toContain('summary');
      expect(flatten(plain.pages[0]).some((p) => p.kind === 'text' && p.text === 'Zusammenfassung')).toBe(true);
    }
  });
});

describe('map labels', () => {
  const frame = { x: 10, y: 10, w: 100, h: 60 };
  it('places labels without collisions, inside the frame and off the obstacles, and counts the rest', () => {
    const candidates = Array.from({ length: 40 }, (_, i) => ({ text: `Ort ${i} Beispielstadt`, at: [20 + (i % 8) * 10, 20 + Math.floor(i / 8) * 6] as [number, number], priority: 0 }));
    const obstacle = { x: 40, y: 30, w: 20, h: 10 };
    const { texts, omitted } = placeLabels(candidates, { size: 8, bold: true, colour: '#000', halo: '#fff' }, frame, [obstacle]);
    expect(texts.length + omitted.length).toBe(40);
    expect(omitted.length).toBeGreaterThan(0);
    const boxes = texts.map((t) => {
      if (t.kind !== 'text') throw new Error('text expected');
      expect(t.size).toBe(8);
      const w = wrapWidth(t.text);
      return { x: t.x - w / 2, y: t.y - 2.5, w, h: 3 };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(frame.x);
      expect(a.x + a.w).toBeLessThanOrEqual(frame.x + frame.w);
      expect(overlap(a, obstacle)).toBe(false);
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it("sets a river's name along its longest stretch, upright, and not over an area's name", () => {
    const fit = { scale: 1, groundPerUnit: 1, project: ([x, y]: number[]) => [x, y] as [number, number] };
    const rivers = { rivers: { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { name: 'Rhein' }, geometry: { type: 'LineString' as const, coordinates: [[80, 10], [60, 30], [20, 50]] } }] } };
    const [label] = riverLabels(rivers as never, fit, { x: 0, y: 0, w: 100, h: 60 }, 8, []);
    expect(label).toMatchObject({ kind: 'text', text: 'Rhein', size: 8 });
    // the longer stretch (60,30)-(20,50), read left to right: turned up by about 27 degrees
    expect(label.kind === 'text' && label.angle).toBeCloseTo((Math.atan2(-20, 40) * 180) / Math.PI, 5);
    expect(riverLabels(rivers as never, fit, { x: 0, y: 0, w: 100, h: 60 }, 8, [{ x: 30, y: 30, w: 20, h: 20 }])).toEqual([]);
  });

  it('keeps labels at their size: fewer labels, never smaller type', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => ({ text: `Gemeinde ${i}`, at: [60, 40] as [number, number], priority: 0 }));
    const { texts, omitted } = placeLabels(crowd, { size: 7, bold: true, colour: '#000', halo: '#fff' }, frame);
    expect(texts.length).toBeLessThanOrEqual(5);
    expect(omitted.length).toBe(30 - texts.length);
    for (const t of texts) expect(t.kind === 'text' && t.size).toBe(7);
  });
});

const wrapWidth = (text: string) => textWidth(text, 8, true);

describe('what the sheet says about the view', async () => {
  const data = await loadAtlasData('', async (url) => {
    const text = await readFile(`public/data/${url.replace(/^\//, '')}`, 'utf8');
    return { ok: true, status: 200, text: async () => text };
  });
  const content = (state: Partial<AtlasState>) => sheetContent(data, makePlan(data, { ...DEFAULT_STATE, ...state }), 250, new Date(2026, 10, 25));
  const bounds = (label: string) => label.replace(/^\d+: /, '').split(/ bis (?:unter )?/);

  it('a change map: the measure as legend title, bounds with their sign, both years', () => {
    const c = content({ indicator: 'kinderarmut', display: 'change', year: 2022, baseYear: 2021 });
    // the unit of the difference is plan.ts's to decide (points for shares and rates per 100)
    expect(c.legendTitle).toMatch(/^Veränderung seit 2021: Kinderarmut: SGB-II-Leistungsberechtigte unter 15 Jahren \((Prozentpunkte|je 100 unter 15)\)$/);
    const scale = c.legend.filter((e) => !e.hatched);
    expect(scale.length).toBeGreaterThanOrEqual(3);
    for (const entry of scale) for (const b of bounds(entry.label)) expect(b, entry.label).toMatch(/^[+−±]\d+,\d$/);
    // a diverging scale around "no change": falls first, rises last
    expect(scale[0].label).toMatch(/^1: −/);
    expect(scale.at(-1)?.label).toMatch(/bis \+\d/);
    expect(c.credits[0]).toMatch(/^Quelle: BBSR, INKAR 2024 .*, Stand 2021 und 2022, dl-de\/by-2-0$/);
    expect(c.legendNotes).toEqual([]);
  });

  it('a share in percent changes in percentage points; a deviation names the Kreis', () => {
    const share = data.catalog.indicators.find((i) => i.unit === '%');
    expect(share).toBeDefined();
    const c = content({ indicator: share?.id, display: 'deviation' });
    expect(c.legendTitle).toBe(`Abweichung vom Kreiswert: ${share?.label} (Prozentpunkte)`);
    expect(bounds(c.legend[0].label)[0]).toMatch(/^[+−±]\d/);
  });

  it('the value map keeps plain bounds and the indicator with its unit', () => {
    const c = content({ indicator: 'dichte', classes: 5 });
    expect(c.legendTitle).toBe(`${data.catalog.indicators.find((i) => i.id === 'dichte')?.label} (Ew./km²)`);
    for (const entry of c.legend) for (const b of bounds(entry.label)) expect(b).toMatch(/^\d[\d.]*$/);
    // the one year of the table, as exactly as the catalog dates it
    expect(c.credits[0]).toContain('Stand 31.12.2018');
  });

  it('Sozialräume: sample data said in the notes and the credits, their geometry credited', () => {
    const c = content({ indicator: 'kinderarmut', level: 'sozialraum', focus: '05382056' });
    expect(c.legendNotes[0]).toBe('Beispieldaten – keine amtlichen Grenzen und Zahlen');
    expect(c.credits[0]).toMatch(/^Quelle: Beispieldaten \(erfunden\).*Stand 2022 – Beispieldaten – keine amtlichen Grenzen und Zahlen$/);
    // invented figures never cite the official source of the real indicator
    expect(c.credits[0]).not.toMatch(/INKAR|BBSR/);
    expect(c.credits.some((line) => line.startsWith('Geometrie Sozialräume: Beispielgeometrie'))).toBe(true);
    expect(c.credits.some((line) => line.startsWith('Geometrie: BKG'))).toBe(true);
  });

  it('the Gemeinde level of a real indicator is not called sample data', () => {
    const c = content({ indicator: 'kinderarmut' });
    expect(c.legendNotes.join(' ')).not.toMatch(/Beispieldaten/);
    expect(c.credits.join(' ')).not.toMatch(/Beispieldaten|Sozialräume/);
    expect(c.credits[0]).toContain('Stand 2022,');
  });

  it('the optional blocks: the data table of every area shown, the chart of the selected area, the comparison of the pinned', () => {
    const state = { ...DEFAULT_STATE, indicator: 'kinderarmut' };
    const plan = makePlan(data, state);
    const blocks = viewBlocks(data, plan, { selected: '05382056', pinned: ['05382056', '05382068'] }, ['table', 'chart', 'comparison']);
    expect(blocks.map((b) => b.id)).toEqual(['chart', 'comparison', 'table']);
    // Nothing to show, no block: no area selected, none pinned.
    expect(viewBlocks(data, plan, { selected: null, pinned: [] }, ['table', 'chart', 'comparison']).map((b) => b.id)).toEqual(['table']);
    const layout = layoutView(data, plan, { selected: '05382056', focus: null }, { paper: 'A4', orientation: 'portrait', title: 'T', subtitle: 'S', note: '', summary: 'Satz', blocks });
    const texts = layout.pages.flatMap((p) => flatten(p)).flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    for (const area of plan.shown) expect(texts, area.name).toContain(area.name);
    const own = plan.values.get('05382056');
    expect(own?.kind).toBe('value');
    if (own?.kind === 'value') expect(texts).toContain(own.value.toLocaleString('de-DE', { minimumFractionDigits: plan.indicator.decimals, maximumFractionDigits: plan.indicator.decimals }));
    const name = data.areas.find((a) => a.id === '05382056')?.name;
    expect(texts.some((t) => t.startsWith(`Zeitverlauf: ${name}`))).toBe(true);
    expect(texts.some((t) => t.startsWith('Vergleich: '))).toBe(true);
    // Labels: every Gemeinde named on an A4 map of the Kreis, at 8 pt, none left out.
    expect(layout.omitted).toEqual([]);
  });

  it('a Gemeinde in focus: its Sozialräume named at 7 pt, the table without the repeated Gemeinde', () => {
    const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', level: 'sozialraum', focus: '05382056' });
    const blocks = viewBlocks(data, plan, { selected: null, pinned: [] }, ['table']);
    const layout = layoutView(data, plan, { selected: null, focus: '05382056' }, { paper: 'A4', orientation: 'landscape', title: 'T', subtitle: 'S', note: '', blocks });
    const figure = layout.pages[0].find((p) => p.kind === 'group' && p.tag === 'Figure');
    const labels = figure?.kind === 'group' ? figure.children.flatMap((p) => (p.kind === 'text' && p.halo ? [p] : [])) : [];
    expect(labels.length).toBeGreaterThanOrEqual(plan.shown.length);
    for (const l of labels) expect(l.size).toBe(7);
    const texts = layout.pages.flatMap((p) => flatten(p)).flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    expect(texts).not.toContain('Gemeinde');
  });
});

