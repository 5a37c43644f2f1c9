// The catalogue texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/catalogue';
import type { TextsOf } from './texts-of';

export let catalogueTexts: TextsOf<typeof de.deCatalogue> = de.deCatalogue;
export const useCatalogueTexts = (t: TextsOf<typeof de.deCatalogue>) => void (catalogueTexts = t);
