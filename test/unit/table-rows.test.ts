import { describe, expect, it } from 'vitest';
import { makePlan, type Plan } from '../../src/state/plan';
import { DEFAULT_STATE, type AtlasState } from '../../src/state/atlas-state';
import type { AtlasData } from '../../src/data/atlas-data';
import { formatNumber } from '../../src/messages/default-locale';
import { MISSING, SUPPRESSED, valueCell as v, type Area, type Cell, type Indicator, type Level } from '../../src/domain/types';
import { columnKeys, csvCells, csvFileName, sortRows, tableCsv, tableRows, type SortKey, type TableRow } from '../../src/domain/table-rows';
import { table } from '../../src/messages/de/table';
import { columnHeader } from '../../src/state/table-header';

const KINDERARMUT = { id: 'kinderarmut', label: 'Kinderarmut', unit: '%', kind: 'share', decimals: 1, sample: false, scheme: 'Blues', direction: 'higher-is-worse' } as Indicator;

const gemeinde = (id: string, name: string): Area => ({ id, name, level: 'gemeinde', parent: 'kreis' });
const sozialraum = (id: string, name: string, parent: string): Area => ({ id, name, level: 'sozialraum', parent, sample: true });

/** One indicator with figures per year; the Kreis value is 20 in every year. */
function atlas(areas: Area[], byYear: Record<number, Record<string, Cell>>, sampleLevels: Level[] = []): AtlasData {
  const years = Object.keys(byYear).map(Number);
  const series = {
    years: new Map<Level, number[]>([['gemeinde', years], ['sozialraum', years]]),
    cells: new Map(years.map((y) => [y, new Map(Object.entries(byYear[y]))])),
    reference: new Map(years.map((y) => [y, { value: 20, official: true }])),
    sampleLevels: new Set(sampleLevels),
  };
  return { catalog: { indicators: [KINDERARMUT] }, areas, series: new Map([[KINDERARMUT.id, series]]) } as unknown as AtlasData;
}

const GEMEINDEN = [
  gemeinde('g1', 'Alfter'),
  gemeinde('g2', 'Bad Honnef'),
  gemeinde('g3', 'Eitorf'),
  gemeinde('g4', 'Königswinter'),
  gemeinde('g5', 'Lohmar'),
  gemeinde('g6', 'Much'),
  gemeinde('g7', 'Windeck'),
];
const NAMES = new Map([...GEMEINDEN.map((g): [string, string] => [g.id, g.name]), ['kreis', 'Rhein-Sieg-Kreis']]);

/** Manual breaks 10 and 100: below 10 class 1, 10 to under 100 class 2, from 100 class 3. */
const state = (over: Partial<AtlasState> = {}): AtlasState => ({ ...DEFAULT_STATE, indicator: 'kinderarmut', method: 'manual', manualBreaks: [10, 100], ...over });

const valuePlan = makePlan(
  atlas(GEMEINDEN, {
    2022: { g1: v(10), g2: v(12.5), g3: v(12.5), g4: v(8.25), g5: v(1234.5), g6: SUPPRESSED, g7: MISSING },
  }),
  state(),
);

const names = (rows: readonly TableRow[]) => rows.map((r) => r.name);
const sorted = (plan: Plan, key: SortKey, direction: 'ascending' | 'descending') => names(sortRows(tableRows(plan, NAMES), { key, direction }));
const columnsOf = (plan: Plan) => columnKeys(plan).map((key) => ({ key, label: columnHeader(key, plan, true) }));
const csvOf = (plan: Plan, key: SortKey, direction: 'ascending' | 'descending') =>
  tableCsv(sortRows(tableRows(plan, NAMES), { key, direction }), columnsOf(plan), plan, table.csvSample);

describe('tableRows', () => {
  it('gives each area its mapped cell, class, colour and rank; equal values share a rank', () => {
    const rows = new Map(tableRows(valuePlan, NAMES).map((r) => [r.name, r]));
    expect(rows.get('Bad Honnef')).toMatchObject({ id: 'g2', cell: v(12.5), own: null, classIndex: 1, colour: valuePlan.rows[1].colour, rank: 2, parent: 'Rhein-Sieg-Kreis' });
    expect(rows.get('Eitorf')?.rank).toBe(2);
    expect(rows.get('Alfter')?.rank).toBe(4);
    expect(rows.get('Lohmar')).toMatchObject({ classIndex: 2, rank: 1 });
  });

  it('keeps suppressed and missing as such, with the map fills and no class or rank', () => {
    const rows = new Map(tableRows(valuePlan, NAMES).map((r) => [r.name, r]));
    expect(rows.get('Much')).toMatchObject({ cell: SUPPRESSED, classIndex: null, rank: null, colour: valuePlan.suppressedFill });
    expect(rows.get('Windeck')).toMatchObject({ cell: MISSING, classIndex: null, rank: null, colour: valuePlan.noDataFill });
  });
});

describe('sortRows', () => {
  it('sorts by value both ways, ties by name, suppressed and missing last in name order', () => {
    const tail = ['Much', 'Windeck'];
    expect(sorted(valuePlan, 'value', 'descending')).toEqual(['Lohmar', 'Bad Honnef', 'Eitorf', 'Alfter', 'Königswinter', ...tail]);
    expect(sorted(valuePlan, 'value', 'ascending')).toEqual(['Königswinter', 'Alfter', 'Bad Honnef', 'Eitorf', 'Lohmar', ...tail]);
  });

  it('sorts by rank and by class the same way, the gaps still last', () => {
    expect(sorted(valuePlan, 'rank', 'ascending')).toEqual(['Lohmar', 'Bad Honnef', 'Eitorf', 'Alfter', 'Königswinter', 'Much', 'Windeck']);
    expect(sorted(valuePlan, 'rank', 'descending')).toEqual(['Königswinter', 'Alfter', 'Bad Honnef', 'Eitorf', 'Lohmar', 'Much', 'Windeck']);
    // within class 2 by value, ties by name
    expect(sorted(valuePlan, 'class', 'ascending')).toEqual(['Königswinter', 'Alfter', 'Bad Honnef', 'Eitorf', 'Lohmar', 'Much', 'Windeck']);
    expect(sorted(valuePlan, 'class', 'descending')).toEqual(['Lohmar', 'Bad Honnef', 'Eitorf', 'Alfter', 'Königswinter', 'Much', 'Windeck']);
  });

  it('sorts names with German collation: Ä beside A, not after Z', () => {
    const plan = makePlan(
      atlas([...GEMEINDEN, sozialraum('s1', 'Zentrum', 'g2'), sozialraum('s2', 'Ägidienberg', 'g2'), sozialraum('s3', 'Selhof', 'g2')], {
        2022: { s1: v(1), s2: SUPPRESSED, s3: v(2) },
      }),
      state({ level: 'sozialraum' }),
    );
    expect(sorted(plan, 'name', 'ascending')).toEqual(['Ägidienberg', 'Selhof', 'Zentrum']);
    expect(sorted(plan, 'name', 'descending')).toEqual(['Zentrum', 'Selhof', 'Ägidienberg']);
  });
});

describe('tableCsv', () => {
  it('writes the shown rows in shown order: BOM, ";", decimal comma, no thousands dots, "." suppressed, empty missing, CRLF', () => {
    expect(csvOf(valuePlan, 'value', 'descending')).toBe(
      '\uFEFFGemeinde;Kinderarmut (%);Klasse;Rang\r\n' +
        'Lohmar;1234,5;3;1\r\n' +
        'Bad Honnef;12,5;2;2\r\n' +
        'Eitorf;12,5;2;2\r\n' +
        'Alfter;10,0;2;4\r\n' +
        'Königswinter;8,3;1;5\r\n' +
        'Much;.;;\r\n' +
        'Windeck;;;\r\n',
    );
  });

  it('a change map: the difference in its unit, minus as "-", no "+", beside the own value of the year', () => {
    const plan = makePlan(
      atlas(GEMEINDEN, {
        2021: { g1: v(10), g3: v(14), g4: v(10.04), g5: v(9), g6: SUPPRESSED, g7: MISSING },
        2022: { g1: v(12.5), g3: v(12.5), g4: v(10), g5: v(9), g6: v(8), g7: v(7) },
      }),
      state({ display: 'change', method: 'quantile', manualBreaks: [] }),
    );
    // classes 5 centred on 0: cuts -1,8 / -0,6 / 0,6 / 1,8
    expect(plan.thresholds).toEqual([-1.8, -0.6, 0.6, 1.8]);
    expect(csvOf(plan, 'value', 'descending')).toBe(
      '\uFEFFGemeinde;Veränderung seit 2021: Kinderarmut (Prozentpunkte);Kinderarmut 2022 (%);Klasse;Rang\r\n' +
        'Alfter;2,5;12,5;5;1\r\n' +
        'Lohmar;0,0;9,0;3;2\r\n' +
        'Königswinter;-0,0;10,0;3;3\r\n' +
        'Eitorf;-1,5;12,5;2;4\r\n' +
        'Bad Honnef;;;;\r\n' +
        'Much;.;8,0;;\r\n' +
        'Windeck;;7,0;;\r\n',
    );
  });

  it('Sozialräume: parent column, quoted fields, and a "hinweis" column on sample data', () => {
    const plan = makePlan(
      atlas([...GEMEINDEN, sozialraum('s1', 'Zentrum; "Altstadt"', 'g2'), sozialraum('s2', 'Ägidienberg', 'g2'), sozialraum('s3', 'Selhof', 'g2')], { 2022: { s1: v(22.75), s2: v(6.5), s3: v(15) } }, ['sozialraum']),
      state({ level: 'sozialraum', manualBreaks: [10, 20] }),
    );
    expect(plan.sample).toBe(true);
    expect(csvOf(plan, 'name', 'ascending')).toBe(
      '\uFEFFSozialraum;Gemeinde;Kinderarmut (%);Klasse;Rang;hinweis\r\n' +
        'Ägidienberg;Bad Honnef;6,5;1;3;Beispieldaten\r\n' +
        'Selhof;Bad Honnef;15,0;2;2;Beispieldaten\r\n' +
        '"Zentrum; ""Altstadt""";Bad Honnef;22,8;3;1;Beispieldaten\r\n',
    );
  });

  it('quotes a field with a line break', () => {
    const [row] = tableRows(valuePlan, NAMES);
    const text = tableCsv([{ ...row, name: 'Alfter\r\nOrt' }], [{ key: 'name', label: 'Gemeinde' }], valuePlan, table.csvSample);
    expect(text).toBe('\uFEFFGemeinde\r\n"Alfter\r\nOrt"\r\n');
  });

  it('rounds as the screen rounds', () => {
    const write = csvCells(1);
    for (const x of [8.25, 2.675, 1234.56, -3.45, 0.05, 99999.95]) {
      expect(write(v(x))).toBe(formatNumber(x, 1).replace(/\./g, ''));
    }
  });

  it('suggests a file name from indicator, display, year(s) and level', () => {
    expect(csvFileName(valuePlan)).toBe('sozialatlas-kinderarmut-2022-gemeinden.csv');
    expect(csvFileName({ ...valuePlan, level: 'sozialraum', display: 'change', baseYear: 2019 })).toBe(
      'sozialatlas-kinderarmut-veraenderung-2019-2022-sozialraeume.csv',
    );
    expect(csvFileName({ ...valuePlan, display: 'deviation', year: null })).toBe('sozialatlas-kinderarmut-abweichung-gemeinden.csv');
  });
});
