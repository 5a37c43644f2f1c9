// The places texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/places';

export let PLACE_LAYER_NAME = de.PLACE_LAYER_NAME;
export let SCHOOL_FORM_NAME = de.SCHOOL_FORM_NAME;
export let placeTexts = de.placeTexts;
export let reachTexts = de.reachTexts;
export let placeProblemTexts = de.placeProblemsDe;
export let NO_CATEGORY = de.NO_CATEGORY;
export const usePlacesTexts = (t: { PLACE_LAYER_NAME: typeof de.PLACE_LAYER_NAME; SCHOOL_FORM_NAME: typeof de.SCHOOL_FORM_NAME; placeTexts: typeof de.placeTexts; reachTexts: typeof de.reachTexts; placeProblemTexts: typeof de.placeProblemsDe; NO_CATEGORY: typeof de.NO_CATEGORY }) => void ({ PLACE_LAYER_NAME, SCHOOL_FORM_NAME, placeTexts, reachTexts, placeProblemTexts, NO_CATEGORY } = t);
