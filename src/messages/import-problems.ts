// The import-problems texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/import-problems';

export let importProblemTexts = de.importTextsDe;
export const useImportProblemsTexts = (t: typeof de.importTextsDe) => void (importProblemTexts = t);
