// Manual class breaks as a planner types them ("10; 12,5; 20"): read strictly, so that a typo
// is reported at the field instead of silently changing the map.
import { parseNumber } from './cells';

export type BreaksReading =
  | { ok: true; breaks: number[] }
  | { ok: false; error: 'not-a-number'; entry: string }
  | { ok: false; error: 'unsorted' };

/** Entries separated by ";", decimal comma (or point when no comma is used); strictly ascending. */
export function readBreaks(text: string): BreaksReading {
  const entries = text
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const breaks: number[] = [];
  for (const entry of entries) {
    // "12.5" is a decimal point; "1.234" stays a German thousand.
    const t = entry.replace(/^[−–]/, '-');
    const n = parseNumber(t, /^-?\d+\.(\d{1,2}|\d{4,})$/.test(t) ? '.' : ',');
    if (n === null) return { ok: false, error: 'not-a-number', entry };
    breaks.push(n);
  }
  if (breaks.some((b, i) => i > 0 && b <= breaks[i - 1])) return { ok: false, error: 'unsorted' };
  return { ok: true, breaks };
}

/** Breaks that no value of the map reaches: they make empty classes. */
export function breaksOutside(breaks: readonly number[], min: number, max: number): number[] {
  return breaks.filter((b) => b <= min || b > max);
}
