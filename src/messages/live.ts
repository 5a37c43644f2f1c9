// The live texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/live';
import type { TextsOf } from './texts-of';

export let liveTexts: TextsOf<typeof de.liveTexts> = de.liveTexts;
export const useLiveTexts = (t: TextsOf<typeof de.liveTexts>) => void (liveTexts = t);
