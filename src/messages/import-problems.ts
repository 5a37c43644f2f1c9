// The import-problems texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/import-problems';
import type { TextsOf } from './texts-of';

export let importProblemTexts: TextsOf<typeof de.importTextsDe> = de.importTextsDe;
export const useImportProblemsTexts = (t: TextsOf<typeof de.importTextsDe>) => void (importProblemTexts = t);
