// Two importer rules on real downloads: rows of the neighbours (Bonn, Köln) are named one by one with key
// and line and counted with the unknown keys; sub-headings "insgesamt / männlich / weiblich" under a merged
// heading keep that heading, so that the indicators say what they count and can be told apart.
import { describe, expect, it } from 'vitest';
import { cellsAt, loadAtlasData, type AtlasData } from '../../src/data/atlas-data';
import { importFiles } from '../../src/data/import';
import { dropped, fixture, fromDisk } from './dropped-files';

describe('rows and headings of real downloads', async () => {
  const data: AtlasData = await loadAtlasData('', fromDisk('public/data'));
  const gemeinden = data.areas.filter((a) => a.level === 'gemeinde');
  const outsideOf = (r: Awaited<ReturnType<typeof importFiles>>) => r.problems.filter((p) => p.code === 'row.keyOutside').map((p) => ({ key: p.key, line: p.line }));

  describe('an area outside the Kreis', () => {
    it('is listed with its key and line and counted like an unknown key', async () => {
      const rows = gemeinden.map((g, i) => `${g.id};${g.name};${i + 1},5`);
      const csv = ['ags;name;quote', ...rows, '05314000;Bonn;7,1', '05315000;Köln;8,2', '05382999;Nirgendwo;1'].join('\n');
      const r = await importFiles(data, [dropped('nachbarn.csv', csv)]);
      expect(outsideOf(r)).toEqual([
        { key: '05314000', line: 21 },
        { key: '05315000', line: 22 },
      ]);
      expect(r.problems.find((p) => p.key === '05314000')?.message).toBe('Schlüssel „05314000“ gehört zu einem Gebiet außerhalb des Rhein-Sieg-Kreises; die Zeile wird nicht übernommen.');
      expect(r.summary?.unmatched).toEqual(['05314000', '05315000', '05382999']);
      expect(r.summary?.matched).toBe(19);
    });

    it('in a GENESIS export with Bonn and Köln: both named, the rows of Bund, Land and Regierungsbezirk in one note', async () => {
      const r = await importFiles(data, [await fixture('genesis/13111-02-02-5_rhein-sieg-nachbarn.csv')]);
      expect(outsideOf(r)).toEqual([
        { key: '05314', line: 15 },
        { key: '05315', line: 16 },
      ]);
      expect(r.summary?.unmatched).toEqual(['05314', '05315']);
      const above = r.problems.filter((p) => p.code === 'row.outsideKreis');
      expect(above.map((p) => [p.line, p.params?.count])).toEqual([[12, 3]]);
      expect(r.summary?.matched).toBe(19);
    });
  });

  describe('headings over "insgesamt / männlich / weiblich"', () => {
    it('Destatis Gemeindeverzeichnis 31.12.2023 (xlsx, "Bevölkerung" merged over four columns): each column keeps the heading', async () => {
      const name = 'gemeindeverzeichnis-2023-rhein-sieg.xlsx';
      const r = await importFiles(data, [await fixture(`xlsx/${name}`)], { overrides: { [name]: { sheet: 'Onlineprodukt_Gemeinden31122023' } } });
      const labels = r.summary?.indicators ?? [];
      expect(labels).toEqual(expect.arrayContaining(['Bevölkerung2), insgesamt', 'Bevölkerung2), männlich', 'Bevölkerung2), weiblich', 'Bevölkerung2), je km2']));
      expect(labels).not.toContain('männlich');
      expect(labels).not.toContain('weiblich');
      // and the figures are those of the file: Eitorf 19.269 inhabitants, 9.568 men, 9.701 women, 276 per km²
      const cell = (label: string) => {
        const id = r.data.catalog.indicators.find((i) => i.label === label)?.id ?? '';
        return cellsAt(r.data, id, null, gemeinden).get('05382016');
      };
      expect(cell('Bevölkerung2), insgesamt')).toEqual({ kind: 'value', value: 19269 });
      expect(cell('Bevölkerung2), männlich')).toEqual({ kind: 'value', value: 9568 });
      expect(cell('Bevölkerung2), weiblich')).toEqual({ kind: 'value', value: 9701 });
      expect(cell('Bevölkerung2), je km2')).toEqual({ kind: 'value', value: 276 });
    });

    it('GENESIS 12411-01-01-5 (csv, headings repeated in every cell) keeps its names', async () => {
      const r = await importFiles(data, [await fixture('genesis/12411-01-01-5_rhein-sieg.csv')]);
      expect(r.summary?.indicators).toEqual([
        'Bevölkerungsstand: Bevölkerung nach Geschlecht',
        'Bevölkerungsstand: Bevölkerung nach Geschlecht: männlich',
        'Bevölkerungsstand: Bevölkerung nach Geschlecht: weiblich',
      ]);
    });
  });
});
