// The print-dialog texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/print-dialog';
import type { TextsOf } from './texts-of';

export let printDialogTexts: TextsOf<typeof de.dePrintDialog> = de.dePrintDialog;
export const usePrintDialogTexts = (t: TextsOf<typeof de.dePrintDialog>) => void (printDialogTexts = t);
