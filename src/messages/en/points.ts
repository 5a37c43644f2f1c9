// English texts of the point layers (workshop contributions first): category names, clusters, the list.
import type { POINT_CATEGORY_NAME as GERMAN_NAMES, pointTexts as german } from '../de/points';

export const POINT_CATEGORY_NAME: typeof GERMAN_NAMES = {
  bedarf: 'Need',
  angebot: 'Offer',
  idee: 'Idea / measure',
  frage: 'Question',
};

const contributions = (n: number) => (n === 1 ? '1 contribution' : `${n} contributions`);

export const pointTexts: typeof german = {
  /** a point whose category the style does not know */
  point: 'Contribution',
  cluster: (n) => contributions(n),
  /** a category's key in the legend, with how many points it has */
  keyed: (name, n) => `${name} (${n})`,
  /** how many points of a legend row are on the map */
  count: (n) => `(${n})`,
  /** the heading of the list that gives keyboard and screen readers the points */
  list: 'Contributions on the map',
  /** said when a point is chosen from the list or on the map */
  selected: (category, text) => `${category}: ${text}`,
  /** a cluster chosen on the map: it opens by zooming in */
  clusterHint: (n) => `${contributions(n)} at this spot, zoom in to separate them`,
};
