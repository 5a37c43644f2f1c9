// The app texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/app';

export let mapControlTexts = de.MAP_LOCALE;
export let appTexts = de.de;
export const useAppTexts = (t: { mapControlTexts: typeof de.MAP_LOCALE; appTexts: typeof de.de }) => void ({ mapControlTexts, appTexts } = t);
