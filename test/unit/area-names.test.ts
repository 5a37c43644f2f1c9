// Names the build scripts write in German (sample Sozialräume, grid cells), shown in the language in
// use: recognised only when the German pattern made them exactly, own names kept as written.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { gridCellName, sampleSozialraumName } from '../../src/data/area-names';
import { readGemeinden, withSozialraeume, areasOf } from '../../src/data/boundaries';
import { writtenAreaNames as de, useAreaNameTexts } from '../../src/messages/area-names';
import { enAreaNames as en } from '../../src/messages/en/area-names';

const topo = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')) as Topology & { objects: Record<string, { geometries: { properties: { id: string; name: string; sample?: boolean } }[] }> };

afterEach(() => useAreaNameTexts(de));

describe('sample Sozialraum names', () => {
  it('are made again in English from their number and Gemeinde', () => {
    expect(sampleSozialraumName('Beispiel-Sozialraum 1 – Alfter', de, en)).toBe('Sample social area 1 – Alfter');
    expect(sampleSozialraumName('Beispiel-Sozialraum 12 – Sankt Augustin', de, en)).toBe('Sample social area 12 – Sankt Augustin');
  });

  it('keep every other name as written, and German as German', () => {
    for (const own of ['Nordstadt 1 – Alt', 'Sozialraum 3 – Siegburg', 'Beispiel-Sozialraum X – Alfter', 'Alfter']) expect(sampleSozialraumName(own, de, en)).toBe(own);
    expect(sampleSozialraumName('Beispiel-Sozialraum 1 – Alfter', de, de)).toBe('Beispiel-Sozialraum 1 – Alfter');
  });

  it('match every sample of the shipped file (so the build script and the pattern agree)', () => {
    const names = topo('sozialraeume.topo.json').objects.sozialraeume.geometries.map((g) => g.properties.name);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(sampleSozialraumName(name, de, en)).toMatch(/^Sample social area \d+ – \S/);
  });
});

describe('grid cell names', () => {
  it('are made again in English, the edge as "edge"', () => {
    expect(gridCellName('Rasterzelle N3054E4103 (Rheinbach)', de, en)).toBe('Grid cell N3054E4103 (Rheinbach)');
    expect(gridCellName('Rasterzelle N3054E4103 (Rand)', de, en)).toBe('Grid cell N3054E4103 (edge)');
    expect(gridCellName('Zelle N3054E4103 (Rheinbach)', de, en)).toBe('Zelle N3054E4103 (Rheinbach)');
  });

  it('match every cell and margin cell of the shipped grid', () => {
    const { objects } = topo('raster.topo.json');
    const names = [...objects.raster.geometries, ...(objects.rand?.geometries ?? [])].map((g) => g.properties.name);
    for (const name of names) expect(gridCellName(name, de, en)).toMatch(/^Grid cell \S+ \((?!Rand\)).+\)$/);
    expect(names.some((n) => n.endsWith('(Rand)'))).toBe(true);
    expect(gridCellName('Rasterzelle N3068E4133 (Hennef (Sieg))', de, en)).toBe('Grid cell N3068E4133 (Hennef (Sieg))');
  });
});

describe('withSozialraeume in English', () => {
  it('renames the shipped samples and their labels; ids, parents and the German first path unchanged', () => {
    const kreis = readGemeinden(topo('rhein-sieg.topo.json'), 'rhein-sieg.topo.json').boundaries;
    const sub = { topology: topo('sozialraeume.topo.json'), file: 'sozialraeume.topo.json' };
    const german = withSozialraeume(kreis, sub).boundaries;
    useAreaNameTexts(en);
    const english = withSozialraeume(kreis, sub).boundaries;
    expect(english.sozialraeume.features.map((f) => f.properties.id)).toEqual(german.sozialraeume.features.map((f) => f.properties.id));
    expect(german.sozialraeume.features[0].properties.name).toMatch(/^Beispiel-Sozialraum/);
    expect(english.sozialraeume.features.every((f) => f.properties.name.startsWith('Sample social area '))).toBe(true);
    expect(english.sozialraumLabels.features.every((f) => f.properties.name.startsWith('Sample social area '))).toBe(true);
    const areas = areasOf(english, '05382').filter((a) => a.level === 'sozialraum');
    expect(areas.find((a) => a.id === '05382004-001')?.name).toBe('Sample social area 1 – Alfter');
  });

  it('keeps the names of Sozialräume that are no samples', () => {
    const kreis = readGemeinden(topo('rhein-sieg.topo.json'), 'rhein-sieg.topo.json').boundaries;
    const topology = topo('sozialraeume.topo.json');
    for (const g of topology.objects.sozialraeume.geometries) g.properties.sample = false;
    useAreaNameTexts(en);
    const names = withSozialraeume(kreis, { topology, file: 'x' }).boundaries.sozialraeume.features.map((f) => f.properties.name);
    expect(names.every((n) => n.startsWith('Beispiel-Sozialraum '))).toBe(true);
  });
});
