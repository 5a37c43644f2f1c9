// The print-dialog texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/print-dialog';

export let printDialogTexts = de.dePrintDialog;
export const usePrintDialogTexts = (t: typeof de.dePrintDialog) => void (printDialogTexts = t);
