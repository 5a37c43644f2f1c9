// Stress level for the benchmark: every German Gemeinde (VG250, bench/data/stress/gemeinden.topo.json)
// with synthetic values. Deterministic (seeded), clearly marked as sample data.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const dir = new URL('./data/stress/', import.meta.url);
const topo = JSON.parse(readFileSync(new URL('gemeinden.topo.json', dir), 'utf8'));
const ids = [...new Set(topo.objects.gemeinden.geometries.map((g) => g.properties.id))].sort();

let seed = 20261125;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const columns = ['wert_a', 'wert_b', 'wert_c', 'wert_d'];
const rows = ids.map((id) => [id, ...columns.map((_, i) => (random() * 10 ** (i + 1)).toFixed(1).replace('.', ','))].join(';'));
mkdirSync(new URL('indicators/', dir), { recursive: true });
writeFileSync(new URL('indicators/stress.csv', dir), [`ags;${columns.join(';')}`, ...rows].join('\n') + '\n');

const indicator = (column, i) => ({
  id: column,
  label: `Lasttest ${String.fromCharCode(65 + i)}`,
  topic: 'Lasttest',
  unit: '',
  kind: 'index',
  decimals: 1,
  table: 'stress.csv',
  column,
  source: 'Synthetische Zufallswerte für den Lasttest',
  license: 'keine (erzeugt)',
  vintage: '2026',
  sample: true,
  scheme: ['Blues', 'Greens', 'Oranges', 'Purples'][i],
  direction: 'neutral',
});
const catalog = {
  title: 'Lasttest: alle Gemeinden Deutschlands',
  kreis: { id: 'DE', name: 'Deutschland' },
  suppressionThreshold: 3,
  geometry: {
    file: 'gemeinden.topo.json',
    source: 'BKG, VG250, Gemeinden (vereinfacht)',
    license: 'dl-de/by-2-0',
    attribution: '© GeoBasis-DE / BKG (2016)',
    vintage: '01.01.2016',
  },
  tables: [{ file: 'stress.csv', key: 'ags' }],
  indicators: columns.map(indicator),
};
writeFileSync(new URL('indicators/catalog.json', dir), JSON.stringify(catalog, null, 2) + '\n');
console.log(`stress data: ${ids.length} Gemeinden`);
