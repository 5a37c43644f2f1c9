// The import texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/import';
import type { TextsOf } from './texts-of';

export let importTexts: TextsOf<typeof de.importTexts> = de.importTexts;
export const useImportTexts = (t: TextsOf<typeof de.importTexts>) => void (importTexts = t);
