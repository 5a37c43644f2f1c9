// German texts of places ("Standorte"): the built-in layers and their categories, the pane, own
// places and their problems, reach ("Erreichbarkeit"). Loaded with the places chunk only.

export const PLACE_LAYER_NAME: Record<string, string> = {
  schulen: 'Schulen',
  kliniken: 'Krankenhäuser',
  'eigene-standorte': 'Eigene Standorte',
};

export const SCHOOL_FORM_NAME: Record<string, string> = {
  grundschule: 'Grundschule',
  'haupt-realschule': 'Haupt- oder Realschule',
  'gesamt-sekundarschule': 'Gesamt- oder Sekundarschule',
  gymnasium: 'Gymnasium',
  foerderschule: 'Förderschule',
  berufskolleg: 'Berufskolleg',
  waldorfschule: 'Freie Waldorfschule',
};

export const placeTexts = {
  hospital: 'Krankenhaus',
  place: 'Standort',
  cluster: (n: number) => `${n} Standorte`,
  clusterHint: (n: number) => `${n} Standorte an dieser Stelle, hineinzoomen zum Trennen`,
  list: 'Standorte auf der Karte',
  schoolForms: 'Schulform (Form des Zeichens)',
  socialIndex: 'Schulsozialindex (Farbe; 1 = günstige, 9 = sehr herausfordernde Schülerschaft)',
  indexClass: (i: number) => `Index ${i}`,
  noIndex: 'ohne Index',
  startchancen: 'Startchancen-Schule',
  startchancenMark: 'S',
  categories: 'Kategorien',
  count: (n: number) => `(${n})`,
  schoolSymbol: (form: string, index: number | null) => (index === null ? `${form}, ohne Sozialindex` : `${form}, Sozialindex ${index}`),
  /** the hover and list text of a place: name, address, attributes */
  text: (name: string, address: string, attributes: readonly [string, string][]) =>
    [name, address, ...attributes.map(([k, v]) => `${k}: ${v}`)].filter(Boolean).join(' · '),
  attribute: {
    schulform: 'Schulform',
    rechtsstatus: 'Rechtsstatus',
    schueler: 'Schüler',
    sozialindex: 'Sozialindex',
    startchancen: 'Startchancen',
    stichtag: 'Stand',
  } as Record<string, string>,
  /** values of the built-in layers' attributes as shown, by attribute and the value the file writes */
  value: {
    schulform: {
      Grundschule: 'Grundschule',
      Hauptschule: 'Hauptschule',
      Realschule: 'Realschule',
      Sekundarschule: 'Sekundarschule',
      Gesamtschule: 'Gesamtschule',
      Gymnasium: 'Gymnasium',
      Berufskolleg: 'Berufskolleg',
      'Freie Waldorfschule': 'Freie Waldorfschule',
      'Förderschule Grund-/Hauptschule': 'Förderschule Grund-/Hauptschule',
      'Förderschule Berufskolleg': 'Förderschule Berufskolleg',
    } as Record<string, string>,
    rechtsstatus: { Öffentlich: 'Öffentlich', Privat: 'Privat' } as Record<string, string>,
    startchancen: { ja: 'ja', nein: 'nein' } as Record<string, string>,
  } as Record<string, Record<string, string>>,
  source: {
    schulen: 'Schulen 2024/25: IT.NRW, Schulsozialindex: MSB NRW (dl-de/by-2-0); Koordinaten © OpenStreetMap-Mitwirkende (ODbL)',
    kliniken: 'Krankenhäuser: © Eurostat / GISCO, healthcare services (EUPL 1.2), Stand 2020',
  } as Record<string, string>,
  // the pane
  pane: 'Standorte',
  paneClose: 'Schließen',
  layers: 'Ebenen',
  loading: 'lädt …',
  ownFile: 'Eigene Standorte laden (CSV, Excel oder GeoJSON-Punkte)',
  ownHint:
    'Spalten: Breite/Länge (lat/lon, WGS84, Dezimalkomma oder -punkt) oder Rechtswert/Hochwert (ETRS89/UTM32, EPSG:25832), eine Spalte kategorie, optional id, name, adresse und weitere Merkmale. Die Datei bleibt in diesem Browser.',
  ownRead: (read: number, drawn: number) => `${read} Zeilen gelesen, ${drawn} auf der Karte`,
  ownClear: 'Eigene Standorte entfernen',
  ownSource: (file: string) => `Eigene Standorte aus „${file}“ (in diesem Browser geladen)`,
  problems: 'Hinweise zur Datei',
  reach: 'Erreichbarkeit (Luftlinie)',
  reachLayer: 'Ebene',
  reachCategory: 'Kategorie',
  allCategories: 'alle',
  reachDistance: 'Entfernung (Luftlinie)',
  metres: (m: number) => (m >= 1000 && m % 1000 === 0 ? `${m / 1000} km` : `${m} m`),
  typed: 'eigene Entfernung in m',
  reachApply: 'Berechnen und zeigen',
  reachOff: 'Aus',
  reachNeedsGrid: 'Die Erreichbarkeit braucht das Zensus-Gitter; es ließ sich nicht laden.',
  gap: 'Bedarf ohne Angebot',
  gapHint: (need: string, reach: string) => `Gebiete in den oberen Klassen von „${need}“ und den unteren von „${reach}“`,
  gapNone: 'Keine Gebiete: hoher Bedarf und geringe Erreichbarkeit fallen nirgends zusammen.',
  gapNeed: 'Bedarf',
  gapReach: 'Erreichbar',
  gapArea: 'Gebiet',
  gapClass: (c: number) => `(Klasse ${c})`,
  gapChooseNeed: 'Erst eine Kennzahl des Bedarfs auf der Karte zeigen, dann die Erreichbarkeit berechnen.',
};

/** Labels, definitions and sources of the reach indicators. */
export const reachTexts = {
  topic: 'Versorgung und Erreichbarkeit',
  what: (layer: string, category: string | null) => (category ? `${category} (${layer})` : layer),
  share: (what: string, m: string) => `Anteil der Einwohner bis ${m} Luftlinie zu ${what}`,
  shareUnder18: (what: string, m: string) => `Anteil der unter 18-Jährigen bis ${m} Luftlinie zu ${what}`,
  distance: (what: string) => `Luftlinie zu ${what}, nächster Standort`,
  definition: (m: string) =>
    `Einwohner in Gitterzellen (Zensus 2011, 1 km), deren Mittelpunkt höchstens ${m} Luftlinie vom nächsten Standort liegt / alle Einwohner des Gebiets × 100; Zellen nach ihrem Mittelpunkt dem Gebiet zugeordnet. Luftlinie, kein Wegenetz.`,
  definitionDistance: 'Entfernung (Großkreis) vom Mittelpunkt der Gitterzelle zum nächsten Standort, in Metern.',
  /** the source line says how the figure is made: formula first, then what it is made from */
  source: (formula: string, places: string, grid: string) => `${formula}; eigene Berechnung im Browser aus ${places} und dem Zensus-2011-Gitter (${grid})`,
  formulaShare: (m: string, whom: string) => `${whom} in Gitterzellen mit Mittelpunkt bis ${m} Luftlinie zum nächsten Standort ÷ ${whom} im Gebiet × 100`,
  residents: 'Einwohner',
  under18: 'unter 18-Jährige',
  formulaDistance: 'Luftlinie (Großkreis) vom Mittelpunkt der Gitterzelle zum nächsten Standort in Metern',
  vintage: 'Gitter: Zensus 2011 (Stichtag 09.05.2011); Standorte: siehe Quelle',
};

/** Problems of place files, by code (see data/problem-messages.ts). */
export const placeProblemsDe = {
  'place.noCoordinates': () =>
    'Keine Koordinatenspalten gefunden: erwartet lat/lon (Breite/Länge, WGS84) oder rechtswert/hochwert (bzw. x/y, easting/northing, ETRS89/UTM32, EPSG:25832).',
  'place.missing': (p: { id: string }) => `Standort „${p.id}“ hat keine Koordinaten; er wird nicht gezeigt.`,
  'place.addressOnly': (p: { id: string }) =>
    `Standort „${p.id}“ hat eine Adresse, aber keine Koordinaten. Eine Adresse in Koordinaten umzurechnen (Geokodierung) bräuchte einen Dienst außerhalb des Atlas, den der Atlas nicht anfragt: bitte Koordinaten ergänzen. Nicht gezeigt.`,
  'place.notNumeric': (p: { id: string; value: string }) => `Koordinate „${p.value}“ von Standort „${p.id}“ ist keine Zahl; er wird nicht gezeigt.`,
  'place.swapped': (p: { id: string }) => `Breite und Länge von Standort „${p.id}“ sind vertauscht; getauscht übernommen.`,
  'place.outside': (p: { id: string; km: string }) =>
    `Standort „${p.id}“ liegt außerhalb des Kreises (${p.km} km von der Grenze); gezeigt und für die Erreichbarkeit mitgezählt.`,
  'place.far': (p: { id: string; km: string }) => `Standort „${p.id}“ liegt ${p.km} km außerhalb des Kreises; nicht gezeigt (falsches Koordinatensystem?).`,
  'place.otherGemeinde': (p: { id: string; named: string; found: string }) =>
    `Standort „${p.id}“ gehört laut Tabelle zu ${p.named}, sein Punkt liegt in ${p.found}.`,
  'place.duplicate': (p: { id: string; line: number }) => `Die Kennung „${p.id}“ kommt doppelt vor (schon Zeile ${p.line}); diese Zeile wird nicht gezeigt.`,
  'place.noCategory': (p: { id: string }) => `Standort „${p.id}“ hat keine Kategorie; gezeigt als „ohne Kategorie“.`,
  'place.unknownCategory': (p: { id: string; category: string }) => `Standort „${p.id}“: Kategorie „${p.category}“ ist für diese Ebene nicht bekannt.`,
  'place.notPoint': (p: { id: string; type: string }) => `Objekt „${p.id}“ ist kein Punkt (${p.type}); nicht gezeigt.`,
  'place.noRows': () => 'Die Datei enthält keine Standorte.',
  'place.noSource': (p: { file: string; source: string }) => `„${p.file}“ hat keinen Eintrag in ${p.source} (Herkunft, Lizenz, Stand).`,
};

export const NO_CATEGORY = 'ohne Kategorie';
