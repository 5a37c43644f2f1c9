// The share texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/share';
import type { TextsOf } from './texts-of';

export let shareDialogTexts: TextsOf<typeof de.deShare> = de.deShare;
export const useShareTexts = (t: TextsOf<typeof de.deShare>) => void (shareDialogTexts = t);
