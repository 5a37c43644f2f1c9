// Finding an indicator among 76: grouped by topic in catalog order, filtered by a word.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { availability, groupByTopic, matchesIndicator, searchCatalogue, yearSpans } from '../../src/domain/catalogue';

const catalog = JSON.parse(readFileSync('public/data/indicators/catalog.json', 'utf8')) as {
  indicators: { id: string; label: string; topic: string; code?: string; definition?: string; source?: string }[];
};

describe('searchCatalogue', () => {
  it('groups all 76 indicators into the ten topics, in the order the catalog names them', () => {
    const groups = searchCatalogue(catalog.indicators, '');
    expect(groups.map((g) => g.topic)).toEqual([...new Set(catalog.indicators.map((i) => i.topic))]);
    expect(groups).toHaveLength(10);
    expect(groups.flatMap((g) => g.items)).toHaveLength(catalog.indicators.length);
    expect(catalog.indicators.length).toBe(76);
  });

  it('finds single parents by the beginning of the word, in any case, and nothing unrelated', () => {
    const found = searchCatalogue(catalog.indicators, 'alleinerz').flatMap((g) => g.items.map((i) => i.id));
    expect(found).toContain('elb-alleinerziehend');
    for (const id of found) {
      const i = catalog.indicators.find((x) => x.id === id)!;
      expect(`${i.label} ${i.definition} ${i.source}`.toLowerCase()).toContain('alleinerz');
    }
  });

  it('needs every word, reads umlauts spelt out, and finds table codes and ids', () => {
    const item = { id: 'anteil-65', label: 'Anteil Älterer (65 Jahre und älter)', topic: 'Bevölkerung und Alter', code: '12411-02-03-5' };
    expect(matchesIndicator(item, 'aeltere')).toBe(true);
    expect(matchesIndicator(item, 'Älter bevölkerung')).toBe(true);
    expect(matchesIndicator(item, 'älter wohnen')).toBe(false);
    expect(matchesIndicator(item, '12411-02')).toBe(true);
    expect(matchesIndicator(item, 'anteil-65')).toBe(true);
    expect(matchesIndicator(item, '  ')).toBe(true);
  });

  it('leaves out topics without a match', () => {
    const groups = searchCatalogue(catalog.indicators, 'kinderarmut');
    expect(groups.every((g) => g.items.length > 0)).toBe(true);
    expect(groups.map((g) => g.topic)).toContain('Kinder, Jugend und Familie');
  });
});

describe('groupByTopic', () => {
  it('keeps the items of a topic together even when the catalog interleaves them', () => {
    const groups = groupByTopic(['a1', 'b1', 'a2'], (x) => x[0]);
    expect(groups).toEqual([
      { topic: 'a', items: ['a1', 'a2'] },
      { topic: 'b', items: ['b1'] },
    ]);
  });
});

describe('yearSpans and availability', () => {
  it('joins consecutive years, whatever their order and repeats', () => {
    expect(yearSpans([2017, 2011, 2015, 2016, 2016])).toEqual([
      [2011, 2011],
      [2015, 2017],
    ]);
    expect(yearSpans([])).toEqual([]);
  });

  it('lists levels with figures in level order and leaves out empty ones', () => {
    const years = new Map([
      ['sozialraum', [2020]],
      ['gemeinde', [2015, 2016, 2017]],
      ['raster', []],
    ] as const);
    expect(availability(years)).toEqual([
      { level: 'gemeinde', spans: [[2015, 2017]] },
      { level: 'sozialraum', spans: [[2020, 2020]] },
    ]);
    expect(availability(undefined)).toEqual([]);
  });
});
