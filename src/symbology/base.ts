// The ground the map is drawn on and the ink it is drawn with: shared by every layer of every
// painter (MapLibre, the 2D map, print).

export const BASE = {
  /** behind everything: the sea of the map outside every area */
  background: '#f2f4f5',
  /** lines and type that must read on every class colour */
  ink: '#1f2933',
  /** the light rim around type, so that a name reads over any fill */
  halo: 'rgba(255,255,255,0.9)',
  /** borders between areas, the selection's casing, the circles' rim */
  white: '#ffffff',
} as const;
