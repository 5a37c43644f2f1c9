// The Kreis series (issue 27): every figure equals its source row, verbatim (INKAR cells as stored in the
// parquet, Deutschlandatlas cells of the Kreis sheets), and the reader reports what it cannot use.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { readKreisSeries, relatedFirst } from '../../src/data/kreis-series';

const DIR = 'public/data/indicators';
const description = JSON.parse(readFileSync(`${DIR}/kreisreihen.json`, 'utf8')) as { table: string; series: { id: string; code: string; source: string }[] };
const table = readFileSync(`${DIR}/${description.table}`, 'utf8');
const lines = (text: string) => text.trim().split('\n').map((l) => l.split(';'));
const [, ...rows] = lines(table);

// INKAR: bereich;raumbezug;kennziffer;name;zeitbezug;kennziffer_indikator;wert (wert as the parquet holds it)
const [inkarHead, ...inkarRows] = lines(readFileSync(`${DIR}/sources/inkar/kreisreihen.csv`, 'utf8'));
const RAUM = { kreis: ['Kreise', '05382000'], nrw: ['Bundesländer', '05'], bund: ['Bund', null] } as const;
// Deutschlandatlas: the Kreis sheets as copied by extract-deutschlandatlas.mjs (header, then the Kreis row)
const sheets = readdirSync(`${DIR}/sources/deutschlandatlas`)
  .filter((f) => f.includes('_KRS'))
  .map((f) => ({ sheet: f.replace(/\.csv$/, ''), ...(([head, row]) => ({ head, row }))(lines(readFileSync(`${DIR}/sources/deutschlandatlas/${f}`, 'utf8'))) }));

describe('kreisreihen.csv', () => {
  it('is what the reader reads without a problem: 12 series, each with the Kreis', () => {
    const set = readKreisSeries(description, 'kreisreihen.json', table, 'kreisreihen.csv');
    expect(set.problems).toEqual([]);
    expect(set.series.map((s) => s.id)).toHaveLength(12);
    const kita = set.series.find((s) => s.id === 'kita-unter-3');
    expect(kita?.points.map((p) => p.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2006 + i));
    expect(kita?.points.at(-1)).toEqual({ year: 2020, kreis: 29.81, nrw: 29.4, bund: expect.any(Number) });
    expect(set.series.find((s) => s.id === 'schulabgaenger-ohne-abschluss')?.points).toHaveLength(28);
  });

  it('has every figure from its source row, cell for cell', () => {
    expect(inkarHead).toEqual(['bereich', 'raumbezug', 'kennziffer', 'name', 'zeitbezug', 'kennziffer_indikator', 'wert']);
    let inkar = 0;
    let atlas = 0;
    for (const [id, scope, year, value] of rows) {
      const s = description.series.find((x) => x.id === id);
      expect(s, id).toBeDefined();
      if (s!.source.startsWith('BBSR, INKAR')) {
        const [raum, key] = RAUM[scope as keyof typeof RAUM];
        const source = inkarRows.filter((r) => r[1] === raum && (key === null || r[2] === key) && r[4] === year && r[5] === s!.code);
        expect(source, `${id} ${scope} ${year}`).toHaveLength(1);
        // the same digits, only the decimal separator differs (the atlas writes a comma)
        expect(value).toBe(source[0][6].replace('.', ','));
        inkar++;
      } else {
        expect(scope).toBe('kreis');
        const sheet = sheets.filter((x) => x.head.includes(s!.code));
        expect(sheet, s!.code).toHaveLength(1);
        expect(s!.source).toContain(sheet[0].sheet);
        expect(sheet[0].row[0]).toBe('5382000');
        expect(value).toBe(sheet[0].row[sheet[0].head.indexOf(s!.code)].replace('.', ','));
        atlas++;
      }
    }
    // every INKAR source row is used once: nothing dropped on the way
    expect(inkar).toBe(inkarRows.length);
    expect(atlas).toBe(2);
  });

  it('has the figures a person reads in the section (spot checks against INKAR)', () => {
    const at = (id: string, scope: string, year: string) => rows.find((r) => r[0] === id && r[1] === scope && r[2] === year)?.[3];
    expect(at('schulabgaenger-ohne-abschluss', 'kreis', '2022')).toBe('4,15');
    expect(at('schulabgaenger-ohne-abschluss', 'nrw', '2022')).toBe('6,25');
    expect(at('wohngeld-haushalte', 'kreis', '2021')).toBe('13,28');
    // the cell under kinder_bg (8,48 beside it is kbetr_ue6: a reading one column off gives that)
    expect(at('kinder-bedarfsgemeinschaften-da', 'kreis', '2022')).toBe('11,22');
    expect(at('wahlbeteiligung-bundestag-2021-da', 'kreis', '2021')).toBe('80,2');
  });
});

describe('readKreisSeries', () => {
  const desc = { table: 't.csv', series: [{ id: 'a', label: 'A', topic: 'T', unit: '%', definition: 'd', code: 'c', source: 's', license: 'l', vintage: 'v', indicators: ['x'] }] };

  it('names the line, the key and what is wrong; keeps what it can use', () => {
    const text = 'reihe;ebene;jahr;wert\na;kreis;2020;1,5\nb;kreis;2020;2\na;land;2020;3\na;kreis;2020;4\na;nrw;2020;2,5\n';
    const set = readKreisSeries(desc, 'd.json', text, 't.csv');
    expect(set.problems.map((p) => [p.line, p.key])).toEqual([
      [3, 'b'],
      [4, 'a'],
      [5, 'a'],
    ]);
    expect(set.problems.map((p) => p.message)).toEqual(['Reihe in der Beschreibung nicht genannt.', 'Zeile nicht lesbar (Reihe, Ebene kreis/nrw/bund, Jahr, Wert).', 'Wert für kreis 2020 doppelt.']);
    expect(set.series[0].points).toEqual([{ year: 2020, kreis: 1.5, nrw: 2.5, bund: null }]);
  });

  it('reports a description without its fields and a series without a Kreis figure', () => {
    const set = readKreisSeries({ series: [{ id: 'a' }, desc.series[0]] }, 'd.json', 'reihe;ebene;jahr;wert\na;nrw;2020;1\n', 't.csv');
    expect(set.problems.map((p) => p.message)).toEqual(['Reihe 1: Angabe fehlt (label, topic, unit, definition, code, source, license, vintage).', 'Die Reihe hat keinen Wert für den Kreis.']);
  });

  it('offers the series named by the indicator first, then its topic, then the rest', () => {
    const set = readKreisSeries(description, 'kreisreihen.json', table, 'kreisreihen.csv');
    const { related, others } = relatedFirst(set.series, { id: 'kinderarmut', topic: 'Kinder, Jugend und Familie' });
    expect(related.map((s) => s.id)).toEqual(['kita-unter-3', 'kita-3-6', 'kinderarmut-kreis', 'schulabgaenger-ohne-abschluss', 'kinder-bedarfsgemeinschaften-da']);
    expect(related.length + others.length).toBe(12);
  });
});
