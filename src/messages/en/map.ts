// English texts of the map's own parts (circles, context, the grid level).
import type { deMap } from '../de/map';
import type { TextsOf } from '../texts-of';

export const enMap: TextsOf<typeof deMap> = {
  /** the size legend's explanation: a circle's area, not its radius, is in proportion */
  circleNote: (unit) => (unit ? `Circle area ∝ count (${unit})` : 'Circle area ∝ count'),
  /** the same in print, whose PDF fonts lack ∝ */
  circleNoteWords: (unit) => `Circle area in proportion to count${unit ? ` (${unit})` : ''}`,
  circleLegend: 'Circle size',
  circleAreas: 'Areas without a circle: no data',
  rhine: 'Rhine',
  rasterLevel: 'Grid cells (1 km², Census 2011)',
  rasterScope: (focus) => (focus ? `Grid cells (1 km²) in ${focus}` : 'Grid cells (1 km²) in the district'),
  rasterRankScope: (focus) => (focus ? `grid cells in ${focus}` : 'grid cells in the district'),
  rasterMean: 'Mean of grid cells',
  rasterCrumb: 'Grid cells',
  gridDrill: (gemeinde) => `Show grid cells of ${gemeinde}`,
  gridLoading: 'Loading grid cells (Census 2011) …',
  gridFailed: 'The grid cells could not be loaded.',
  /** said on the map while the 2D renderer stands in for WebGL */
  simplified: 'Simplified map view',
  noContext: 'No 2D drawing context available.',
};
