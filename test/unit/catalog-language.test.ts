// The catalog in English: an overlay (indicators/catalog.en.json) replaces exactly the texts the
// atlas shows, says what it leaves German, and the shipped one leaves nothing German.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCatalog, type Catalog } from '../../src/data/catalog';
import type { Indicator } from '../../src/domain/types';
import { counterpartAt } from '../../src/state/level-indicators';
import { checkOverlay, localizeCatalog, parseCatalogOverlay } from '../../src/data/catalog-language';

const indicator = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: `Anteil ${id}`,
  topic: 'Wohnen',
  unit: '%',
  table: 't.csv',
  column: id,
  source: 'Statistische Ämter',
  license: 'dl-de/by-2-0',
  vintage: '31.12.2020',
  definition: 'Zähler / Nenner × 100',
  kind: 'share',
  sample: false,
  ...extra,
});

const german = readCatalog(
  {
    title: 'Sozialatlas',
    kreis: { id: '05382', name: 'Rhein-Sieg-Kreis' },
    geometry: { file: 'g.topo.json', source: 'BKG, Gemeinden', license: 'Datenlizenz Deutschland', attribution: '© GeoBasis-DE / BKG', vintage: '01.01.2016' },
    tables: [{ file: 't.csv', key: 'ags' }],
    indicators: [indicator('a', { note: 'Hinweis', interval: { method: 'none', reason: 'Ein Mittelwert.' } }), indicator('b', { topic: 'Bildung', unit: 'je 1.000 Ew.', decimals: 2 })],
  },
  'catalog.json',
).catalog as Catalog;

const texts = (id: string) => ({ label: `Share ${id}`, unit: '%', definition: 'numerator / denominator × 100', source: 'Statistical offices', license: 'dl-de/by-2-0', vintage: '31 Dec 2020' });
const english = {
  language: 'en',
  title: 'Social atlas',
  topics: { Wohnen: 'Housing', Bildung: 'Education' },
  geometry: { source: 'BKG, municipalities', license: 'Data licence Germany', attribution: '© GeoBasis-DE / BKG', vintage: '1 Jan 2016' },
  indicators: { a: { ...texts('a'), note: 'Note', interval: { reason: 'A mean.' } }, b: { ...texts('b'), unit: 'per 1,000 inhabitants' } },
};

const parse = (json: unknown) => parseCatalogOverlay(json, 'catalog.en.json');

describe('localizeCatalog', () => {
  it('replaces exactly the shown texts and keeps ids, tables, numbers and methods', () => {
    const { overlay, problems } = parse(english);
    expect(problems).toEqual([]);
    const before = structuredClone(german);
    const out = localizeCatalog(german, overlay!);
    expect(german).toEqual(before);
    const [a, b] = german.indicators;
    expect(out).toEqual({
      ...german,
      title: 'Social atlas',
      geometry: { file: 'g.topo.json', ...english.geometry },
      indicators: [
        { ...a, ...texts('a'), topic: 'Housing', note: 'Note', interval: { method: 'none', reason: 'A mean.' } },
        { ...b, ...texts('b'), topic: 'Education', unit: 'per 1,000 inhabitants' },
      ],
    });
    expect(out.indicators[1]).toMatchObject({ id: 'b', table: 't.csv', column: 'b', decimals: 2, kind: 'share' });
  });

  it('keeps the German where the overlay has nothing, and checkOverlay names each gap by id or topic and field', () => {
    const { a } = english.indicators;
    const partial = { ...english, topics: { Wohnen: 'Housing' }, indicators: { a: { ...a, definition: undefined, interval: {} } } };
    const { overlay, problems } = parse(JSON.parse(JSON.stringify(partial)));
    expect(problems).toEqual([]);
    const out = localizeCatalog(german, overlay!);
    expect(out.indicators[1]).toEqual(german.indicators[1]);
    expect(out.indicators[0]).toMatchObject({ label: 'Share a', definition: 'Zähler / Nenner × 100', interval: { reason: 'Ein Mittelwert.' } });
    expect(checkOverlay(german, overlay!, 'catalog.en.json')).toEqual([
      expect.objectContaining({ code: 'overlay.fieldMissing', file: 'catalog.en.json', key: 'a', params: { field: 'definition' }, severity: 'error' }),
      expect.objectContaining({ code: 'overlay.fieldMissing', key: 'a', params: { field: 'interval.reason' } }),
      expect.objectContaining({ code: 'overlay.indicatorMissing', key: 'b', message: 'Indikator „b“ hat keinen Eintrag in der Übersetzung.' }),
      expect.objectContaining({ code: 'overlay.topicMissing', key: 'Bildung' }),
    ]);
  });

  it('reports ids the catalog does not have, topics translated alike, and a missing title or geometry text', () => {
    const { overlay } = parse({ ...english, title: undefined, topics: { Wohnen: 'Housing', Bildung: 'Housing' }, geometry: {}, indicators: { ...english.indicators, c: texts('c') } });
    const problems = checkOverlay(german, overlay!, 'catalog.en.json');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'overlay.indicatorUnknown', key: 'c', severity: 'error' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'overlay.topicTwice', key: 'Housing' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'overlay.fieldMissing', params: { field: 'title' } }));
    expect(problems.filter((p) => p.key === 'geometry').map((p) => p.params?.field)).toEqual(['source', 'license', 'attribution', 'vintage']);
  });
});

describe('parseCatalogOverlay', () => {
  it('reports what is not an overlay, with file, id and field', () => {
    expect(parse([]).problems).toEqual([expect.objectContaining({ code: 'overlay.notObject', file: 'catalog.en.json' })]);
    const { overlay, problems } = parse({ ...english, colour: 'x', indicators: { a: { ...texts('a'), lable: 'Share', unit: 3, note: ' ' } } });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'overlay.fieldUnknown', params: { field: 'colour' } }),
      expect.objectContaining({ code: 'overlay.notText', key: 'a', params: { field: 'unit' } }),
      expect.objectContaining({ code: 'overlay.fieldUnknown', key: 'a', params: { field: 'lable' } }),
      expect.objectContaining({ code: 'overlay.notText', key: 'a', params: { field: 'note' } }),
    ]);
    // what it could read is used: the label, not the misspelt field
    expect(overlay?.indicators.get('a')).toMatchObject({ label: 'Share a' });
    expect(overlay?.indicators.get('a')?.unit).toBeUndefined();
  });
});

/** Names kept in English (proper names, the Länder, the source's own terms in brackets) before the German test. */
const KEPT = /Rhein-Sieg-Kreis|Bonn-Rhein-Sieg|Sankt Augustin|Länder|Thünen|Deutschlandatlas|Landesdatenbank NRW|\((Bedarfsgemeinschaften|Realsteuervergleich)\)/g;
const GERMAN =
  /[äöüÄÖÜß]|\b(und|oder|nicht|kein|keine|der|die|das|des|dem|den|ist|wird|mit|für|von|vom|zum|zur|bei|aus|nach|ein|eine|auf|nur|je|ohne|Einwohner\w*|Gemeinde\w*|Kreis\w*|Anteil|Stand|Stichtag|Zensus|Tabelle|Jahr\w*|Quelle|Beispiel\w*|Wohnungen|Personen|Minuten|Bevölkerung\w*|Beschäftigte\w*|Arbeitslose\w*)\b/;
const looksGerman = (text: string) => GERMAN.test(text.replace(KEPT, ''));

describe('the shipped catalog.en.json', () => {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const { catalog, problems: catalogProblems } = readCatalog(read('public/data/indicators/catalog.json'), 'indicators/catalog.json');
  const { overlay, problems } = parseCatalogOverlay(read('public/data/indicators/catalog.en.json'), 'indicators/catalog.en.json');

  it('translates every indicator, topic and shown field of catalog.json, and nothing else', () => {
    expect(catalogProblems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems).toEqual([]);
    expect(checkOverlay(catalog!, overlay!, 'indicators/catalog.en.json')).toEqual([]);
  });

  it('gives every indicator an English label, unit, topic and definition, and no English text looks German', () => {
    const en = localizeCatalog(catalog!, overlay!);
    const all = [...en.indicators, ...(en.grid?.indicators ?? [])];
    expect(all.length).toBe(85);
    const german: string[] = [];
    for (const ind of all) {
      expect(ind.definition, ind.id).toBeTruthy();
      expect(ind.unit, ind.id).toBeTruthy();
      for (const field of ['label', 'unit', 'topic', 'definition', 'note', 'source', 'license', 'vintage'] as const) {
        const text = ind[field];
        if (text && looksGerman(text)) german.push(`${ind.id}.${field}: ${text}`);
      }
      if (ind.interval?.reason && looksGerman(ind.interval.reason)) german.push(`${ind.id}.interval.reason: ${ind.interval.reason}`);
    }
    for (const g of [en.geometry, en.sozialraeume, en.grid]) for (const field of ['source', 'license', 'attribution', 'vintage'] as const) if (g && looksGerman(g[field])) german.push(`${g.file}.${field}: ${g[field]}`);
    if (looksGerman(en.title)) german.push(`title: ${en.title}`);
    expect(german).toEqual([]);
  });

  it('translates every sentence and name: none of them is left as the German wrote it', () => {
    const en = localizeCatalog(catalog!, overlay!);
    const pairs = (list: readonly Indicator[]) => new Map(list.map((i) => [i.id, i]));
    const de = pairs([...catalog!.indicators, ...(catalog!.grid?.indicators ?? [])]);
    const same: string[] = [];
    for (const ind of [...en.indicators, ...(en.grid?.indicators ?? [])]) {
      const original = de.get(ind.id)!;
      // units, licence ids and bare years may rightly read the same in both languages; sentences and names may not
      for (const field of ['label', 'topic', 'definition', 'note', 'source'] as const) if (ind[field] && ind[field] === original[field]) same.push(`${ind.id}.${field}`);
      if (ind.interval?.reason && ind.interval.reason === original.interval?.reason) same.push(`${ind.id}.interval.reason`);
    }
    expect(same).toEqual([]);
  });

  it('keeps topics a key: moving between levels lands on the same indicator in English as in German', () => {
    const en = localizeCatalog(catalog!, overlay!);
    const ids = [...catalog!.indicators, ...(catalog!.grid?.indicators ?? [])].map((i) => i.id);
    for (const level of ['gemeinde', 'raster'] as const) for (const id of ids) expect(counterpartAt(en, id, level), `${id} at ${level}`).toBe(counterpartAt(catalog!, id, level));
    expect(counterpartAt(en, 'kinderarmut', 'raster')).toBe('raster-unter-18');
  });

  it('the German test would see German', () => {
    for (const text of ['Einwohner je km²', 'Stand 12.12.2024', 'je 100 unter 15', 'Anteil Frauen', 'Zensus 2011, Stichtag 09.05.2011']) expect(looksGerman(text), text).toBe(true);
    for (const text of ['per 100 under 15', 'Federal Statistical Office and the statistical offices of the Länder', 'minutes by car']) expect(looksGerman(text), text).toBe(false);
  });
});
