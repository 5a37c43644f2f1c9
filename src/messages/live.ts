// The live texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/live';

export let liveTexts = de.liveTexts;
export const useLiveTexts = (t: typeof de.liveTexts) => void (liveTexts = t);
