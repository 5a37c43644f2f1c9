// A language's texts into the holders (./<table>.ts): one setter per table, so that a pack
// (./<language>/pack.ts) that leaves a table out, or gives it the wrong shape, does not compile.
// Imported only by the packs, which load as chunks of their own: the holders' German defaults
// stay out of the start chunk where nothing else there reads them.
import { useAreaNameTexts } from './area-names';
import { useAnalysisTexts } from './analysis';
import { useAppTexts } from './app';
import { useCatalogLanguageTexts } from './catalog-language';
import { useCatalogueTexts } from './catalogue';
import { useCompareTexts } from './compare';
import { useContributionDataTexts } from './contribution-data';
import { useContributionFileProblemsTexts } from './contribution-file-problems';
import { useContributionsTexts } from './contributions';
import { useDataTexts } from './data';
import { useEasyReadTexts } from './easy-read';
import { useImportTexts } from './import';
import { useImportProblemsTexts } from './import-problems';
import { useIntervalsTexts } from './intervals';
import { useKreisSeriesTexts } from './kreis-series';
import { useLiveTexts } from './live';
import { useMapTexts } from './map';
import { usePlacesTexts } from './places';
import { usePlanTexts } from './plan';
import { usePointsTexts } from './points';
import { usePrintTexts } from './print';
import { usePrintDialogTexts } from './print-dialog';
import { usePrintResultsTexts } from './print-results';
import { useProblemsTexts } from './problems';
import { useShareTexts } from './share';
import { useTableTexts } from './table';

const SETTERS = {
  areaNames: useAreaNameTexts,
  analysis: useAnalysisTexts,
  app: useAppTexts,
  catalogLanguage: useCatalogLanguageTexts,
  catalogue: useCatalogueTexts,
  compare: useCompareTexts,
  contributionData: useContributionDataTexts,
  contributionFileProblems: useContributionFileProblemsTexts,
  contributions: useContributionsTexts,
  data: useDataTexts,
  easyRead: useEasyReadTexts,
  import: useImportTexts,
  importProblems: useImportProblemsTexts,
  intervals: useIntervalsTexts,
  kreisSeries: useKreisSeriesTexts,
  live: useLiveTexts,
  map: useMapTexts,
  places: usePlacesTexts,
  plan: usePlanTexts,
  points: usePointsTexts,
  print: usePrintTexts,
  printDialog: usePrintDialogTexts,
  printResults: usePrintResultsTexts,
  problems: useProblemsTexts,
  share: useShareTexts,
  table: useTableTexts,
};

/** Every table of a language, by the name of its holder. */
export type Texts = { readonly [K in keyof typeof SETTERS]: Parameters<(typeof SETTERS)[K]>[0] };

export function installTexts(texts: Texts): void {
  for (const key of Object.keys(SETTERS) as Array<keyof typeof SETTERS>) (SETTERS[key] as (t: Texts[typeof key]) => void)(texts[key]);
}
