// The points texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/points';
import type { TextsOf } from './texts-of';

export let POINT_CATEGORY_NAME: TextsOf<typeof de.POINT_CATEGORY_NAME> = de.POINT_CATEGORY_NAME;
export let pointTexts: TextsOf<typeof de.pointTexts> = de.pointTexts;
export const usePointsTexts = (t: { POINT_CATEGORY_NAME: TextsOf<typeof de.POINT_CATEGORY_NAME>; pointTexts: TextsOf<typeof de.pointTexts> }) => void ({ POINT_CATEGORY_NAME, pointTexts } = t);
