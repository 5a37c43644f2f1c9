// The data texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/data';
import type { TextsOf } from './texts-of';

export let dataTexts: TextsOf<typeof de.deData> = de.deData;
export const useDataTexts = (t: TextsOf<typeof de.deData>) => void (dataTexts = t);
