// How contributions and workshops sit in the Yjs document, so that a live session across devices
// merges them well: one Y.Map of contributions by id, each a Y.Map of its fields (two devices editing
// different fields of one contribution both keep their edit); its votes a Y.Map voterId → true, so
// that votes cast on several devices at once add up instead of overwriting one count; workshops
// likewise in a Y.Map by id. Reading is defensive: a peer or an old version may send anything.
import * as Y from 'yjs';
import { isContributionCategory, type Contribution, type ContributionPlace, type Workshop } from '../domain/contribution';
import { isLngLat } from './contribution-check';

export const CONTRIBUTIONS_KEY = 'contributions';
export const WORKSHOPS_KEY = 'workshops';

export type FieldMap = Y.Map<unknown>;

export function contributionsMap(doc: Y.Doc): Y.Map<FieldMap> {
  return doc.getMap<FieldMap>(CONTRIBUTIONS_KEY);
}

export function workshopsMap(doc: Y.Doc): Y.Map<FieldMap> {
  return doc.getMap<FieldMap>(WORKSHOPS_KEY);
}

/** Votes carried in from a file, whose voters are unknown (file votes are a count, not ids). */
const IMPORTED_VOTES = 'importedVotes';
const VOTES = 'votes';
const AUTHOR = 'author';

/** The id of the device that added the contribution (null: added before authors were kept). */
export const authorOf = (fields: FieldMap): string | null => str(fields.get(AUTHOR));

export function votesOf(fields: FieldMap): Y.Map<boolean> | null {
  const votes = fields.get(VOTES);
  return votes instanceof Y.Map ? (votes as Y.Map<boolean>) : null;
}

export function voteCount(fields: FieldMap): number {
  const imported = fields.get(IMPORTED_VOTES);
  return (typeof imported === 'number' && Number.isInteger(imported) && imported > 0 ? imported : 0) + (votesOf(fields)?.size ?? 0);
}

/** Raises the count to at least `votes` by votes of unknown voters: a file's count is never added twice. */
export function raiseVotes(fields: FieldMap, votes: number): void {
  const missing = votes - voteCount(fields);
  if (missing <= 0) return;
  const imported = fields.get(IMPORTED_VOTES);
  fields.set(IMPORTED_VOTES, (typeof imported === 'number' && imported > 0 ? imported : 0) + missing);
}

function readPlace(value: unknown): ContributionPlace | null {
  if (!value || typeof value !== 'object') return null;
  const place = value as Record<string, unknown>;
  if (place.kind === 'area' && typeof place.key === 'string' && place.key) return { kind: 'area', key: place.key };
  if (place.kind === 'point' && isLngLat(place.lngLat)) return { kind: 'point', lngLat: [place.lngLat[0], place.lngLat[1]] };
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The contribution a field map holds, or null where it is incomplete (a peer's half-written entry). */
export function readContribution(id: string, fields: FieldMap): Contribution | null {
  const category = str(fields.get('category'));
  const text = str(fields.get('text'));
  const workshop = str(fields.get('workshop'));
  const created = str(fields.get('created'));
  const changed = str(fields.get('changed'));
  const place = readPlace(fields.get('place'));
  if (!category || !isContributionCategory(category) || text === null || !workshop || !created || !changed || !place) return null;
  const organisation = str(fields.get('organisation'));
  return { id, workshop, category, text, organisation: organisation || null, place, votes: voteCount(fields), created, changed };
}

/** The content of a contribution that edits change, without id, votes and dates. */
export type ContributionContent = Pick<Contribution, 'workshop' | 'category' | 'text' | 'organisation' | 'place'>;

/** Sets only the fields that differ, so that a concurrent edit of another field on another device survives. */
export function writeContent(fields: FieldMap, content: Partial<ContributionContent>): void {
  for (const [key, value] of contentEntries(content)) if (JSON.stringify(fields.get(key)) !== JSON.stringify(value)) fields.set(key, value);
}

const CONTENT_KEYS = ['workshop', 'category', 'text', 'organisation', 'place'] as const;

function contentEntries(content: Partial<ContributionContent>): Array<[string, unknown]> {
  return CONTENT_KEYS.filter((key) => content[key] !== undefined).map((key) => [key, key === 'place' ? placeValue(content.place!) : content[key]]);
}

/** A place as plain data for the document (one value: a point's two numbers change together). */
function placeValue(place: ContributionPlace): Record<string, unknown> {
  return place.kind === 'area' ? { kind: 'area', key: place.key } : { kind: 'point', lngLat: [place.lngLat[0], place.lngLat[1]] };
}

/**
 * A new contribution's field map (to be set into the contributions map inside a transaction).
 * `author`: the adding device's id, as its votes carry it; in a live session the hash of a token only
 * that device knows, by which the workshop server lets it edit this contribution and no other.
 */
export function newContributionFields(c: Omit<Contribution, 'votes' | 'id'>, importedVotes: number, author: string): FieldMap {
  // a map not yet in the document cannot be read, only filled
  const entries: Array<[string, unknown]> = [...contentEntries(c), ['created', c.created], ['changed', c.changed], [VOTES, new Y.Map<boolean>()], [AUTHOR, author]];
  if (importedVotes > 0) entries.push([IMPORTED_VOTES, importedVotes]);
  return new Y.Map<unknown>(entries);
}

export function sameContent(a: ContributionContent, b: ContributionContent): boolean {
  return (
    a.workshop === b.workshop &&
    a.category === b.category &&
    a.text === b.text &&
    (a.organisation ?? null) === (b.organisation ?? null) &&
    JSON.stringify(placeValue(a.place)) === JSON.stringify(placeValue(b.place))
  );
}

/** The workshop a field map holds (with when it was made, for the order), or null where incomplete. */
export function readWorkshop(id: string, fields: FieldMap): (Workshop & { made: string }) | null {
  const title = str(fields.get('title'));
  const date = str(fields.get('date'));
  if (!title || !date) return null;
  return { id, title, question: str(fields.get('question')) ?? '', date, made: str(fields.get('made')) ?? '' };
}

export function newWorkshopFields(w: Omit<Workshop, 'id'>, made: string): FieldMap {
  return new Y.Map<unknown>([...Object.entries(w), ['made', made]]);
}
