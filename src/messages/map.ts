// The map texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/map';
import type { TextsOf } from './texts-of';

export let mapTexts: TextsOf<typeof de.deMap> = de.deMap;
export const useMapTexts = (t: TextsOf<typeof de.deMap>) => void (mapTexts = t);
