// German texts the plan writes into what it derives: the labels of differences and of the social
// index, the index's recipe, the source line of invented figures.
import type { IndexComponent, Standardisation } from '../../domain/social-index';

export const dePlan = {
  /** the unit of a difference of two per-100 values */
  percentagePoints: 'Prozentpunkte',
  /** Invented figures never cite an official source. */
  sampleSource: 'Beispieldaten (erfunden), keine amtliche Quelle',
  deviation: 'Abweichung vom Kreiswert',
  /** the significance map's title */
  significance: (label: string) => `Vergleich mit dem Kreiswert: ${label}`,
  changeSince: (baseYear: number | null) => `Veränderung seit ${baseYear}`,
  deviationFromMean: 'Abweichung vom Mittel der Gebiete',
  indexLabel: 'Sozialindex',
  /** "Kinderarmut (Gewicht 2, höher = mehr Bedarf, 2023)" */
  recipePart: (label: string, weight: number, direction: IndexComponent['direction'], year: number | null | undefined) =>
    `${label} (Gewicht ${String(weight).replace('.', ',')}, ${direction === 'higher' ? 'höher' : 'niedriger'} = mehr Bedarf${year ? `, ${year}` : ''})`,
  recipe: (standardisation: Standardisation, parts: readonly string[]) =>
    `Sozialindex: gewichtetes Mittel der ${standardisation === 'z' ? 'z-Werte' : 'Rangwerte (−1 bis +1)'} aus ${parts.join('; ')}`,
} as const;
