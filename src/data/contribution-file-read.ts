// Reads a file of contributions back ("Beiträge laden", or dropped on the atlas): GeoJSON or CSV as
// contribution-file.ts writes them, also as edited by hand or by a spreadsheet. Every entry becomes a
// contribution or a located problem (file, feature number or CSV line, field, id) that says what
// happens with it: not loaded, loaded as it is, or loaded with a change (text cut, new id, dates
// replaced). Nothing valid is lost for one bad entry. Texts are data: kept byte for byte, never
// interpreted (HTML or script in them stays text).
import {
  CONTRIBUTION_TEXT_MAX,
  ORGANISATION_MAX,
  CONTRIBUTION_CATEGORIES,
  type Contribution,
  type ContributionCategory,
  type ContributionPlace,
  type Workshop,
} from '../domain/contribution';
import { cutText, textLength } from '../domain/contribution-text';
import type { Problem } from '../domain/types';
import { contributionFileTexts, dateReplacement, entryName } from '../messages/contribution-file-problems';
import { DEFAULT_WORKSHOP_TITLE } from '../messages/contribution-data';
import { POINT_CATEGORY_NAME } from '../messages/points';
import { isIsoDate, isLngLat, today } from './contribution-check';
import { readEntries, type Entry } from './contribution-file-entries';
import { DEFAULT_WORKSHOP_ID } from './contribution-store';
import { problemsOf, type ParamsOf, type Where } from './problem-messages';

export const problem = problemsOf(() => contributionFileTexts);

export interface ContributionFileContext {
  /** whether the atlas knows an area of this key (any level) */
  knownArea(key: string): boolean;
  /** whether a point lies in the Kreis */
  inKreis(lngLat: [number, number]): boolean;
  /** the clock (tests) */
  now?: () => Date;
}

export interface ContributionFileResult {
  contributions: Contribution[];
  workshops: Workshop[];
  problems: Problem[];
}

/** A category as written: the key ("idee") or the German name ("Idee / Maßnahme"), in any case. */
function category(value: string): ContributionCategory | null {
  const v = value.trim().toLowerCase();
  return CONTRIBUTION_CATEGORIES.find((c) => c === v || POINT_CATEGORY_NAME[c].toLowerCase() === v) ?? null;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or time as the store keeps it (UTC, milliseconds), or null. */
function isoTime(value: string): string | null {
  if (!ISO_TIME.test(value)) return null;
  const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));

/** A stable id for a workshop named only by its title and date, so that loading a file twice gives one workshop. */
function workshopIdOf(title: string, date: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${title}\n${date}`) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `workshop-${h.toString(16).padStart(8, '0')}`;
}

/** The first 60 characters of a text, to name a contribution that is not loaded. */
const excerpt = (t: string) => {
  const cut = cutText(t.trim().replace(/\s+/g, ' '), 60);
  return cut.length < t.trim().length ? `${cut}…` : cut;
};

export function readContributionsFile(fileName: string, content: string, context: ContributionFileContext): ContributionFileResult {
  const now = context.now ?? (() => new Date());
  const problems: Problem[] = [];
  const { entries, readable } = readEntries(fileName, content, problems);
  const contributions: Contribution[] = [];
  const workshops = new Map<string, { workshop: Workshop; first: string }>();
  const seen = new Map<string, { at: string; index: number }>();

  for (const entry of entries) {
    const where = (column?: string, severity: Problem['severity'] = 'warning'): Where => ({ file: fileName, ...entry.at, column, key: text(entry.props.id).trim(), severity });
    const said: Say = (code, params, column, severity) => void problems.push(problem(code, params, where(column, severity)));
    const props = entry.props;
    const body = text(props.text);

    const cat = category(text(props.kategorie));
    if (!cat) {
      said('beitraege.category', { value: text(props.kategorie), text: excerpt(body) }, 'kategorie', 'error');
      continue;
    }
    if (!body.trim()) {
      said('beitraege.textMissing', {}, 'text', 'error');
      continue;
    }
    const place = placeOf(entry, context, said);
    if (!place) {
      said('beitraege.noPlace', { text: excerpt(body) }, 'gebiet', 'error');
      continue;
    }

    const length = textLength(body.trim());
    if (length > CONTRIBUTION_TEXT_MAX) said('beitraege.textLong', { length }, 'text');
    const org = text(props.organisation).trim();
    const orgLength = textLength(org);
    if (orgLength > ORGANISATION_MAX) said('beitraege.organisationLong', { length: orgLength }, 'organisation');

    let votes = 0;
    const rawVotes = text(props.stimmen).trim();
    if (rawVotes && !/^\d+$/.test(rawVotes)) said('beitraege.votes', { value: rawVotes }, 'stimmen');
    else if (rawVotes) votes = Number(rawVotes);

    const [created, changed] = datesOf(props, now, said);
    const workshop = workshopOf(entry, created, workshops, now, said);

    let id = text(props.id).trim();
    if (!id) {
      id = crypto.randomUUID();
      said('beitraege.idMissing', {}, 'id');
    }
    const contribution: Contribution = {
      id,
      workshop,
      category: cat,
      text: cutText(body.trim(), CONTRIBUTION_TEXT_MAX),
      organisation: cutText(org, ORGANISATION_MAX) || null,
      place,
      votes,
      created,
      changed,
    };
    const first = seen.get(id);
    if (first) {
      const same = JSON.stringify({ ...contributions[first.index], votes: 0 }) === JSON.stringify({ ...contribution, votes: 0 });
      said(same ? 'beitraege.idDuplicate' : 'beitraege.idDuplicateOther', { first: first.at }, 'id');
      if (same) continue;
      contribution.id = crypto.randomUUID();
    }
    seen.set(contribution.id, { at: nameOf(entry), index: contributions.length });
    contributions.push(contribution);
  }
  if (readable && entries.length === 0) problems.push(problem('beitraege.none', {}, { file: fileName, severity: 'warning' }));
  // in the file's order, those of the whole file first (the entries' own were found in a first pass)
  const position = (p: Problem) => p.feature ?? p.line ?? 0;
  problems.sort((a, b) => position(a) - position(b));
  return { contributions, workshops: [...workshops.values()].map((w) => w.workshop), problems };
}

type Texts = typeof contributionFileTexts;
type Say = <C extends keyof Texts & string>(code: C, params: ParamsOf<Texts, C>, column?: string, severity?: Problem['severity']) => void;

const nameOf = (entry: Entry) => (entry.at.feature !== undefined ? entryName.feature(entry.at.feature) : entryName.line(entry.at.line ?? 0));

/** A point from the geometry (swapped back where only that puts it in the Kreis), else the area; null: neither. */
function placeOf(entry: Entry, context: ContributionFileContext, said: Say): ContributionPlace | null {
  const key = text(entry.props.gebiet).trim();
  const geometry = entry.geometry;
  if (geometry !== null) {
    const coordinates = geometry.type === 'Point' ? geometry.coordinates : null;
    if (isLngLat(coordinates)) {
      const lngLat: [number, number] = [coordinates[0], coordinates[1]];
      if (context.inKreis(lngLat)) return { kind: 'point', lngLat };
      const swapped: [number, number] = [lngLat[1], lngLat[0]];
      if (isLngLat(swapped) && context.inKreis(swapped)) {
        said('beitraege.swapped', {}, entry.at.feature !== undefined ? 'geometry' : 'laengengrad');
        return { kind: 'point', lngLat: swapped };
      }
      said('beitraege.outside', {}, entry.at.feature !== undefined ? 'geometry' : 'laengengrad');
      return { kind: 'point', lngLat };
    }
    if (!key) return null;
    said('beitraege.geometryIgnored', { type: geometry.type || '?', key }, entry.at.feature !== undefined ? 'geometry' : 'laengengrad');
  }
  if (!key) return null;
  if (!context.knownArea(key)) said('beitraege.areaUnknown', { key }, 'gebiet');
  return { kind: 'area', key };
}

/** Created and changed as ISO times; a bad one replaced by the other, both bad by now (and said). */
function datesOf(props: Entry['props'], now: () => Date, said: Say): [string, string] {
  const rawCreated = text(props.erstellt).trim();
  const rawChanged = text(props.geaendert).trim();
  let created = isoTime(rawCreated);
  let changed = isoTime(rawChanged);
  const fallback = now().toISOString();
  if (!created) {
    created = changed ?? fallback;
    said('beitraege.date', { value: rawCreated, replacement: changed ? dateReplacement.created : dateReplacement.now }, 'erstellt');
  }
  if (!changed) {
    changed = rawCreated && isoTime(rawCreated) ? created : fallback;
    said('beitraege.date', { value: rawChanged, replacement: changed === fallback ? dateReplacement.now : dateReplacement.changed }, 'geaendert');
  }
  return [created, changed];
}

/** The workshop of an entry, made on first sight: by its id, else by title and date, else the default. */
function workshopOf(entry: Entry, created: string, workshops: Map<string, { workshop: Workshop; first: string }>, now: () => Date, said: Say): string {
  const props = entry.props;
  const title = text(props.workshop).trim();
  const question = text(props.frage).trim();
  const rawDate = text(props.workshop_datum).trim();
  let date = rawDate && isIsoDate(rawDate) ? rawDate : '';
  if (rawDate && !date && !workshops.has(text(props.workshop_id).trim())) {
    said('beitraege.workshopDate', { value: rawDate }, 'workshop_datum');
    date = today(now());
  }
  date ||= created.slice(0, 10);
  const id = text(props.workshop_id).trim() || (title ? workshopIdOf(title, date) : DEFAULT_WORKSHOP_ID);
  const known = workshops.get(id);
  const workshop: Workshop = { id, title: title || DEFAULT_WORKSHOP_TITLE, question, date };
  if (!known) workshops.set(id, { workshop, first: nameOf(entry) });
  else if (title && (known.workshop.title !== workshop.title || known.workshop.question !== question || (rawDate && known.workshop.date !== rawDate)))
    said('beitraege.workshopDiffers', { first: known.first }, 'workshop');
  return id;
}
