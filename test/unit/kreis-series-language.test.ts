// The English of the Kreis series (kreisreihen.en.json): complete for the shipped series, picked by
// language in the reader, and every gap said with the series id and field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadKreisSeries, readKreisSeries, type KreisSeries } from '../../src/data/kreis-series';
import { checkSeriesOverlay, localizeSeries, parseSeriesOverlay, seriesOverlayFileOf, translatedSeries } from '../../src/data/kreis-series-language';

const DIR = 'public/data/indicators';
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const german = readKreisSeries(JSON.parse(read('kreisreihen.json')), 'kreisreihen.json', read('kreisreihen.csv'), 'kreisreihen.csv').series;
const overlayJson = JSON.parse(read('kreisreihen.en.json')) as { series: Record<string, Record<string, string>> };
const catalogTopics = new Map(Object.entries((JSON.parse(read('catalog.en.json')) as { topics: Record<string, string> }).topics));
/** A fetcher over the data folder, as the browser's fetch would answer. */
const fetcher = async (url: string) => {
  const path = url.replace(/^\.?\//, '');
  try {
    const text = readFileSync(`public/data/${path}`, 'utf8');
    return { ok: true, status: 200, text: async () => text };
  } catch {
    return { ok: false, status: 404, text: async () => '' };
  }
};

describe('kreisreihen.en.json', () => {
  it('translates every shown field of every series, with the catalog\'s topics', () => {
    const { texts, problems } = parseSeriesOverlay(overlayJson, 'kreisreihen.en.json');
    expect(problems).toEqual([]);
    expect(checkSeriesOverlay(german, texts, 'kreisreihen.en.json', catalogTopics)).toEqual([]);
  });

  it('is named beside the description', () => {
    expect(seriesOverlayFileOf('kreisreihen.json', 'en')).toBe('kreisreihen.en.json');
  });
});

describe('loadKreisSeries by language', () => {
  it('reads German without fetching the overlay, English with it; figures and ids unchanged', async () => {
    const asked: string[] = [];
    const counting = (url: string) => (asked.push(url), fetcher(url));
    const de = await loadKreisSeries('', 'kreisreihen.json', counting);
    expect(asked.some((u) => u.includes('.en.'))).toBe(false);
    const en = await loadKreisSeries('', 'kreisreihen.json', counting, 'en');
    expect(en.problems).toEqual([]);
    const kita = en.series.find((s) => s.id === 'kita-unter-3') as KreisSeries;
    expect(kita.label).toBe('Childcare rate of children under 3 (day-care centres)');
    expect(kita.topic).toBe('Children, youth and family');
    expect(de.series.find((s) => s.id === 'kita-unter-3')?.label).toBe('Betreuungsquote Kinder unter 3 Jahren (Kindertageseinrichtungen)');
    expect(en.series.map((s) => [s.id, s.code, s.points])).toEqual(de.series.map((s) => [s.id, s.code, s.points]));
    expect(en.series.find((s) => s.id === 'kinderarmut-kreis')?.unit).toBe('per 100 under 15');
  });
});

describe('gaps of the overlay', () => {
  const first = german[0];
  it('names the series and field that stay German, and ids the description lacks', () => {
    const texts = new Map([[first.id, { label: 'A' }], ['no-such', { label: 'B' }]]);
    const problems = checkSeriesOverlay(german.slice(0, 2), texts, 'x.en.json');
    expect(problems.map((p) => p.key)).toEqual([first.id, first.id, first.id, first.id, first.id, first.id, first.id, german[1].id, 'no-such']);
    expect(problems[0].message).toContain('topic');
    expect(problems[0].message).toContain(first.id);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('says a topic other than the catalog\'s translation', () => {
    const texts = new Map([[first.id, { ...overlayJson.series[first.id], topic: 'Kids' }]]);
    expect(checkSeriesOverlay([first], texts, 'x').map((p) => p.message)).toEqual([]);
    expect(checkSeriesOverlay([first], texts, 'x', catalogTopics)[0].message).toContain('Children, youth and family');
  });

  it('rejects fields the section does not show and texts that are none', () => {
    const { problems } = parseSeriesOverlay({ series: { a: { code: 'x', label: '' } } }, 'x');
    expect(problems.map((p) => p.message.includes('code') || p.message.includes('label'))).toEqual([true, true]);
    expect(parseSeriesOverlay([], 'x').problems).toHaveLength(1);
  });

  it('keeps German where the overlay lacks a text or the file is missing, as a warning', () => {
    expect(localizeSeries([first], new Map([[first.id, { label: 'Only label' }]]))[0]).toEqual({ ...first, label: 'Only label' });
    const missing = translatedSeries([first], new Error('404'), 'x.en.json');
    expect(missing.series).toEqual([first]);
    expect(missing.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(translatedSeries([first], '{', 'x.en.json').problems).toHaveLength(1);
  });
});
