// German texts of the analysis views.
import { formatNumber } from '../default-locale';
import type { Strength } from '../../domain/regression';

/** −0,54 with a true minus sign, as German typesetting writes it */
const signed = (v: number) => `${v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 2)}`;

const STRENGTH: Record<Strength, string> = { none: 'kein nennenswerter', weak: 'schwacher', moderate: 'mittlerer', strong: 'starker' };

export const deAnalysis = {
  pane: 'Analyse',
  close: 'Analyse schließen',
  views: 'Ansicht der Analyse',
  viewName: { scatter: 'Streudiagramm', ranking: 'Rangfolge', funnel: 'Trichterdiagramm', profile: 'Gebietsprofil', index: 'Sozialindex' },
  yAxis: 'Zweiter Indikator (y-Achse)',
  bivariate: 'als bivariate Karte',
  bivariateNote: 'Je Indikator drei Klassen (Terzile); die Farbe der Karte zeigt beide zugleich.',
  /** the bivariate key's three steps per axis, low to high */
  tercileWords: ['niedrig', 'mittel', 'hoch'] as const,
  bivariateKey: (x: string, y: string) => `Bivariate Legende: Spalten ${x}, Zeilen ${y}`,
  bivariateCell: (i: number, x: string, xWord: string, y: string, yWord: string, count: number) => `Klasse ${i + 1}: ${x} ${xWord}, ${y} ${yWord}, ${count} Gebiete`,
  /** "Terzile bei 12,0 / 18,5" */
  terciles: (bounds: string) => `Terzile bei ${bounds}`,
  kreis: 'Kreis',
  regression: 'Regressionsgerade',
  brushHint: 'Ziehen Sie ein Rechteck, um dessen Gebiete auf der Karte hervorzuheben; Pfeiltasten wechseln zwischen den Punkten, Eingabe wählt ein Gebiet.',
  brushed: (n: number) => `${n} ${n === 1 ? 'Gebiet' : 'Gebiete'} im Rechteck auf der Karte hervorgehoben`,
  brushClear: 'Hervorhebung aufheben',
  dataTable: 'Werte als Tabelle',
  area: 'Gebiet',
  summary: (r: number, r2: number, strength: Strength, x: string, y: string, n: number, areas: string) =>
    `r = ${signed(r)}: ${STRENGTH[strength]}${strength === 'none' ? '' : r > 0 ? ' positiver' : ' negativer'} Zusammenhang zwischen „${x}“ und „${y}“ in ${n} ${areas}` +
    ` (r² = ${formatNumber(r2, 2)}: ${formatNumber(r2 * 100, 0)} % der Streuung gemeinsam; ein Zusammenhang ist keine Ursache).`,
  noFit: (n: number) => `Zu wenige Gebiete mit beiden Werten (${n}) für eine Regressionsgerade.`,
  dot: (name: string, x: string, y: string) => `${name}: ${x}; ${y}`,
  funnelBase: 'Basis (Nenner des Werts, log. Achse)',
  funnelNone: 'Kein Trichterdiagramm: für diesen Indikator gibt es kein Konfidenzintervall oder keinen Kreiswert.',
  funnelSummary: (what: string, n: number, areas: string, beyond95: number, beyond998: number) =>
    `${what}: ${n} ${areas} nach ihrer Basis (waagerecht) und ihrem Wert (senkrecht). Innerhalb der Trichterlinien liegt ein Wert im Rahmen des Zufalls um den Kreiswert (gestrichelt); ` +
    `außerhalb der 95-%-Grenze ${beyond95}, außerhalb der 99,8-%-Grenze ${beyond998} Gebiete.`,
  funnelDot: (name: string, value: string, base: string) => `${name}: ${value}, Basis ${base}`,
  rankingTitle: 'Rangfolge',
  rankingSummary: (what: string, n: number, areas: string) => `${what}: ${n} ${areas} nach ihrem Wert geordnet, der höchste zuerst.`,
  rankingMissing: (names: string) => `Ohne Wert: ${names}.`,
  bar: (rank: number, name: string, value: string) => `Rang ${rank}: ${name}, ${value}`,
  profileTitle: (name: string) => `Gebietsprofil ${name}`,
  profileArea: 'Gebiet des Profils',
  profileHead: { indicator: 'Indikator', value: 'Wert', kreis: 'Kreis', parent: 'Gemeinde', rank: 'Rang', range: 'Lage', trend: 'Entwicklung' },
  rangeNote: 'Lage: der Punkt zwischen niedrigstem und höchstem Wert aller Gebiete der Ebene, der Strich der Kreiswert. Entwicklung: Veränderung seit dem genannten Jahr. Unter einem Wert: sein 95-%-Konfidenzintervall und sein Vergleich mit dem Kreiswert.',
  rangeLabel: (min: string, max: string, value: string) => `von ${min} bis ${max}, hier ${value}`,
  trend: (arrow: '↑' | '↓' | '→', change: string, year: number) => `${arrow} ${change} (${year})`,
  trendWords: { '↑': 'gestiegen', '↓': 'gesunken', '→': 'gleich geblieben' },
  /** "+1,2 seit 2019" */
  since: (change: string, year: number) => `${change} seit ${year}`,
  kreisDashed: (value: string) => `Kreis (gestrichelt): ${value}`,
  indexTitle: 'Sozialindex',
  indexIntro: 'Wählen Sie Indikatoren, je Indikator die Richtung des Bedarfs und ein Gewicht. Der Index ist das gewichtete Mittel der standardisierten Werte und wird auf der Karte um 0 gezeigt.',
  standardisation: 'Standardisierung',
  standardWords: { z: 'z-Werte (Abweichung vom Mittel in Standardabweichungen)', rank: 'Rangwerte (−1 bis +1, robust gegen Ausreißer)' },
  component: 'Indikator',
  direction: 'Mehr Bedarf, wenn',
  directionWords: { higher: 'höher', lower: 'niedriger' },
  weight: 'Gewicht',
  remove: (label: string) => `${label} entfernen`,
  add: 'Indikator hinzufügen',
  addNone: '– Indikator wählen –',
  excluded: (n: number) => `${n} ${n === 1 ? 'Gebiet fehlt' : 'Gebiete fehlen'} im Index (ein Bestandteil ohne Wert; nie geschätzt):`,
  excludedRow: (name: string, missing: string) => `${name} (ohne ${missing})`,
  sensitivity: 'Empfindlichkeit: Rangänderung gegenüber gleichen Gewichten',
  sensitivityNone: 'Mit gleichen Gewichten ändert sich kein Rang.',
  sensitivityHead: { area: 'Gebiet', rank: 'Rang (gewählt)', equal: 'Rang (gleiche Gewichte)', shift: 'Änderung' },
  indexEmpty: 'Noch kein Indikator gewählt: die Karte zeigt weiter den gewählten Indikator.',
  recipe: 'Rezept',
};
