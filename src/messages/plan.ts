// The plan texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/plan';
import type { TextsOf } from './texts-of';

export let planTexts: TextsOf<typeof de.dePlan> = de.dePlan;
export const usePlanTexts = (t: TextsOf<typeof de.dePlan>) => void (planTexts = t);
