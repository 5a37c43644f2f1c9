import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fitLine, layoutSheet, mapFrame, pageSize, scaleBar, wrap } from '../../src/print/sheet';
import { sheetContent } from '../../src/print/content';
import { loadAtlasData } from '../../src/data/atlas-data';
import { DEFAULT_STATE, type AtlasState } from '../../src/state/atlas-state';
import { makePlan } from '../../src/state/plan';

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
    const fitted = fitLine(title, 18, 12, 273);
    expect(fitted.text).toBe(title);
    expect(fitted.size).toBeLessThan(18);
    expect(fitted.size).toBeGreaterThanOrEqual(12);
    expect(fitLine('Kurz', 18, 12, 273)).toEqual({ text: 'Kurz', size: 18 });
    const cut = fitLine(title.repeat(3), 18, 12, 273);
    expect(cut.size).toBe(12);
    expect(cut.text).toMatch(/^Veränderung seit 2018: .* …$/);
    const sheet = layoutSheet({ paper: 'A4', orientation: 'landscape', title, subtitle: 'Sozialräume', note: '' }, {
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
        const sheet = layoutSheet(options, {
          legendTitle: 'Abweichung vom Kreiswert: Kinderarmut: SGB-II-Leistungsberechtigte unter 15 Jahren (Prozentpunkte)',
          legend: [...rows, { label: 'keine Angabe', count: '1 Gebiet', fill: '#eee', hatched: true }, { label: 'geheim / unterdrückt', count: '1 Gebiet', fill: '#ddd', hatched: true }],
          legendNotes: ['Beispieldaten – keine amtlichen Grenzen und Zahlen', 'Absolute Zahlen: Gebiete unterschiedlicher Größe sind so nur eingeschränkt vergleichbar.'],
          credits: ['Quelle: X', ...Array.from({ length: 3 }, (_, i) => `Geometrie ${i}: ${'Quelle mit Lizenz und Stand '.repeat(8)}`)],
          kreisName: 'Rhein-Sieg-Kreis',
          created: '25.11.2026',
          metresPerMm: 250,
        });
        const texts = sheet.flatMap((p) => (p.kind === 'text' ? [p] : []));
        const firstCredit = texts.find((t) => t.text === 'Quelle: X');
        const legend = texts.filter((t) => t.y > mapFrame(options).y + mapFrame(options).h || (orientation === 'landscape' && t.x > mapFrame(options).x + mapFrame(options).w));
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
        const frame = mapFrame(options);
        expect(frame.x + frame.w).toBeLessThanOrEqual(width - 12);
        expect(frame.y + frame.h).toBeLessThanOrEqual(height - 12);
        const sheet = layoutSheet(options, {
          legendTitle: 'Anteil (%)',
          legend: [{ label: '1: 1 bis unter 2', count: '3 Gebiete', fill: '#fff', hatched: false }],
          legendNotes: ['Beispieldaten'],
          credits: ['Quelle: X'],
          kreisName: 'Rhein-Sieg-Kreis',
          created: '25.11.2026',
          metresPerMm: 250,
        });
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
});
