// The map texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/map';

export let mapTexts = de.deMap;
export const useMapTexts = (t: typeof de.deMap) => void (mapTexts = t);
