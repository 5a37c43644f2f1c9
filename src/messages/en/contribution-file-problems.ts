// English texts of the problems met when a file of contributions is read ("Load contributions"), by
// code (the codes and parameters are data/contribution-file-read.ts's). Each says what happens with
// the contribution: not loaded, loaded as it is, or loaded with a change.
import { CONTRIBUTION_TEXT_MAX, ORGANISATION_MAX } from '../../domain/contribution';
import type { contributionFileTextsDe, dateReplacement as germanReplacement, entryName as germanEntry } from '../de/contribution-file-problems';
import { formatNumber } from './number';
import { tableTextsEn } from './problems';

/** The start of a text, to name a contribution that is not loaded (so it can be typed in again). */
const quote = (text: string) => (text ? ` (“${text}”)` : '');

export const contributionFileTextsEn: typeof contributionFileTextsDe = {
  'file.empty': tableTextsEn['file.empty'],
  'table.unclosedQuote': tableTextsEn['table.unclosedQuote'],
  'beitraege.notJson': (p) => `The file is not readable GeoJSON (${p.reason}); nothing is loaded.`,
  'beitraege.notCollection': () => 'The file is not a GeoJSON FeatureCollection; nothing is loaded.',
  'beitraege.foreign': () =>
    'The file holds no contributions of the social atlas (no field “kategorie”); nothing is loaded. Please load areas or tables through “Your own data”.',
  'beitraege.none': () => 'The file holds no contributions.',
  'beitraege.notFeature': () => 'The entry is not a GeoJSON feature; it is not loaded.',
  'beitraege.category': (p) =>
    `Unknown category “${p.value}” (expected bedarf, angebot, idee or frage: need, offer, idea or question); the contribution${quote(p.text)} is not loaded.`,
  'beitraege.textMissing': () => 'The contribution has no text; it is not loaded.',
  'beitraege.textLong': (p) =>
    `The text is ${formatNumber(p.length, 0)} characters long; the first ${formatNumber(CONTRIBUTION_TEXT_MAX, 0)} are loaded and the rest is cut off.`,
  'beitraege.organisationLong': (p) =>
    `The organisation’s name is ${formatNumber(p.length, 0)} characters long; the first ${formatNumber(ORGANISATION_MAX, 0)} are loaded.`,
  'beitraege.noPlace': (p) => `The contribution${quote(p.text)} has neither a point nor an area; it is not loaded.`,
  'beitraege.geometryIgnored': (p) => `The geometry is not a valid point (${p.type}); the contribution is loaded with its area “${p.key}”.`,
  'beitraege.areaUnknown': (p) =>
    `The area “${p.key}” is not known to the atlas; the contribution is loaded but appears on the map only once the area is known (for example your own social areas).`,
  'beitraege.outside': () =>
    'The point lies outside the Rhein-Sieg-Kreis; the contribution is loaded and shown there, at the edge of the map or outside the part shown.',
  'beitraege.swapped': () =>
    'The point’s longitude and latitude are swapped (it would lie outside the district); the contribution is loaded with the coordinates swapped back.',
  'beitraege.idMissing': () => 'The contribution has no ID; it is loaded with a new ID (so loading the same file again adds it twice).',
  'beitraege.idDuplicate': (p) => `Same ID and same content as ${p.first}; this entry is not loaded again.`,
  'beitraege.idDuplicateOther': (p) => `Same ID as ${p.first} but different content; the contribution is loaded with a new ID.`,
  'beitraege.date': (p) => `“${p.value}” is not an ISO 8601 time; the contribution is loaded, ${p.replacement}.`,
  'beitraege.votes': (p) => `“${p.value}” is not a number of votes (a whole number from 0); the contribution is loaded with 0 votes.`,
  'beitraege.workshopDate': (p) => `“${p.value}” is not a date (YYYY-MM-DD); the workshop is loaded with today’s date.`,
  'beitraege.workshopDiffers': (p) =>
    `The workshop has a different title, question or date here than at ${p.first}; the first is loaded.`,
};

/** How a replaced date is described in 'beitraege.date'. */
export const dateReplacement: typeof germanReplacement = {
  created: 'taking the time of the last change as the time it was created',
  changed: 'taking the time it was created as the time of the last change',
  now: 'taking now as its time (when merging, this version wins)',
};

/** How the place of the first entry is named in the duplicate problems: "entry 3", "line 4". */
export const entryName: typeof germanEntry = {
  feature: (n) => `entry ${formatNumber(n, 0)}`,
  line: (n) => `line ${formatNumber(n, 0)}`,
};
