// The catalog-language texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/catalog-language';
import type { TextsOf } from './texts-of';

export let catalogLanguageProblemTexts: TextsOf<typeof de.catalogLanguageProblemsDe> = de.catalogLanguageProblemsDe;
export const useCatalogLanguageTexts = (t: TextsOf<typeof de.catalogLanguageProblemsDe>) => void (catalogLanguageProblemTexts = t);
