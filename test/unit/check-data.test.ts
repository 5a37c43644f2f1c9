// check:data: the atlas's own checks over a data folder in Node, before it is published.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkDataFolder } from '../../src/data/check-data';

const folder = (root: string) => {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return new Map(walk(root).map((p) => [relative(root, p), new Uint8Array(readFileSync(p))]));
};

describe('check:data', () => {
  it('finds nothing wrong with public/data, and reads every file the catalog names', async () => {
    const report = await checkDataFolder(folder('public/data'));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.files).toContain('indicators/catalog.json');
    expect(report.files).toContain('sozialraeume.topo.json');
    expect(report.files).toContain('indicators/catalog.en.json');
  });

  it('groups the problems of a broken table and broken geometry by kind, each located', async () => {
    const files = folder('public/data');
    files.set('kaputt.geojson', new Uint8Array(readFileSync('test/fixtures/geometry/kaputt.geojson')));
    const table = new TextDecoder().decode(files.get('indicators/gemeinden-bevoelkerung-2018.csv')).replace('05382060;', '05382061;');
    files.set('indicators/gemeinden-bevoelkerung-2018.csv', new TextEncoder().encode(table));
    const report = await checkDataFolder(files);
    expect(report.errors).toBeGreaterThan(0);
    const unknown = report.groups.find((g) => g.title === 'Unbekannte Schlüssel');
    expect(unknown?.problems[0]).toMatchObject({ file: 'indicators/gemeinden-bevoelkerung-2018.csv', column: 'ags', key: '05382061' });
    expect(unknown?.problems[0].line).toBeGreaterThan(1);
    expect(report.groups.map((g) => g.title)).toEqual(expect.arrayContaining(['Offene Ringe', 'Selbstüberschneidungen', 'Ringe mit weniger als 4 Positionen', 'Außerhalb des Kreises']));
  });

  it('reads the English catalog and names every indicator, topic and field it leaves German', async () => {
    const files = folder('public/data');
    const en = JSON.parse(new TextDecoder().decode(files.get('indicators/catalog.en.json')));
    delete en.indicators.kinderarmut;
    delete en.grid.indicators['raster-leerstand'].note;
    delete en.topics.Teilhabe;
    files.set('indicators/catalog.en.json', new TextEncoder().encode(JSON.stringify(en)));
    const report = await checkDataFolder(files);
    const titled = (title: string) => report.groups.find((g) => g.title === title)?.problems.map((p) => [p.file, p.key, p.message]);
    expect(titled('Indikatoren ohne Übersetzung')).toEqual([['indicators/catalog.en.json', 'kinderarmut', 'Indikator „kinderarmut“ hat keinen Eintrag in der Übersetzung.']]);
    expect(titled('Fehlende Übersetzungen')).toEqual([['indicators/catalog.en.json', 'raster-leerstand', 'Übersetzung von „note“ fehlt.']]);
    expect(titled('Themen ohne Übersetzung')).toEqual([['indicators/catalog.en.json', 'Teilhabe', 'Thema „Teilhabe“ ist nicht übersetzt.']]);
    expect(report.errors).toBe(3);
    files.delete('indicators/catalog.en.json');
    expect((await checkDataFolder(files)).groups.map((g) => [g.severity, g.title])).toContainEqual(['warning', 'Katalog ohne englische Übersetzung']);
  }, 30_000);

  it('the script exits 1 on errors and 0 on a sound folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-data-test-'));
    try {
      cpSync('public/data', dir, { recursive: true });
      const sound = spawnSync(process.execPath, ['scripts/check-data.mjs', dir], { encoding: 'utf8' });
      expect(sound.status, sound.stderr).toBe(0);
      writeFileSync(join(dir, 'eigene.csv'), 'ags;quote\n05382060;3,5\n05382999;viel\n');
      const broken = spawnSync(process.execPath, ['scripts/check-data.mjs', dir], { encoding: 'utf8' });
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/Fehler · Unbekannte Schlüssel \(1 ×\)\n {2}eigene\.csv – Zeile 3, Spalte „ags“, Schlüssel „05382999“: Unbekannter Schlüssel/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
