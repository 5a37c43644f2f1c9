// English texts of places: the built-in layers and their categories, the pane, own places and their
// problems, reach. Loaded with the places chunk only. German school types keep their German name
// beside the English one where England has no equal, so a reader can look them up.
import type {
  NO_CATEGORY as GERMAN_NO_CATEGORY,
  PLACE_LAYER_NAME as GERMAN_LAYERS,
  SCHOOL_FORM_NAME as GERMAN_FORMS,
  placeProblemsDe,
  placeTexts as germanPlaces,
  reachTexts as germanReach,
} from '../de/places';
import type { TextsOf } from '../texts-of';

export const PLACE_LAYER_NAME: typeof GERMAN_LAYERS = {
  schulen: 'Schools',
  kliniken: 'Hospitals',
  'eigene-standorte': 'Your own places',
};

export const SCHOOL_FORM_NAME: typeof GERMAN_FORMS = {
  grundschule: 'Primary school',
  'haupt-realschule': 'Hauptschule or Realschule (lower secondary)',
  'gesamt-sekundarschule': 'Gesamtschule or Sekundarschule (comprehensive)',
  gymnasium: 'Gymnasium (grammar school)',
  foerderschule: 'Special school',
  berufskolleg: 'Berufskolleg (vocational college)',
  waldorfschule: 'Steiner Waldorf school',
};

export const placeTexts: typeof germanPlaces = {
  hospital: 'Hospital',
  place: 'Place',
  cluster: (n) => `${n} places`,
  clusterHint: (n) => `${n} places at this spot, zoom in to separate them`,
  list: 'Places on the map',
  schoolForms: 'Type of school (shape of the symbol)',
  socialIndex: 'School social index (colour; 1 = favourable, 9 = very challenging intake)',
  indexClass: (i) => `Index ${i}`,
  noIndex: 'no index',
  startchancen: 'Startchancen school (federal programme)',
  startchancenMark: 'S',
  categories: 'Categories',
  count: (n) => `(${n})`,
  schoolSymbol: (form, index) => (index === null ? `${form}, no social index` : `${form}, social index ${index}`),
  /** the hover and list text of a place: name, address, attributes */
  text: (name, address, attributes) => [name, address, ...attributes.map(([k, v]) => `${k}: ${v}`)].filter(Boolean).join(' · '),
  attribute: {
    schulform: 'Type of school',
    rechtsstatus: 'Legal status',
    schueler: 'Pupils',
    sozialindex: 'Social index',
    startchancen: 'Startchancen',
    stichtag: 'As at',
  },
  // German school types keep their name with a gloss, as SCHOOL_FORM_NAME does; "public school" would
  // mean a fee-paying school to a British reader, so the legal status says state or private.
  value: {
    schulform: {
      Grundschule: 'Primary school',
      Hauptschule: 'Hauptschule (lower secondary)',
      Realschule: 'Realschule (lower secondary)',
      Sekundarschule: 'Sekundarschule (comprehensive)',
      Gesamtschule: 'Gesamtschule (comprehensive)',
      Gymnasium: 'Gymnasium (grammar school)',
      Berufskolleg: 'Berufskolleg (vocational college)',
      'Freie Waldorfschule': 'Steiner Waldorf school',
      'Förderschule Grund-/Hauptschule': 'Special school (primary and lower secondary)',
      'Förderschule Berufskolleg': 'Special school (vocational college)',
    },
    rechtsstatus: { Öffentlich: 'State', Privat: 'Private' },
    startchancen: { ja: 'yes', nein: 'no' },
  },
  source: {
    schulen: 'Schools 2024/25: IT.NRW, school social index: MSB NRW (dl-de/by-2-0); coordinates © OpenStreetMap contributors (ODbL)',
    kliniken: 'Hospitals: © Eurostat / GISCO, healthcare services (EUPL 1.2), as at 2020',
  },
  // the pane
  pane: 'Places',
  paneClose: 'Close',
  layers: 'Layers',
  loading: 'loading …',
  ownFile: 'Load your own places (CSV, Excel or GeoJSON points)',
  ownHint:
    'Columns: latitude/longitude (lat/lon, WGS84, decimal comma or point) or easting/northing (rechtswert/hochwert, ETRS89/UTM32, EPSG:25832), a column kategorie (category), optionally id, name, adresse (address) and further attributes. The file stays in this browser.',
  ownRead: (read, drawn) => `${read} ${read === 1 ? 'line' : 'lines'} read, ${drawn} on the map`,
  ownClear: 'Remove your own places',
  ownSource: (file) => `Your own places from “${file}” (loaded in this browser)`,
  problems: 'Notes on the file',
  reach: 'Reach (straight-line distance)',
  reachLayer: 'Layer',
  reachCategory: 'Category',
  allCategories: 'all',
  reachDistance: 'Distance (straight line)',
  metres: (m) => (m >= 1000 && m % 1000 === 0 ? `${m / 1000} km` : `${m} m`),
  typed: 'your own distance in m',
  reachApply: 'Calculate and show',
  reachOff: 'Off',
  reachNeedsGrid: 'Reach needs the census grid; it could not be loaded.',
  gap: 'Need without offer',
  gapHint: (need, reach) => `Areas in the top classes of “${need}” and the bottom classes of “${reach}”`,
  gapNone: 'No areas: high need and low reach do not coincide anywhere.',
  gapNeed: 'Need',
  gapReach: 'Reach',
  gapArea: 'Area',
  gapClass: (c) => `(class ${c})`,
  gapChooseNeed: 'First show an indicator of need on the map, then calculate reach.',
};

/** Labels, definitions and sources of the reach indicators. */
export const reachTexts: typeof germanReach = {
  topic: 'Services and reach',
  what: (layer, category) => (category ? `${category} (${layer})` : layer),
  share: (what, m) => `Share of residents within ${m} straight-line distance of ${what}`,
  shareUnder18: (what, m) => `Share of under-18s within ${m} straight-line distance of ${what}`,
  distance: (what) => `Straight-line distance to ${what}, nearest place`,
  definition: (m) =>
    `Residents in grid cells (Census 2011, 1 km) whose centre lies at most ${m} in a straight line from the nearest place / all residents of the area × 100; cells assigned to the area by their centre. Straight-line distance, not the road network.`,
  definitionDistance: 'Distance (great circle) from the centre of the grid cell to the nearest place, in metres.',
  /** the source line says how the figure is made: formula first, then what it is made from */
  source: (formula, places, grid) => `${formula}; own calculation in the browser from ${places} and the Census 2011 grid (${grid})`,
  formulaShare: (m, whom) => `${whom} in grid cells with centre within ${m} straight-line distance of the nearest place ÷ ${whom} in the area × 100`,
  residents: 'Residents',
  under18: 'Under-18s',
  formulaDistance: 'Straight-line distance (great circle) from the centre of the grid cell to the nearest place in metres',
  vintage: 'Grid: Census 2011 (reference date 09/05/2011); places: see source',
};

/** Problems of place files, by code (see data/problem-messages.ts). */
export const placeProblemsEn: typeof placeProblemsDe = {
  'place.noCoordinates': () =>
    'No coordinate columns found: expected lat/lon (latitude/longitude, WGS84) or rechtswert/hochwert (or x/y, easting/northing, ETRS89/UTM32, EPSG:25832).',
  'place.missing': (p) => `Place “${p.id}” has no coordinates; it is not shown.`,
  'place.addressOnly': (p) =>
    `Place “${p.id}” has an address but no coordinates. Turning an address into coordinates (geocoding) would need a service outside the atlas, which the atlas does not ask: please add coordinates. Not shown.`,
  'place.notNumeric': (p) => `Coordinate “${p.value}” of place “${p.id}” is not a number; it is not shown.`,
  'place.swapped': (p) => `Latitude and longitude of place “${p.id}” are swapped; taken swapped back.`,
  'place.outside': (p) => `Place “${p.id}” lies outside the district (${p.km} km from the boundary); shown and counted for reach.`,
  'place.far': (p) => `Place “${p.id}” lies ${p.km} km outside the district; not shown (wrong coordinate system?).`,
  'place.otherGemeinde': (p) => `According to the table, place “${p.id}” belongs to ${p.named}; its point lies in ${p.found}.`,
  'place.duplicate': (p) => `The ID “${p.id}” occurs twice (already line ${p.line}); this line is not shown.`,
  'place.noCategory': (p) => `Place “${p.id}” has no category; shown as “no category”.`,
  'place.unknownCategory': (p) => `Place “${p.id}”: category “${p.category}” is not known for this layer.`,
  'place.notPoint': (p) => `Object “${p.id}” is not a point (${p.type}); not shown.`,
  'place.noRows': () => 'The file holds no places.',
  'place.noSource': (p) => `“${p.file}” has no entry in ${p.source} (origin, licence, vintage).`,
};

export const NO_CATEGORY: TextsOf<typeof GERMAN_NO_CATEGORY> = 'no category';
