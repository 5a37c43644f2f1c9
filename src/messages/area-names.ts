// The area-name texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/area-names';
import type { TextsOf } from './texts-of';

export type AreaNameTexts = TextsOf<typeof de.deAreaNames>;
export let areaNameTexts: AreaNameTexts = de.deAreaNames;
/** The names as the data files carry them (German, whatever the language): the patterns to recognise. */
export const writtenAreaNames: AreaNameTexts = de.deAreaNames;
export const useAreaNameTexts = (t: AreaNameTexts) => void (areaNameTexts = t);
