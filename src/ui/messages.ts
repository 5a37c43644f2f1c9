// Every user-facing text in one place, German first; English can follow as a second table.
import { formatNumber } from '../domain/format';
import type { Method } from '../domain/classify';

export const de = {
  appTitle: 'Sozialatlas Rhein-Sieg-Kreis',
  loading: 'Karte wird geladen …',
  loadFailed: 'Die Daten des Atlas konnten nicht geladen werden.',
  indicator: 'Indikator',
  classification: 'Klassifikation',
  method: 'Methode',
  classes: 'Klassen',
  scheme: 'Farbschema',
  schemeDefault: 'Standard des Indikators',
  manualBreaks: 'Klassengrenzen (durch Semikolon getrennt)',
  methods: {
    quantile: 'Quantile (gleich viele Gebiete je Klasse)',
    equal: 'Gleiche Intervalle',
    jenks: 'Natürliche Brüche (Jenks / ckmeans)',
    manual: 'Manuelle Grenzen',
  } satisfies Record<Method, string>,
  sample: 'Beispieldaten',
  sampleNote: 'Beispieldaten – keine amtlichen Zahlen, nur zur Erprobung.',
  legend: 'Legende',
  noData: 'keine Angabe',
  suppressed: 'geheim / unterdrückt',
  countWarning: 'Absolute Zahlen: Gebiete unterschiedlicher Größe sind so nur eingeschränkt vergleichbar.',
  source: 'Quelle',
  license: 'Lizenz',
  vintage: 'Stand',
  geometry: 'Geometrie',
  areas: (n: number) => (n === 1 ? '1 Gebiet' : `${n} Gebiete`),
  classRange: (lower: string, upper: string, last: boolean) => (last ? `${lower} bis ${upper}` : `${lower} bis unter ${upper}`),
  classLabel: (i: number) => `Klasse ${i + 1}`,
  panelClose: 'Auswahl schließen',
  selectArea: 'Gemeinde wählen',
  noneSelected: '– keine –',
  kreisValue: (official: boolean) => (official ? 'Kreiswert (amtlich)' : 'Kreiswert (berechnet)'),
  mean: 'Mittel der Gemeinden',
  rankLabel: 'Rang (1 = höchster Wert)',
  rank: (rank: number, of: number) => `${rank} von ${of}`,
  difference: 'Abweichung vom Kreiswert',
  problems: (n: number) => (n === 1 ? '1 Hinweis zu den Daten' : `${n} Hinweise zu den Daten`),
  problemLine: (line?: number, column?: string, key?: string) =>
    [line !== undefined ? `Zeile ${line}` : '', column ? `Spalte „${column}“` : '', key ? `Schlüssel „${key}“` : '']
      .filter(Boolean)
      .join(', '),
  mapLabel: (indicator: string) => `Karte: ${indicator} nach Gemeinden`,
  share: (n: number) => formatNumber(n, 0),
} as const;

export type Messages = typeof de;
