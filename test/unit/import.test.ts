// A planner's own files dropped onto the built-in atlas: every malformed file of the corpus gets
// its located message, good files appear as indicators (and Sozialräume) at once.
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { cellsAt, loadAtlasData, yearsOf, type AtlasData } from '../../src/data/atlas-data';
import { importFiles } from '../../src/data/import';
import { dropped, fixture, fromDisk } from './dropped-files';
import type { Cell, Problem } from '../../src/domain/types';

const value = (v: number): Cell => ({ kind: 'value', value: v });
const SUPPRESSED: Cell = { kind: 'suppressed' };

describe('own data', async () => {
  const data: AtlasData = await loadAtlasData('', fromDisk('public/data'));
  const gemeinden = data.areas.filter((a) => a.level === 'gemeinde');
  const cellOf = (d: AtlasData, indicator: string, year: number | null, id: string) =>
    cellsAt(d, indicator, year, d.areas.filter((a) => a.id === id)).get(id);

  describe('every malformed file of the corpus gets its located message', async () => {
    const expected: Record<string, Partial<Problem> & { message: string }> = JSON.parse(await readFile('test/fixtures/bad/expected.json', 'utf8'));
    const names = (await readdir('test/fixtures/bad')).filter((n) => n !== 'expected.json').sort();

    it('has an expectation for each of at least 22 files', () => {
      expect(names.length).toBeGreaterThanOrEqual(22);
      expect(Object.keys(expected).sort()).toEqual(names);
    });

    it('drops no table row silently: each one is mapped or named by its line', async () => {
      for (const name of names.filter((n) => n.endsWith('.csv'))) {
        const result = await importFiles(data, [await fixture(`bad/${name}`)]);
        if (!result.summary) continue;
        if (result.added.length === 0) {
          // nothing taken over: the file as a whole is refused by an error on its header line
          expect(result.problems, name).toContainEqual(expect.objectContaining({ line: 1, severity: 'error' }));
          continue;
        }
        const lines = new Set(result.problems.map((p) => p.line));
        const rest = Math.min(...result.problems.filter((p) => p.message.includes('nie geschlossen')).map((p) => p.line ?? 0)) || Infinity;
        const text = new TextDecoder('windows-1252').decode(new Uint8Array((await fixture(`bad/${name}`)).bytes));
        const [head, ...rows] = text.split('\n');
        const keyIndex = head.split(';').indexOf(result.summary.keyColumn);
        const [indicator] = result.added;
        rows.forEach((row, i) => {
          const line = i + 2;
          if (row.trim() === '' || lines.has(line) || line > rest) return;
          const key = row.split(';')[keyIndex];
          const mapped = [...(result.data.series.get(indicator)?.cells.values() ?? [])].some((cells) => cells.has(key));
          expect(mapped, `${name}:${line}`).toBe(true);
        });
      }
    });

    it.each(names)('%s', async (name) => {
      const result = await importFiles(data, [await fixture(`bad/${name}`)]);
      const { message, ...located } = expected[name];
      expect(result.problems).toContainEqual(
        expect.objectContaining({ file: name, severity: 'error', ...located, message: expect.stringContaining(message) }),
      );
    });
  });

  it('maps a Gemeinde table with decimal commas and years at once, and says what matched', async () => {
    const lines = ['AGS;Gemeindename;Jahr;Quote Alleinerziehende'];
    gemeinden.slice(0, 18).forEach((g, i) => lines.push(`${g.id};${g.name};2021;${i},5`, `${g.id};${g.name};2022;${i + 1},25`));
    lines.push('05382999;Nirgendwo;2022;1,0');
    const result = await importFiles(data, [dropped('alleinerziehende.csv', lines.join('\r\n'))]);

    expect(result.summary).toMatchObject({
      file: 'alleinerziehende.csv',
      rows: 37,
      matched: 18,
      unmatched: ['05382999'],
      withoutRow: [gemeinden[18].id],
      level: 'gemeinde',
      keyColumn: 'AGS',
      yearColumn: 'Jahr',
      indicators: ['Quote Alleinerziehende'],
    });
    expect(result.added).toEqual(['eigen-quote-alleinerziehende']);
    expect(result.boundariesChanged).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 38, key: '05382999', message: expect.stringContaining('Unbekannter Schlüssel') }));

    const id = 'eigen-quote-alleinerziehende';
    expect(yearsOf(result.data, id, 'gemeinde')).toEqual([2021, 2022]);
    expect(cellOf(result.data, id, 2021, gemeinden[3].id)).toEqual(value(3.5));
    expect(cellOf(result.data, id, 2022, gemeinden[0].id)).toEqual(value(1.25));
    expect(cellOf(result.data, id, 2022, gemeinden[18].id)).toEqual({ kind: 'missing' });
    expect(result.data.catalog.indicators.find((i) => i.id === id)).toMatchObject({
      label: 'Quote Alleinerziehende',
      topic: 'Eigene Daten',
      unit: '%',
      kind: 'share',
      decimals: 2,
      sample: false,
      source: 'Eigene Daten: alleinerziehende.csv',
      vintage: '2021–2022',
      direction: 'neutral',
    });
    // A share without denominator has no Kreis value to make up.
    expect(result.data.series.get(id)?.reference.get(2022)).toEqual({ value: null, official: false });
  });

  it('never changes the atlas it was given', async () => {
    const before = { indicators: data.catalog.indicators.length, series: data.series.size, areas: data.areas.length, sub: data.boundaries.sozialraeume.features.length };
    const csv = `ags;wert\n${gemeinden.map((g) => `${g.id};1,5`).join('\n')}`;
    const result = await importFiles(data, [dropped('wert.csv', csv), await fixture('good/sozialraeume-siegburg.geojson')]);
    expect(result.data).not.toBe(data);
    expect({ indicators: data.catalog.indicators.length, series: data.series.size, areas: data.areas.length, sub: data.boundaries.sozialraeume.features.length }).toEqual(before);
    expect(yearsOf(data, 'kinderarmut', 'sozialraum')).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it('returns the atlas itself when nothing could be taken over', async () => {
    const result = await importFiles(data, [await fixture('bad/leer.csv')]);
    expect(result.data).toBe(data);
    expect(result.added).toEqual([]);
  });

  it('withholds counts below the threshold: 3 by default, more with 5', async () => {
    const csv = ['ags;anzahl_hilfen', ...gemeinden.map((g, i) => `${g.id};${i}`)].join('\n');
    const byDefault = await importFiles(data, [dropped('hilfen.csv', csv)]);
    const id = 'eigen-anzahl-hilfen';
    expect(byDefault.data.catalog.indicators.find((i) => i.id === id)).toMatchObject({ kind: 'count', decimals: 0, vintage: 'ohne Jahresangabe' });
    const shown = (r: typeof byDefault) => gemeinden.slice(0, 6).map((g) => cellOf(r.data, id, null, g.id));
    expect(shown(byDefault)).toEqual([value(0), SUPPRESSED, SUPPRESSED, value(3), value(4), value(5)]);
    const strict = await importFiles(data, [dropped('hilfen.csv', csv)], { suppressionThreshold: 5 });
    expect(shown(strict)).toEqual([value(0), SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED, value(5)]);
  });

  it('sums counts of all Gemeinden to the Kreis value, and takes the Kreis row when there is one', async () => {
    const rows = gemeinden.map((g) => `${g.id};10`);
    const summed = await importFiles(data, [dropped('faelle.csv', ['ags;faelle', ...rows].join('\n'))]);
    expect(summed.data.series.get('eigen-faelle')?.reference.get(0)).toEqual({ value: 190, official: false });
    const official = await importFiles(data, [dropped('faelle.csv', ['ags;faelle', ...rows, '05382;200'].join('\n'))]);
    expect(official.data.series.get('eigen-faelle')?.reference.get(0)).toEqual({ value: 200, official: true });
  });

  it('replaces its own earlier import of the same file, and never reuses an id', async () => {
    const csv = `ags;einwohner\n${gemeinden.map((g) => `${g.id};1000`).join('\n')}`;
    const first = await importFiles(data, [dropped('a.csv', csv)]);
    const again = await importFiles(first.data, [dropped('a.csv', csv)]);
    const other = await importFiles(again.data, [dropped('b.csv', csv)]);
    expect(first.added).toEqual(['eigen-einwohner']);
    expect(again.added).toEqual(['eigen-einwohner']);
    expect(other.added).toEqual(['eigen-einwohner-2']);
    expect(other.data.catalog.indicators.filter((i) => i.topic === 'Eigene Daten').map((i) => i.id)).toEqual(['eigen-einwohner', 'eigen-einwohner-2']);
    // the built-in "einwohner" keeps its id and figures
    expect(other.data.series.get('einwohner')).toBe(data.series.get('einwohner'));
  });

  it('finds the key column by its values when no header names it', async () => {
    const csv = `Gemeinde;Kennziffer;Wert\n${gemeinden.map((g) => `${g.name};${g.id.slice(1)};2,5`).join('\n')}`;
    const result = await importFiles(data, [dropped('ohne-namen.csv', csv)]);
    expect(result.summary).toMatchObject({ keyColumn: 'Kennziffer', matched: 19, indicators: ['Wert'] });
  });

  it('reads a UTF-8 BOM and UTF-16 as Excel writes them', async () => {
    const csv = `ags;quote\n${gemeinden.map((g) => `${g.id};2,5`).join('\n')}`;
    const bom = await importFiles(data, [dropped('bom.csv', `\uFEFF${csv}`)]);
    expect(bom.summary?.keyColumn).toBe('ags');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...csv].map((c) => c.charCodeAt(0))).buffer)]);
    const wide = await importFiles(data, [dropped('unicode.txt', utf16)]);
    expect(wide.summary).toMatchObject({ keyColumn: 'ags', matched: 19 });
    expect(wide.problems).toEqual([]);
  });

  describe('own Sozialräume', () => {
    const siegburg = ['05382060-001', '05382060-002', '05382060-003'];
    const csv = 'sozialraum;name;einwohner;anteil_u18\n05382060-001;Nord;1200;18,2\n05382060-002;Mitte;2;21,0\n05382060-003;Süd;950;19,4\n';

    it('a GeoJSON replaces the sample Sozialräume, and a table dropped with it keys to them', async () => {
      // The table comes first: geometry is still read before it.
      const result = await importFiles(data, [dropped('sozialraeume.csv', csv), await fixture('good/sozialraeume-siegburg.geojson')]);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.boundariesChanged).toBe(true);
      const own = result.data.areas.filter((a) => a.level === 'sozialraum');
      expect(own.map((a) => a.id).sort()).toEqual(siegburg);
      expect(own.every((a) => a.sample === false && a.parent === '05382060')).toBe(true);
      expect(result.data.boundaries.sozialraeume.features).toHaveLength(3);
      for (const label of result.data.boundaries.sozialraumLabels.features) {
        const [x, y] = label.geometry.coordinates;
        expect(x > 7.18 && x < 7.25 && y > 50.78 && y < 50.81, label.properties.id).toBe(true);
      }
      expect(result.data.catalog.sozialraeume).toMatchObject({ sample: false, file: 'sozialraeume-siegburg.geojson' });

      expect(result.summary).toMatchObject({ level: 'sozialraum', keyColumn: 'sozialraum', matched: 3, unmatched: [], withoutRow: [] });
      expect(cellOf(result.data, 'eigen-einwohner', null, '05382060-001')).toEqual(value(1200));
      expect(cellOf(result.data, 'eigen-einwohner', null, '05382060-002')).toEqual(SUPPRESSED);
      expect(cellOf(result.data, 'eigen-anteil-u18', null, '05382060-003')).toEqual(value(19.4));
      // Sample figures of the replaced Sozialräume leave with them.
      expect(yearsOf(result.data, 'kinderarmut', 'sozialraum')).toEqual([]);
      expect(result.data.series.get('kinderarmut')?.sampleLevels.has('sozialraum')).toBe(false);
      expect(yearsOf(result.data, 'kinderarmut', 'gemeinde')).toEqual([2021, 2022]);
    });

    it('a zipped Shapefile in WGS84 gives the same Sozialräume, names with umlauts intact', async () => {
      const result = await importFiles(data, [await fixture('good/sozialraeume-siegburg.zip')]);
      expect(result.problems).toEqual([]);
      const own = result.data.areas.filter((a) => a.level === 'sozialraum');
      expect(own.map((a) => a.id).sort()).toEqual(siegburg);
      expect(own.map((a) => a.name)).toContain('Siegburg-Süd');
    });

    it('a zipped Shapefile in UTM with its .prj is projected back to WGS84', async () => {
      const result = await importFiles(data, [await fixture('good/sozialraeume-siegburg-utm.zip')]);
      expect(result.problems).toEqual([]);
      expect(result.data.areas.filter((a) => a.level === 'sozialraum')).toHaveLength(3);
      const [x, y] = result.data.boundaries.sozialraumLabels.features[0].geometry.coordinates;
      expect(x).toBeCloseTo(7.195, 1);
      expect(y).toBeCloseTo(50.795, 1);
    });

    it('a TopoJSON with a sozialraeume object is read like the built-in one', async () => {
      const topo = await readFile('public/data/sozialraeume.topo.json', 'utf8');
      const result = await importFiles(data, [dropped('eigene.topojson', topo.replace(/"sample":true/g, '"sample":false'))]);
      expect(result.problems).toEqual([]);
      expect(result.data.areas.filter((a) => a.level === 'sozialraum')).toHaveLength(data.areas.filter((a) => a.level === 'sozialraum').length);
      expect(result.data.areas.some((a) => a.sample)).toBe(false);
    });
  });

  // How long it takes is measured by the bench ('import 10,000-row CSV'), in a browser, not here.
  it('imports 10,000 rows, every one of them', async () => {
    const years = Array.from({ length: 527 }, (_, i) => 1500 + i);
    const lines = ['ags;jahr;quote;anzahl;index'];
    for (const year of years) for (const g of gemeinden) if (lines.length <= 10_000) lines.push(`${g.id};${year};${(year % 97) / 10};${year % 13};1.234,5`);
    const file = dropped('gross.csv', lines.join('\n'));
    const result = await importFiles(data, [file]);
    expect(result.summary?.rows).toBe(10_000);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.added).toHaveLength(3);
  });
});
