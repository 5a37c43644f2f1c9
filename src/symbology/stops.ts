// A value that follows the zoom, as data: [zoom, value] stops, linear between them and held
// beyond the ends. MapLibre compiles them into an 'interpolate' expression (map/style.ts); the 2D
// map evaluates them with atZoom; both then draw the same size at the same zoom.

export type Stops = ReadonlyArray<readonly [zoom: number, value: number]>;

/** The value at `zoom`: what MapLibre's ['interpolate', ['linear'], ['zoom'], ...stops] gives. */
export function atZoom(stops: Stops, zoom: number): number {
  const first = stops[0];
  if (!first) return 0;
  if (zoom <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, v1] = stops[i];
    if (zoom <= z1) {
      const [z0, v0] = stops[i - 1];
      return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
    }
  }
  return stops[stops.length - 1][1];
}

/** Every value times `factor` (a label size by the type scale of presentation mode). */
export const scaled = (stops: Stops, factor: number): Stops => stops.map(([zoom, value]) => [zoom, value * factor] as const);
