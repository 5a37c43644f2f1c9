// The import texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/import';

export let importTexts = de.importTexts;
export const useImportTexts = (t: typeof de.importTexts) => void (importTexts = t);
