// A place ("Standort"): a school, a hospital, a planner's own Kita. Renderer-neutral and free of
// wording: symbology turns it into a point feature, reach measures the distance to it.
import { foldName } from './names';

export interface Place {
  id: string;
  /** as written in the file (built-in layers: a slug such as `grundschule`) */
  category: string;
  name: string;
  address: string;
  /** [lng, lat], WGS84 degrees */
  lngLat: [number, number];
  /** the Gemeinde holding the point; null: outside the Kreis */
  gemeinde: string | null;
  /** every other column, as written: [heading, value] */
  attributes: [string, string][];
  /** line (or feature number) in its file */
  line: number;
}

/** A category as the deep link writes it: folded as names are (umlauts spelled out), words joined by '-'. */
export function slugOf(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
