// The print texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/print';

export let printTexts = de.dePrint;
export const usePrintTexts = (t: typeof de.dePrint) => void (printTexts = t);
