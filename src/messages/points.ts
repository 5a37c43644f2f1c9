// The points texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/points';

export let POINT_CATEGORY_NAME = de.POINT_CATEGORY_NAME;
export let pointTexts = de.pointTexts;
export const usePointsTexts = (t: { POINT_CATEGORY_NAME: typeof de.POINT_CATEGORY_NAME; pointTexts: typeof de.pointTexts }) => void ({ POINT_CATEGORY_NAME, pointTexts } = t);
