// The checks every contribution passes before it is kept, whether typed in the pane, merged from a
// file or sent by another device: a known category, a text of 1..CONTRIBUTION_TEXT_MAX characters
// (trimmed), an organisation of at most ORGANISATION_MAX, a place with a key or finite coordinates.
// A refusal is a ContributionError with a code; its German text is in messages/de/contribution-data.ts.
import {
  CONTRIBUTION_TEXT_MAX,
  isContributionCategory,
  ORGANISATION_MAX,
  type ContributionDraft,
  type ContributionPlace,
  type Workshop,
} from '../domain/contribution';
import { textLength } from '../domain/contribution-text';
import { contributionErrorTexts } from '../messages/contribution-data';

type Texts = typeof contributionErrorTexts;
export type ContributionErrorCode = keyof Texts;
type ParamsOf<C extends ContributionErrorCode> = Parameters<Texts[C]>[0] extends undefined ? Record<string, never> : Parameters<Texts[C]>[0];

/** A contribution or workshop the store refuses; `field` says which input to point the person to. */
export class ContributionError extends Error {
  constructor(
    readonly code: ContributionErrorCode,
    readonly field: 'category' | 'text' | 'organisation' | 'place' | 'id' | 'workshop' | 'title' | 'date',
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super((contributionErrorTexts[code] as (p: Readonly<Record<string, string | number>>) => string)(params));
    this.name = 'ContributionError';
  }
}

function refuse<C extends ContributionErrorCode>(code: C, field: ContributionError['field'], params: ParamsOf<C>): never {
  throw new ContributionError(code, field, params as Readonly<Record<string, string | number>>);
}

/** Valid coordinates: finite, longitude within ±180, latitude within ±90. */
export function isLngLat(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    Math.abs(value[0] as number) <= 180 &&
    Math.abs(value[1] as number) <= 90
  );
}

function checkPlace(place: ContributionPlace | undefined): ContributionPlace {
  if (place?.kind === 'area') {
    const key = typeof place.key === 'string' ? place.key.trim() : '';
    if (!key) refuse('area', 'place', {});
    return { kind: 'area', key };
  }
  if (place?.kind === 'point' && isLngLat(place.lngLat)) return { kind: 'point', lngLat: [place.lngLat[0], place.lngLat[1]] };
  return refuse('point', 'place', {});
}

/** The draft as kept (text and organisation trimmed, an empty organisation as null), or a ContributionError. */
export function checkDraft(draft: ContributionDraft): ContributionDraft {
  const category = String(draft.category);
  if (!isContributionCategory(category)) refuse('category', 'category', { value: category });
  const text = typeof draft.text === 'string' ? draft.text.trim() : '';
  if (!text) refuse('textEmpty', 'text', {});
  const length = textLength(text);
  if (length > CONTRIBUTION_TEXT_MAX) refuse('textLong', 'text', { length });
  const organisation = typeof draft.organisation === 'string' ? draft.organisation.trim() : '';
  const orgLength = textLength(organisation);
  if (orgLength > ORGANISATION_MAX) refuse('organisationLong', 'organisation', { length: orgLength });
  return { category, text, organisation: organisation || null, place: checkPlace(draft.place) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as YYYY-MM-DD that exists (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The workshop's frame as kept (title and question trimmed), or a ContributionError. */
export function checkWorkshop(frame: Omit<Workshop, 'id'>): Omit<Workshop, 'id'> {
  const title = typeof frame.title === 'string' ? frame.title.trim() : '';
  if (!title) refuse('workshopTitle', 'title', {});
  const date = typeof frame.date === 'string' ? frame.date.trim() : '';
  if (!isIsoDate(date)) refuse('workshopDate', 'date', { value: date });
  return { title, question: typeof frame.question === 'string' ? frame.question.trim() : '', date };
}

/** Today in this device's calendar, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
