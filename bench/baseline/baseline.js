// Baseline for `npm run bench`: the plain way to draw the same choropleth. Leaflet + GeoJSON,
// the same TopoJSON and CSV, 5 quantile classes in the catalog's ColorBrewer scheme, no tiles.
// Plain script, no build: run.mjs copies it with Leaflet, topojson-client and d3 (dist files)
// into dist/bench-baseline/.
//
// Query: ?base=../data/&table=gemeinden-bevoelkerung-2018.csv&w=928&h=800
//   base   data folder (relative to this page) holding indicators/catalog.json
//   table  the one CSV whose indicators are drawn (key column `ags`)
//   w, h   map size in CSS pixels, set to the atlas' map canvas so both draw the same area
//
// window.bench, once the first choropleth is on screen:
//   firstChoropleth  ms from navigation start to after the first paint with the layer
//   indicators       ids that can be switched to
//   switchTo(id)     restyles every polygon, resolves with ms until after the next paint
//   points()         page coordinates of one interior point per area (TopoJSON `labels`), if any
//   hovers           {id, ms} per mouseover: mouse event time to after the next paint
(async () => {
  const query = new URLSearchParams(location.search);
  const base = query.get('base') ?? '../data/';
  const tableFile = query.get('table') ?? 'gemeinden-bevoelkerung-2018.csv';
  const mapElement = document.getElementById('map');
  mapElement.style.width = `${Number(query.get('w') ?? 928)}px`;
  mapElement.style.height = `${Number(query.get('h') ?? 800)}px`;

  const CLASSES = 5;
  const INK = '#1f2933';
  const NO_DATA = '#d9d9d9';
  // After the next paint: the first rAF runs with the frame that draws, the second after it.
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const text = async (path) => {
    const res = await fetch(base + path);
    if (!res.ok) throw new Error(`${base + path}: HTTP ${res.status}`);
    return res.text();
  };
  // Decimal comma, no thousands separator in these tables; empty or symbol cells are missing.
  const number = (cell) => {
    const value = Number(String(cell ?? '').trim().replace(',', '.'));
    return cell === undefined || String(cell).trim() === '' || !Number.isFinite(value) ? null : value;
  };

  const catalog = JSON.parse(await text('indicators/catalog.json'));
  const table = catalog.tables.find((t) => t.file === tableFile);
  if (!table) throw new Error(`table ${tableFile} not in catalog`);
  const indicators = catalog.indicators.filter((i) => i.table === tableFile);
  const [topoText, csvText] = await Promise.all([text(catalog.geometry.file), text(`indicators/${tableFile}`)]);
  const topo = JSON.parse(topoText);
  const areas = topojson.feature(topo, topo.objects.gemeinden);
  const rows = d3.dsvFormat(';').parse(csvText.replace(/^\uFEFF/, ''));

  const values = new Map(indicators.map((ind) => [ind.id, new Map(rows.map((row) => [row[table.key], number(row[ind.column])]))]));
  const classColours = (ind) => d3[`scheme${ind.scheme}`]?.[CLASSES] ?? d3.schemeYlGnBu[CLASSES];
  /** id -> fill colour, quantile cuts taken at data values like the atlas does. */
  const colouring = (ind) => {
    const byId = values.get(ind.id);
    const sorted = [...byId.values()].filter((v) => v !== null).sort((a, b) => a - b);
    const cuts = Array.from({ length: CLASSES - 1 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / CLASSES)]);
    const colours = classColours(ind);
    return (id) => {
      const v = byId.get(id);
      return v === null || v === undefined ? NO_DATA : colours[cuts.filter((c) => v >= c).length];
    };
  };

  let fillOf = colouring(indicators[0]);
  const style = (f) => ({ fillColor: fillOf(f.properties.id), fillOpacity: 1, color: '#ffffff', weight: 1, opacity: 1 });
  const hoverStyle = { color: INK, weight: 2.5 };
  const hovers = [];

  // preferCanvas: one <canvas> for all polygons, the fastest fair Leaflet setting for ~11,000
  // polygons (the default SVG renderer would create one DOM node per polygon).
  // zoomSnap 0: fit the extent exactly, as MapLibre does, so both draw the same area.
  const map = L.map(mapElement, { preferCanvas: true, zoomSnap: 0, zoomControl: false, attributionControl: false });
  const layer = L.geoJSON(areas, {
    style,
    onEachFeature: (feature, path) => {
      path.on('mouseover', (e) => {
        const start = e.originalEvent.timeStamp;
        path.setStyle(hoverStyle);
        afterPaint().then(() => hovers.push({ id: feature.properties.id, ms: performance.now() - start }));
      });
      path.on('mouseout', () => layer.resetStyle(path));
    },
  });
  map.fitBounds(layer.getBounds(), { padding: [24, 24], animate: false });
  layer.addTo(map);
  await afterPaint();
  const firstChoropleth = performance.now();

  window.bench = {
    firstChoropleth,
    /** the first indicator's class colours: what the bench's first-frame probe looks for */
    colours: classColours(indicators[0]),
    indicators: indicators.map((i) => i.id),
    hovers,
    async switchTo(id) {
      const start = performance.now();
      fillOf = colouring(indicators.find((i) => i.id === id));
      layer.setStyle(style);
      await afterPaint();
      return performance.now() - start;
    },
    points() {
      const labels = topo.objects.labels ? topojson.feature(topo, topo.objects.labels).features : [];
      const box = mapElement.getBoundingClientRect();
      return labels.map((f) => {
        const p = map.latLngToContainerPoint([f.geometry.coordinates[1], f.geometry.coordinates[0]]);
        return { id: f.properties.id, x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
      });
    },
  };
})().catch((error) => {
  // The bench treats any page error as a broken measurement.
  console.error(`baseline failed: ${error.stack ?? error}`);
  window.benchError = String(error);
});
