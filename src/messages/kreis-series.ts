// The kreis-series texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/kreis-series';
import type { TextsOf } from './texts-of';

export let kreisSeriesTexts: TextsOf<typeof de.deKreisSeries> = de.deKreisSeries;
export let kreisSeriesProblemTexts: TextsOf<typeof de.deKreisSeriesProblems> = de.deKreisSeriesProblems;
export const useKreisSeriesTexts = (t: { kreisSeriesTexts: TextsOf<typeof de.deKreisSeries>; kreisSeriesProblemTexts: TextsOf<typeof de.deKreisSeriesProblems> }) => void ({ kreisSeriesTexts, kreisSeriesProblemTexts } = t);
