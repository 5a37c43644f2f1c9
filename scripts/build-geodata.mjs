// Builds the boundary files the atlas serves (public/data/*.topo.json) from the committed
// sources in geodata/. mapshaper does the geometry work: it simplifies on shared arcs, so
// neighbouring municipalities keep a common border and the Kreis outline is their exact union.
import mapshaper from 'mapshaper';
import { mkdirSync } from 'node:fs';

const REGION = 'geodata/vg250/vg250_gem_rhein-sieg-region.geojson';
const GERMANY = 'geodata/vg250/vg250_gem_deutschland_vereinfacht.topo.json';
const KREIS = '05382';

mkdirSync('public/data', { recursive: true });
mkdirSync('bench/data/stress', { recursive: true });

// Rhein-Sieg-Kreis: its 19 Gemeinden, its outline, and the neighbouring districts as context.
await mapshaper.runCommands([
  `-i ${REGION} name=region`,
  '-simplify visvalingam weighted 60% keep-shapes',
  `-filter 'KREIS === "${KREIS}"' + name=gemeinden`,
  `-each 'id = AGS, name = GEN, parent = KREIS' target=gemeinden`,
  '-filter-fields id,name,parent target=gemeinden',
  // Label anchors: a point well inside each polygon (not the centroid, which can fall outside).
  '-points inner + name=labels target=gemeinden',
  '-dissolve parent + name=kreis target=gemeinden',
  `-each 'id = parent, name = "Rhein-Sieg-Kreis"' target=kreis`,
  '-filter-fields id,name target=kreis',
  `-filter 'KREIS !== "${KREIS}"' target=region`,
  '-dissolve KREIS copy-fields KREIS_NAME target=region',
  `-each 'id = KREIS, name = KREIS_NAME' target=region`,
  '-filter-fields id,name target=region',
  '-rename-layers nachbarn target=region',
  '-o format=topojson quantization=100000 target=* public/data/rhein-sieg.topo.json',
].join(' '));

// Stress level for the benchmark only: every German Gemeinde from the same VG250 source.
await mapshaper.runCommands([
  `-i ${GERMANY} name=gemeinden`,
  // VG250 stores some Gemeinden as several features (exclaves): one feature per key.
  '-dissolve AGS copy-fields GEN',
  `-each 'id = AGS, name = GEN, parent = AGS.slice(0, 5)'`,
  '-filter-fields id,name,parent',
  '-o format=topojson quantization=100000 bench/data/stress/gemeinden.topo.json',
].join(' '));
