// Official area keys. AGS: 8 digits (Land 2, Regierungsbezirk 1, Kreis 2, Gemeinde 3).
// ARS: 12 digits, the AGS with the 4-digit Gemeindeverband inserted before the Gemeinde part.
// Sub-district ids are the planners' own: "<AGS>-<nnn>".

const AGS = /^\d{8}$/;
const ARS = /^\d{12}$/;
const KREIS = /^\d{5}$/;
const SOZIALRAUM = /^\d{8}-\d{1,4}$/;
// Zensus grid cells (INSPIRE Gitter-ID, lower-left corner in EPSG:3035), e.g. 1kmN3084E4127.
const GRID_CELL = /^(1km|100m)N\d+E\d+$/;

/**
 * Canonical id for a key as written in a table, or null if it is no key at all. Besides the
 * canonical forms it takes what spreadsheets and printed lists make of them: the leading zero of
 * NRW keys lost (5382056), a number with a decimal part (5382004.0, 5382004,0), digits grouped by
 * spaces as in the Gemeindeverzeichnis ("05 3 82 004"), and Excel's text apostrophe.
 */
export function normaliseKey(raw: string): string | null {
  let key = raw.trim().replace(/^'/, '');
  if (/^\d[\d\s\u00a0]*\d$/.test(key)) key = key.replace(/[\s\u00a0]/g, '');
  else if (/^\d+[.,]0+$/.test(key)) key = key.replace(/[.,]0+$/, '');
  if (AGS.test(key) || KREIS.test(key) || SOZIALRAUM.test(key) || GRID_CELL.test(key)) return key;
  if (ARS.test(key)) return key.slice(0, 5) + key.slice(9);
  // Spreadsheets drop the leading zero of NRW keys (5382056 for 05382056).
  if (/^\d{7}$/.test(key)) return `0${key}`;
  if (/^\d{4}$/.test(key)) return `0${key}`;
  if (/^\d{11}$/.test(key)) return normaliseKey(`0${key}`);
  return null;
}

/**
 * Whether a field has the shape of an area key of any German level (Land to Gemeinde, or an own
 * Sozialraum id), known or not; a four-digit year has not. Used to tell data rows from header rows.
 */
export function looksLikeKey(raw: string): boolean {
  const t = raw.trim();
  if (/^\d{4}$/.test(t) || /^\d{1,3}$/.test(t)) return false;
  return normaliseKey(t) !== null;
}

export function kreisOf(ags: string): string {
  return ags.slice(0, 5);
}
