// The plan texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/plan';

export let planTexts = de.dePlan;
export const usePlanTexts = (t: typeof de.dePlan) => void (planTexts = t);
