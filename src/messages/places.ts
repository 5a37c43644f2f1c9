// The places texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/places';
import type { TextsOf } from './texts-of';

export let PLACE_LAYER_NAME: TextsOf<typeof de.PLACE_LAYER_NAME> = de.PLACE_LAYER_NAME;
export let SCHOOL_FORM_NAME: TextsOf<typeof de.SCHOOL_FORM_NAME> = de.SCHOOL_FORM_NAME;
export let placeTexts: TextsOf<typeof de.placeTexts> = de.placeTexts;
export let reachTexts: TextsOf<typeof de.reachTexts> = de.reachTexts;
export let placeProblemTexts: TextsOf<typeof de.placeProblemsDe> = de.placeProblemsDe;
export let NO_CATEGORY: TextsOf<typeof de.NO_CATEGORY> = de.NO_CATEGORY;
export const usePlacesTexts = (t: { PLACE_LAYER_NAME: TextsOf<typeof de.PLACE_LAYER_NAME>; SCHOOL_FORM_NAME: TextsOf<typeof de.SCHOOL_FORM_NAME>; placeTexts: TextsOf<typeof de.placeTexts>; reachTexts: TextsOf<typeof de.reachTexts>; placeProblemTexts: TextsOf<typeof de.placeProblemsDe>; NO_CATEGORY: TextsOf<typeof de.NO_CATEGORY> }) => void ({ PLACE_LAYER_NAME, SCHOOL_FORM_NAME, placeTexts, reachTexts, placeProblemTexts, NO_CATEGORY } = t);
