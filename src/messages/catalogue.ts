// The catalogue texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/catalogue';

export let catalogueTexts = de.deCatalogue;
export const useCatalogueTexts = (t: typeof de.deCatalogue) => void (catalogueTexts = t);
