// The easy-read texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/easy-read';

export let easyReadTexts = de.deEasyRead;
export const useEasyReadTexts = (t: typeof de.deEasyRead) => void (easyReadTexts = t);
