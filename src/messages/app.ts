// The app texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/app';
import type { TextsOf } from './texts-of';

export let mapControlTexts: TextsOf<typeof de.MAP_LOCALE> = de.MAP_LOCALE;
export let appTexts: TextsOf<typeof de.de> = de.de;
export const useAppTexts = (t: { mapControlTexts: TextsOf<typeof de.MAP_LOCALE>; appTexts: TextsOf<typeof de.de> }) => void ({ mapControlTexts, appTexts } = t);
