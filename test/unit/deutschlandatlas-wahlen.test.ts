// What the Deutschlandatlas and turnout tables promise: every figure is the one in the verbatim source rows
// beside them, every election has its 19 Gemeinden with a plausible turnout, and the NRW references are the
// official Land turnouts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { numberOf, readPlain } from './support/plain-table';

const DIR = 'public/data/indicators';
/** The verbatim rows the extraction copied: `sheet header;…` then one line per area, dot decimals. */
function sourceRows(sheet: string): Map<string, Record<string, string>> {
  const [head, ...lines] = readFileSync(`${DIR}/sources/deutschlandatlas/${sheet}.csv`, 'utf8').trim().split('\n').map((l) => l.split(';'));
  // Gemeinde sheets: 5382004; Gemeindeverband sheets: 53820004 (Verband digit 0 before the Gemeinde number)
  const agsOf = (k: string) => (k.length === 8 ? `0${k.slice(0, 4)}${k.slice(5)}` : k.padStart(8, '0'));
  return new Map(lines.map((cells) => [agsOf(cells[0]), Object.fromEntries(head.map((h, i) => [h, cells[i]]))]));
}

describe('Deutschlandatlas tables', () => {
  const CASES: [string, string, string, string][] = [
    ['deutschlandatlas-2022.csv', 'pkw_notfall_min', 'Deutschlandatlas_GEM1222', 'p_notfall'],
    ['deutschlandatlas-2022.csv', 'pkw_grundschule_min', 'Deutschlandatlas_GEM1222', 'p_grunds'],
    ['deutschlandatlas-2022.csv', 'beschaeftigungsquote_frauen', 'Deutschlandatlas_GEM1222', 'beschq_w'],
    ['deutschlandatlas-2022.csv', 'steuereinnahmekraft_je_ew', 'Deutschlandatlas_GEM1222', 'st_einnkr'],
    ['deutschlandatlas-2022.csv', 'bestandsmiete_je_m2', 'Deutschlandatlas_VBGEM1222', 'preis_miet_best'],
    ['deutschlandatlas-2021.csv', 'pkw_hausarzt_min', 'Deutschlandatlas_GEM1221', 'p_harzt'],
    ['deutschlandatlas-2020.csv', 'pkw_apotheke_min', 'Deutschlandatlas_GEM1220', 'p_apo'],
  ];
  it.each(CASES)('%s %s equals %s %s for each of the 19 Gemeinden', (file, column, sheet, code) => {
    const rows = readPlain(`${DIR}/${file}`).rows;
    const source = sourceRows(sheet);
    expect(rows).toHaveLength(19);
    for (const r of rows) expect.soft(numberOf(r[column]), r.name).toBeCloseTo(Number(source.get(r.ags)?.[code]), 10);
  });
});

describe('turnout per Gemeinde', () => {
  const FILES: [string, number[]][] = [
    ['wahlbeteiligung-bundestag.csv', [2009, 2013]],
    ['wahlbeteiligung-europa.csv', [2009, 2014]],
    ['wahlbeteiligung-landtag.csv', [2010, 2012, 2017, 2022]],
    ['wahlbeteiligung-kommunal.csv', [1994, 1999, 2004, 2009, 2014, 2020]],
  ];
  it.each(FILES)('%s: 19 Gemeinden in each of %j, every turnout between 40 and 90 %%', (file, years) => {
    const rows = readPlain(`${DIR}/${file}`).rows;
    expect([...new Set(rows.map((r) => Number(r.jahr)))]).toEqual(years);
    for (const y of years) expect(rows.filter((r) => Number(r.jahr) === y && r.ags.length === 8), String(y)).toHaveLength(19);
    for (const r of rows) expect.soft(numberOf(r.wahlbeteiligung), `${r.ags} ${r.jahr}`).toBeGreaterThanOrEqual(40);
    for (const r of rows) expect.soft(numberOf(r.wahlbeteiligung), `${r.ags} ${r.jahr}`).toBeLessThanOrEqual(90);
  });

  it('gives the official NRW Landtag turnouts as references (59,3 / 59,6 / 65,2 / 55,5 %)', () => {
    const refs = readPlain(`${DIR}/referenzwerte-wahlen.csv`).rows.filter((r) => r.tabelle === 'wahlbeteiligung-landtag.csv');
    expect(refs.map((r) => [r.jahr, r.wert])).toEqual([
      ['2010', '59,3'],
      ['2012', '59,6'],
      ['2017', '65,2'],
      ['2022', '55,5'],
    ]);
  });
});
