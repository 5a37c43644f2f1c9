// German texts of the point layers (workshop contributions first): category names, clusters, the list.
import type { PointCategory } from '../../symbology/points';

export const POINT_CATEGORY_NAME: Record<PointCategory, string> = {
  bedarf: 'Bedarf',
  angebot: 'Angebot',
  idee: 'Idee / Maßnahme',
  frage: 'Frage',
};

export const pointTexts = {
  /** a point whose category the style does not know */
  point: 'Beitrag',
  cluster: (n: number) => `${n} Beiträge`,
  /** a category's key in the legend, with how many points it has */
  keyed: (name: string, n: number) => `${name} (${n})`,
  /** how many points of a legend row are on the map */
  count: (n: number) => `(${n})`,
  /** the heading of the list that gives keyboard and screen readers the points */
  list: 'Beiträge auf der Karte',
  /** said when a point is chosen from the list or on the map */
  selected: (category: string, text: string) => `${category}: ${text}`,
  /** a cluster chosen on the map: it opens by zooming in */
  clusterHint: (n: number) => `${n} Beiträge an dieser Stelle, hineinzoomen zum Trennen`,
};
