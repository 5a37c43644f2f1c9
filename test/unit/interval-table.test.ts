// The interval columns of the table, its CSV and the words of card and tooltip, on the real data.
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/atlas-data';
import { DEFAULT_STATE } from '../../src/state/atlas-state';
import { makePlan } from '../../src/state/plan';
import { columnKeys, tableCsv, tableRows } from '../../src/domain/table-rows';
import { intervalWords } from '../../src/state/interval-texts';
import { table } from '../../src/messages/de/table';
import { columnHeader } from '../../src/state/table-header';
import { fromDisk } from './support/from-disk';

describe('intervals in table, CSV and words', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const names = new Map(data.areas.map((a) => [a.id, a.name]));
  const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'anteil-unter-18' });

  it('adds "95-%-KI von", "bis" and the unsure mark only where the indicator has an interval method', () => {
    expect(columnKeys(plan)).toEqual(['name', 'value', 'lower', 'upper', 'unsure', 'class', 'rank']);
    expect(columnKeys(makePlan(data, { ...DEFAULT_STATE, indicator: 'jugendquotient' }))).toEqual(['name', 'value', 'class', 'rank']);
    expect(columnHeader('lower', plan)).toBe('95-%-KI von');
    expect(columnHeader('upper', plan)).toBe('bis');
    expect(columnHeader('upper', plan, true)).toBe('95-%-KI bis (%)');
    const strict = makePlan(data, { ...DEFAULT_STATE, indicator: 'anteil-unter-18', confidence: 0.998 });
    expect(columnHeader('lower', strict)).toBe('99,8-%-KI von');
  });

  it('writes the bounds into the CSV with a decimal comma, and Troisdorf\'s words for card and tooltip', () => {
    const rows = tableRows(plan, names);
    const columns = columnKeys(plan).map((key) => ({ key, label: columnHeader(key, plan, true) }));
    const csv = tableCsv(rows, columns, plan, table.csvSample, 'unsicher (kleine Basis)');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFGemeinde;Kinder und Jugendliche unter 18 Jahren (%);95-%-KI von (%);95-%-KI bis (%);Verlässlichkeit;Klasse;Rang');
    // 13.223 of 74.400: Wilson 17,50 – 18,05 %
    expect(csv).toMatch(/\r\nTroisdorf;17,8;17,5;18,0;;\d;\d+\r\n/);
    expect(intervalWords(plan.intervals, '05382068', 1)).toEqual({ bounded: true, range: '(95-%-KI 17,5–18,0)', unsure: null, versus: 'ähnlich wie der Kreiswert (95-%-KI enthält ihn)' });
  });
});
