// Official area keys. AGS: 8 digits (Land 2, Regierungsbezirk 1, Kreis 2, Gemeinde 3).
// ARS: 12 digits, the AGS with the 4-digit Gemeindeverband inserted before the Gemeinde part.
// Sub-district ids are the planners' own: "<AGS>-<nnn>".

const AGS = /^\d{8}$/;
const ARS = /^\d{12}$/;
const KREIS = /^\d{5}$/;
const SOZIALRAUM = /^\d{8}-\d{1,4}$/;
// Zensus grid cells (INSPIRE Gitter-ID, lower-left corner in EPSG:3035), e.g. 1kmN3084E4127.
const GRID_CELL = /^(1km|100m)N\d+E\d+$/;

/** Canonical id for a key as written in a table, or null if it is no key at all. */
export function normaliseKey(raw: string): string | null {
  const key = raw.trim().replace(/^'/, '');
  if (AGS.test(key) || KREIS.test(key) || SOZIALRAUM.test(key) || GRID_CELL.test(key)) return key;
  if (ARS.test(key)) return key.slice(0, 5) + key.slice(9);
  // Spreadsheets drop the leading zero of NRW keys (5382056 for 05382056).
  if (/^\d{7}$/.test(key)) return `0${key}`;
  if (/^\d{4}$/.test(key)) return `0${key}`;
  if (/^\d{11}$/.test(key)) return normaliseKey(`0${key}`);
  return null;
}

export function kreisOf(ags: string): string {
  return ags.slice(0, 5);
}
