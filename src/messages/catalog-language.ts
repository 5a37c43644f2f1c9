// The catalog-language texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/catalog-language';
import type { TextsOf } from './texts-of';

export let catalogLanguageProblemTexts: TextsOf<typeof de.catalogLanguageProblemsDe> = de.catalogLanguageProblemsDe;
export let catalogLanguageGroupTitles: TextsOf<typeof de.catalogLanguageGroupTitlesDe> = de.catalogLanguageGroupTitlesDe;
export const useCatalogLanguageTexts = (t: { catalogLanguageProblemTexts: TextsOf<typeof de.catalogLanguageProblemsDe>; catalogLanguageGroupTitles: TextsOf<typeof de.catalogLanguageGroupTitlesDe> }) => void ({ catalogLanguageProblemTexts, catalogLanguageGroupTitles } = t);
