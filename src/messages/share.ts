// The share texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/share';

export let shareDialogTexts = de.deShare;
export const useShareTexts = (t: typeof de.deShare) => void (shareDialogTexts = t);
