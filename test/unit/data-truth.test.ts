// What the published figures promise: every real indicator says where it comes from; counts add up
// to the official Kreis figure; shares lie in 0–100; every rate computed from counts equals its
// formula, row by row, and the Kreis value recomputed from the Gemeinden matches the official one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadAtlasData, referencesOf, yearsOf } from '../../src/data/atlas-data';
import { readCatalog } from '../../src/data/catalog';
import { applyFormula, roundHalfAway, type Formula } from '../../src/domain/formula';
import { fromDisk } from './support/from-disk';
import { numberOf, readPlain } from './support/plain-table';

const DIR = 'public/data/indicators';
const KREIS = '05382';
const json = JSON.parse(readFileSync(`${DIR}/catalog.json`, 'utf8'));
const { catalog } = readCatalog(json, 'catalog.json');
if (!catalog) throw new Error('catalog unreadable');
const all = [...catalog.indicators, ...(catalog.grid?.indicators ?? [])];
const real = all.filter((i) => !i.sample);

const TOPICS = [
  'Bevölkerung und Alter',
  'Kinder, Jugend und Familie',
  'Armut und Grundsicherung',
  'Arbeit und Beschäftigung',
  'Migration und Integration',
  'Wohnen',
  'Gesundheit und Versorgung',
  'Bildung',
  'Versorgung und Erreichbarkeit',
  'Teilhabe',
];

describe('the catalog', () => {
  it('has at least 30 real indicators, in the ten topics only', () => {
    expect(real.length).toBeGreaterThanOrEqual(30);
    expect(new Set(real.map((i) => i.topic))).toEqual(new Set(TOPICS));
  });

  it('names source, licence, vintage, definition and the table code or indicator id of each real indicator', () => {
    for (const i of real) {
      expect.soft(i.source, i.id).toMatch(/\S{5}/);
      expect.soft(i.license, i.id).toMatch(/dl-de\/by-2-0|Datenlizenz/);
      expect.soft(i.vintage, i.id).toMatch(/\d{4}/);
      expect.soft(i.definition, i.id).toMatch(/\S{5}/);
      expect.soft(i.code, i.id).toMatch(/\S{2}/);
    }
  });

  it('shows counts as circles, never as choropleth', () => {
    for (const i of all) expect.soft(i.display, i.id).toBe(i.kind === 'count' ? 'circles' : 'choropleth');
  });

  it('keeps the ids that deep links use', () => {
    const ids = all.map((i) => i.id);
    for (const id of ['kinderarmut', 'personen-bg', 'einwohner', 'einwohner-zensus-2022', 'dichte', 'frauenanteil', 'flaeche', 'hausaerzte', 'kinderaerzte', 'aerzte']) {
      expect(ids).toContain(id);
    }
  });
});

describe('the loaded data', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));

  it('loads without a problem', () => expect(data.problems).toEqual([]));

  it('has at least ten indicators with three years or more at Gemeinde level', () => {
    const long = catalog.indicators.filter((i) => yearsOf(data, i.id, 'gemeinde').length >= 3);
    expect(long.length).toBeGreaterThanOrEqual(10);
  });

  it('has shares between 0 and 100 in every cell', () => {
    for (const i of catalog.indicators.filter((x) => x.kind === 'share')) {
      for (const [year, cells] of data.series.get(i.id)?.cells ?? []) {
        for (const [id, cell] of cells) if (cell.kind === 'value') expect.soft(cell.value, `${i.id} ${year} ${id}`).toBeGreaterThanOrEqual(0);
        for (const [id, cell] of cells) if (cell.kind === 'value') expect.soft(cell.value, `${i.id} ${year} ${id}`).toBeLessThanOrEqual(100);
      }
    }
  });

  it('gives Kreis, NRW and Deutschland per year where the source has them', () => {
    // INKAR q_newfBGu15_bev 2022: Kreis row 05382000, Land 05, Bund
    const kinderarmut = referencesOf(data, 'kinderarmut').get(2022);
    expect(kinderarmut).toEqual({ kreis: 10.73, kreisOfficial: true, nrw: expect.any(Number), bund: expect.any(Number) });
    expect(kinderarmut!.nrw).toBeGreaterThan(kinderarmut!.kreis!);
    // GENESIS 13211-01-03-5, 2016: NRW 203.313 foreign unemployed of 725.653 = 28,0 %
    expect(referencesOf(data, 'arbeitslose-auslaender').get(2016)).toMatchObject({ kreis: 25, nrw: 28, bund: 23.4 });
    expect(referencesOf(data, 'gibt-es-nicht').size).toBe(0);
    // GV-ISys has no Land or Bund rows: the Kreis (sum of the Gemeinden) stands alone; the years that only
    // the sample Sozialräume have (2019–2022) get no entry
    expect([...referencesOf(data, 'einwohner')]).toEqual([[2018, { kreis: 599780, kreisOfficial: false, nrw: null, bund: null }]]);
    expect(referencesOf(data, 'einwohner-zeitreihe').get(1983)?.kreis).toBe(474201);
  });
});

/**
 * Tables whose counts GENESIS rounds per area: annual averages of the unemployed (13211) and
 * amounts in 1.000 EUR (73111). Their Gemeinden add up to the Kreis only within 0,5 per Gemeinde,
 * and a Kreis rate recomputed from them may differ by one unit of the last decimal.
 */
const ROUNDED_PER_AREA = new Set(['genesis-arbeitslose-2016.csv', 'genesis-einkommen.csv']);

/** Every table and column that an indicator with a formula fills, with its rounding. */
const formulaSources = catalog.indicators.flatMap((i) =>
  i.formula ? i.sources.map((s) => ({ id: i.id, file: s.table, column: s.column, decimals: i.decimals, formula: i.formula as Formula })) : [],
);

describe.each(formulaSources)('$id in $file', ({ file, column, decimals, formula }) => {
  const table = readPlain(`${DIR}/${file}`);
  const count = (row: Record<string, string>) => (c: string) => numberOf(row[c]);
  const half = (ROUNDED_PER_AREA.has(file) ? 1 : 0.5) * 10 ** -decimals + 1e-9;

  it('equals its formula applied to the counts of its row, rounded as published', () => {
    for (const row of table.rows) {
      const computed = applyFormula(formula, count(row));
      expect.soft(numberOf(row[column]), `${row.ags} ${row.jahr}`).toBe(computed === null ? null : roundHalfAway(computed, decimals));
    }
  });

  it('has a Kreis value that the summed Gemeinde counts reproduce within rounding', () => {
    const years = [...new Set(table.rows.map((r) => r.jahr ?? ''))];
    for (const year of years) {
      const rows = table.rows.filter((r) => (r.jahr ?? '') === year);
      const kreis = rows.find((r) => r.ags === KREIS);
      const gemeinden = rows.filter((r) => r.ags !== KREIS);
      const summed = (c: string) => gemeinden.reduce<number | null>((s, r) => (s === null || numberOf(r[c]) === null ? null : s + numberOf(r[c])!), 0);
      const recomputed = applyFormula(formula, summed);
      if (!kreis) continue; // a table without a Kreis row gets its Kreis value by aggregation in the atlas
      expect(recomputed, year).not.toBeNull();
      expect(Math.abs(recomputed! - numberOf(kreis[column])!), year).toBeLessThanOrEqual(half);
    }
  });
});

const countFiles = [...new Set(formulaSources.map((s) => s.file))];
describe.each(countFiles)('counts in %s', (file) => {
  it('add up over the 19 Gemeinden to the official Kreis figure, in every year', () => {
    const table = readPlain(`${DIR}/${file}`);
    const columns = [...new Set(formulaSources.filter((s) => s.file === file).flatMap((s) => [...s.formula.numerator, ...s.formula.denominator]))];
    const years = [...new Set(table.rows.map((r) => r.jahr ?? ''))];
    for (const year of years) {
      const rows = table.rows.filter((r) => (r.jahr ?? '') === year);
      const kreis = rows.find((r) => r.ags === KREIS);
      if (!kreis) continue;
      expect(rows.filter((r) => r.ags !== KREIS)).toHaveLength(19);
      for (const c of columns) {
        const sum = rows.filter((r) => r.ags !== KREIS).reduce((s, r) => s + numberOf(r[c])!, 0);
        const tolerance = ROUNDED_PER_AREA.has(file) ? 19 * 0.5 : 0.05; // 0,05: sums of 1.000 m² with one decimal
        expect.soft(Math.abs(sum - numberOf(kreis[c])!), `${c} ${year}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });
});

describe('population of the Kreis per vintage', () => {
  // official Kreis figures: GENESIS Kreis rows (12411-01-01-5, 12111-01-01-5) and GV-ISys 31.12.2018
  const OFFICIAL: [string, string, string, number][] = [
    ['gemeinden-bevoelkerung-2018.csv', '', 'einwohner', 599780],
    ['genesis-zensus-2011.csv', '2011', 'einwohner_zensus_2011', 578252],
    ['genesis-bevoelkerung-zeitreihe.csv', '2008', 'einwohner', 598225],
    ['genesis-bevoelkerung-zeitreihe.csv', '2015', 'einwohner', 596213],
    ['genesis-bevoelkerung-2015.csv', '2015', 'bev_insg', 596213],
    // GV-ISys has no Kreis figure of its own; where GENESIS has the year, its Kreis row must match
    ['gvisys-zeitreihe.csv', '2009', 'einwohner', 598407],
    ['gvisys-zeitreihe.csv', '2013', 'einwohner', 582280],
  ];
  it.each(OFFICIAL)('%s %s: the Gemeinden sum to %s = %d', (file, year, column, official) => {
    const rows = readPlain(`${DIR}/${file}`).rows.filter((r) => r.ags !== KREIS && (r.jahr ?? '') === year);
    expect(rows).toHaveLength(19);
    expect(rows.reduce((s, r) => s + numberOf(r[column])!, 0)).toBe(official);
  });
});

describe('Zensus 2022 per Gemeinde (gerda)', () => {
  it('has the same population as the Zensus 2022 table 1000A-0000, Gemeinde by Gemeinde', () => {
    const gerda = readPlain(`${DIR}/zensus-2022-gemeinden.csv`).rows;
    const zensus = new Map(readPlain(`${DIR}/zensus-2022-bevoelkerung.csv`).rows.map((r) => [r.ars.slice(0, 5) + r.ars.slice(9), r.einwohner_zensus_2022]));
    expect(gerda).toHaveLength(19);
    for (const r of gerda) expect.soft(r.einwohner_zensus_2022, r.name).toBe(zensus.get(r.ags));
  });
});
