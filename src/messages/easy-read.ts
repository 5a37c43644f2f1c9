// The easy-read texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/easy-read';
import type { TextsOf } from './texts-of';

export let easyReadTexts: TextsOf<typeof de.deEasyRead> = de.deEasyRead;
export const useEasyReadTexts = (t: TextsOf<typeof de.deEasyRead>) => void (easyReadTexts = t);
