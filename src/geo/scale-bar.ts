// How long a scale bar is, on screen and on paper: the longest round distance (1, 2 or 5 × 10^n
// metres) that fits the room given. Each map writes its own label. Pure.
import { roundDown } from '../domain/symbols';
import { groundPerPx, type View } from './view';

/** The longest round distance not over `maxUnits` at `metresPerUnit`, and its length in those units. */
export function scaleLength(metresPerUnit: number, maxUnits: number): { metres: number; units: number } {
  const metres = roundDown(metresPerUnit * maxUnits);
  return { metres, units: metres / metresPerUnit };
}

/** A screen map's scale bar no wider than maxPx: a round distance and its width in px, at the view's centre. */
export function scaleBar(view: View, maxPx: number): { metres: number; px: number; text: string } {
  const { metres, units } = scaleLength(groundPerPx(view), maxPx);
  return { metres, px: units, text: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
