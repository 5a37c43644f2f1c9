// German texts of confidence intervals, of "unsicher (kleine Basis)" and of the comparison with the
// Kreis value (state/interval-plan.ts); numbers are formatted by the caller's locale.
import { formatNumber } from '../default-locale';
import type { ConfidenceLevel, IntervalMethod, Judgement, NoInterval } from '../../domain/intervals';

const PERCENT: Record<ConfidenceLevel, string> = { 0.95: '95', 0.998: '99,8' };

interface Proportion {
  value: number;
  lower: number;
  upper: number;
}
const pct = (p: number) => `${formatNumber(p * 100, 1)} %`;

const NO_INTERVAL: Record<NoInterval, string> = {
  method: 'kein Intervall',
  missing: 'kein Intervall (Zählwerte fehlen)',
  suppressed: 'kein Intervall (Zählwerte geheim)',
  'base-zero': 'kein Intervall (Basis 0)',
  invalid: 'kein Intervall (Zählwerte unstimmig)',
};

const JUDGEMENT: Record<Judgement, string> = {
  higher: 'signifikant höher',
  lower: 'signifikant niedriger',
  better: 'signifikant günstiger',
  worse: 'signifikant ungünstiger',
  similar: 'ähnlich',
  'not-assessable': 'nicht bewertbar',
};

export const deIntervals = {
  /** "95-%-KI" */
  ci: (level: ConfidenceLevel) => `${PERCENT[level]}-%-KI`,
  levelName: (level: ConfidenceLevel) => `${PERCENT[level]} %`,
  /** a funnel plot's limit: "95-%-Grenze" */
  limit: (level: ConfidenceLevel) => `${PERCENT[level]}-%-Grenze`,
  /** "(95-%-KI 10,1–15,0)", the bounds already formatted */
  range: (level: ConfidenceLevel, lower: string, upper: string) => `(${PERCENT[level]}-%-KI ${lower}–${upper})`,
  none: (reason: NoInterval) => NO_INTERVAL[reason],
  unsure: 'unsicher (kleine Basis)',
  /** the table's interval columns: short on screen ("bis"), whole in a CSV */
  lowerHeader: (level: ConfidenceLevel) => `${PERCENT[level]}-%-KI von`,
  upperHeader: (level: ConfidenceLevel, long: boolean) => (long ? `${PERCENT[level]}-%-KI bis` : 'bis'),
  reliabilityHeader: 'Verlässlichkeit',
  /** "signifikant höher als der Kreiswert (95 %)" */
  judgement: (j: Judgement) => JUDGEMENT[j],
  /** the same without "signifikant", for narrow columns whose head says it ("höher", "ungünstiger") */
  judgementShort: (j: Judgement) => JUDGEMENT[j].replace(/^signifikant /, ''),
  /** the head's note of such a column */
  significantAt: (level: ConfidenceLevel) => `signifikant bei ${PERCENT[level]} %`,
  versusKreis: (j: Judgement, level: ConfidenceLevel) =>
    j === 'not-assessable' ? `Vergleich mit dem Kreiswert: nicht bewertbar` : j === 'similar' ? `ähnlich wie der Kreiswert (${PERCENT[level]}-%-KI enthält ihn)` : `${JUDGEMENT[j]} als der Kreiswert (${PERCENT[level]} %)`,
  /** beneath the significance map's groups, the Kreis value already formatted */
  significanceNote: (level: ConfidenceLevel, kreis: string | null) =>
    kreis === null
      ? 'Kein Kreiswert: kein Gebiet ist bewertbar.'
      : `Kreiswert ${kreis}. Signifikant anders ist ein Gebiet, wenn sein ${PERCENT[level]}-%-Konfidenzintervall den Kreiswert nicht enthält.`,
  significanceNone: (reason: string) => `Kein Gebiet ist bewertbar: kein Intervall für diesen Indikator (${reason}).`,
  confidenceLevel: 'Konfidenzniveau',
  /** beneath a legend whose map fades unsure values */
  fadedNote: (n: number) => `Blass gezeichnet: ${n === 1 ? '1 Wert' : `${n} Werte`} unsicher (kleine Basis).`,
  fadeUnsure: 'Unsichere Werte (kleine Basis) blass zeichnen',
  /** "Über die Daten": the row of an indicator, and the methods in plain words with an example */
  aboutRow: 'Konfidenzintervall',
  aboutRowOf: (m: IntervalMethod, reason: string | null) => (m === 'none' ? `kein Intervall${reason ? `: ${reason}` : ''}` : m === 'wilson' ? 'Wilson-Intervall (Anteil: der Zähler ist Teil des Nenners)' : 'Byar-Näherung, unter 10 Fällen exakt nach Poisson (Rate: Ereignisse je Bevölkerung)'),
  aboutTitle: 'Kleine Zahlen ehrlich zeigen: Konfidenzintervalle',
  /** the examples as proportions (0…1): 3 of 6 in a grid cell, 13.223 of 74.400 in Troisdorf */
  aboutParagraphs: (small: Proportion, large: Proportion) => [
    `Ein Wert aus wenigen Personen schwankt stark vom Zufall: Ziehen zwei Familien zu oder weg, springt ein Anteil um viele Prozentpunkte. Das Konfidenzintervall (KI) gibt an, in welchem Bereich der Wert ohne diesen Zufall plausibel läge. Ein Beispiel: In einer Rasterzelle leben 6 Menschen, 3 davon sind unter 18 – ${pct(small.value)}. Das 95-%-KI reicht von ${pct(small.lower)} bis ${pct(small.upper)}: Die Zahl sagt fast nichts. Troisdorf mit 13.223 unter 18 von 74.400 Einwohnern hat ${pct(large.value)} (95-%-KI ${pct(large.lower)}–${pct(large.upper)}): Dieser Wert ist belastbar.`,
    'Anteile, deren Zähler Teil des Nenners ist (etwa unter 18-Jährige je Einwohner), erhalten das Wilson-Intervall; Raten von Ereignissen je Bevölkerung (etwa Arbeitslose je 100 Einwohner) die Byar-Näherung, bei weniger als 10 Fällen die exakten Poisson-Grenzen. Verhältnisse zweier verschiedener Gruppen (etwa der Jugendquotient), Mittelwerte und Geldbeträge haben kein Intervall; die Begründung steht beim Indikator.',
    '„Vergleich mit dem Kreiswert“: Enthält das Intervall eines Gebiets den Kreiswert nicht, ist das Gebiet signifikant höher oder niedriger (wo der Indikator eine Richtung hat: günstiger oder ungünstiger), sonst „ähnlich“. Mit 95 % wird etwa jedes zwanzigste Gebiet auch ohne echten Unterschied auffällig; die Einstellung 99,8 % ist strenger (etwa jedes fünfhundertste).',
    '„Unsicher (kleine Basis)“ heißt ein Wert, wenn seine Basis kleiner als 100 ist oder sein 95-%-KI breiter als 80 % des Werts (die Schwellen kann der Katalog je Indikator ändern). Solche Werte bleiben sichtbar; die Karte kann sie blass zeichnen, auf der Rasterebene von Anfang an.',
    'Das Trichterdiagramm zeigt jeden Wert über seiner Basis. Die Trichterlinien sind die 95-%- und 99,8-%-Grenzen um den Kreiswert: Je kleiner die Basis, desto weiter der Trichter. Ein Punkt außerhalb ist genau ein Gebiet, das die Karte „signifikant“ nennt.',
  ],
  whiskerNote: (level: ConfidenceLevel) => `Querstriche: ${PERCENT[level]}-%-Konfidenzintervall (KI) des Werts.`,
  method: (m: IntervalMethod | null) =>
    m === 'wilson' ? 'Wilson-Intervall (Anteil)' : m === 'byar' ? 'Byar / exakt nach Poisson (Rate)' : 'kein Intervall',
} as const;
