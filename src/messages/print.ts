// The print texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/print';
import type { TextsOf } from './texts-of';

export let printTexts: TextsOf<typeof de.dePrint> = de.dePrint;
export const usePrintTexts = (t: TextsOf<typeof de.dePrint>) => void (printTexts = t);
