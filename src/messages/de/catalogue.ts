// German texts of the indicator picker and the "Über die Daten" view.
import type { Level } from '../../domain/types';

const years = (spans: readonly [number, number][]) =>
  spans.length === 0 ? 'ohne Jahresangabe' : spans.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');

const levelNames: Record<Level, string> = { kreis: 'Kreis', gemeinde: 'Gemeinden', sozialraum: 'Sozialräume', raster: 'Rasterzellen' };

export const deCatalogue = {
  pickerLabel: 'Indikator',
  pickerFilter: 'Indikator suchen',
  pickerPlaceholder: 'Wort, Thema oder Kennziffer',
  pickerList: 'Indikatoren nach Thema',
  pickerCount: (n: number) => (n === 1 ? '1 Indikator gefunden' : `${n} Indikatoren gefunden`),
  pickerNone: 'Kein Indikator gefunden',
  pickerShown: 'gezeigt',
  pickerHint: 'Pfeiltasten wählen, Eingabe übernimmt, Esc schließt.',
  years,
  /** "Gemeinden 2015–2022; Sozialräume 2020" */
  availability: (list: readonly { level: Level; spans: [number, number][] }[]) =>
    list.length ? list.map((a) => `${levelNames[a.level]} ${years(a.spans)}`).join('; ') : 'keine Werte',
  levelNames,
  definition: 'Definition',
  formula: 'Formel',
  numerator: 'Zähler',
  denominator: 'Nenner',
  factor: 'Faktor',
  unit: 'Einheit',
  source: 'Quelle',
  code: 'Tabelle / Kennziffer',
  license: 'Lizenz',
  vintage: 'Stand',
  yearsAvailable: 'Jahre',
  note: 'Hinweis',
  display: 'Darstellung',
  displays: { choropleth: 'Flächenfarbe (Choroplethe)', circles: 'Kreise (Fläche ∝ Wert)' },
  sample: 'Beispieldaten (erfunden)',
  noUnit: 'ohne Einheit',
  aboutOpen: 'Über die Daten',
  aboutTitle: 'Über die Daten',
  aboutIntro: (n: number, topics: number) =>
    `${n} Indikatoren in ${topics} Themen: was sie messen, woher sie stammen, unter welcher Lizenz sie stehen und für welche Jahre es Werte gibt.`,
  aboutFilter: 'Indikatoren durchsuchen',
  aboutCount: (n: number) => (n === 1 ? '1 Indikator' : `${n} Indikatoren`),
  aboutCurrent: 'in der Karte gezeigt',
  aboutGeometry: 'Geometrien',
  geometryOf: { kreis: 'Kreis', gemeinde: 'Gemeindegrenzen', sozialraum: 'Sozialräume', raster: 'Zensus-2011-Gitter (1 km)' } satisfies Record<Level, string>,
  attribution: 'Namensnennung',
  file: 'Datei',
  references: 'Bezugswerte',
  close: 'Schließen',
  scopes: { nrw: 'NRW', bund: 'Deutschland' },
  referenceValue: (scope: 'nrw' | 'bund', year: number) => `${scope === 'nrw' ? 'NRW' : 'Deutschland'} ${year}`,
  referenceValueHead: 'Wert',
  /** the area's value minus the reference value */
  differenceHead: 'Abweichung',
  referenceOtherYear: (year: number) => `Bezugswert nur für ${year} veröffentlicht`,
  differenceTo: (scope: 'nrw' | 'bund') => `Abweichung von ${scope === 'nrw' ? 'NRW' : 'Deutschland'}`,
} as const;
