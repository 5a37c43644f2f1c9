// Every text table of the English language, installed into the holders (../*.ts) by ../install.ts when ../language.ts asks.
import * as analysisModule from './analysis';
import * as areaNamesModule from './area-names';
import * as appModule from './app';
import * as catalogLanguageModule from './catalog-language';
import * as catalogueModule from './catalogue';
import * as compareModule from './compare';
import * as contributionDataModule from './contribution-data';
import * as contributionFileProblemsModule from './contribution-file-problems';
import * as contributionsModule from './contributions';
import * as dataModule from './data';
import * as easyReadModule from './easy-read';
import * as importModule from './import';
import * as importProblemsModule from './import-problems';
import * as intervalsModule from './intervals';
import * as kreisSeriesModule from './kreis-series';
import * as liveModule from './live';
import * as mapModule from './map';
import * as placesModule from './places';
import * as planModule from './plan';
import * as pointsModule from './points';
import * as printModule from './print';
import * as printDialogModule from './print-dialog';
import * as printResultsModule from './print-results';
import * as problemsModule from './problems';
import * as shareModule from './share';
import * as tableModule from './table';
import { enFormat } from './format';
import type { LocaleDefinition } from '../locale';
import { installTexts } from '../install';

export const format: LocaleDefinition = enFormat;

export const install = () =>
  installTexts({
    areaNames: areaNamesModule.enAreaNames,
    analysis: analysisModule.enAnalysis,
    app: { mapControlTexts: appModule.MAP_LOCALE, appTexts: appModule.en },
    catalogLanguage: catalogLanguageModule.catalogLanguageProblemsEn,
    catalogue: catalogueModule.enCatalogue,
    compare: compareModule.enCompare,
    contributionData: { DEFAULT_WORKSHOP_TITLE: contributionDataModule.DEFAULT_WORKSHOP_TITLE, contributionErrorTexts: contributionDataModule.contributionErrorTexts },
    contributionFileProblems: { contributionFileTexts: contributionFileProblemsModule.contributionFileTextsEn, dateReplacement: contributionFileProblemsModule.dateReplacement, entryName: contributionFileProblemsModule.entryName },
    contributions: contributionsModule.contributionTexts,
    data: dataModule.enData,
    easyRead: easyReadModule.enEasyRead,
    import: importModule.importTexts,
    importProblems: importProblemsModule.importTextsEn,
    intervals: intervalsModule.enIntervals,
    kreisSeries: { kreisSeriesTexts: kreisSeriesModule.enKreisSeries, kreisSeriesProblemTexts: kreisSeriesModule.enKreisSeriesProblems },
    live: liveModule.liveTexts,
    map: mapModule.enMap,
    places: { PLACE_LAYER_NAME: placesModule.PLACE_LAYER_NAME, SCHOOL_FORM_NAME: placesModule.SCHOOL_FORM_NAME, placeTexts: placesModule.placeTexts, reachTexts: placesModule.reachTexts, placeProblemTexts: placesModule.placeProblemsEn, NO_CATEGORY: placesModule.NO_CATEGORY },
    plan: planModule.enPlan,
    points: { POINT_CATEGORY_NAME: pointsModule.POINT_CATEGORY_NAME, pointTexts: pointsModule.pointTexts },
    print: printModule.enPrint,
    printDialog: printDialogModule.enPrintDialog,
    printResults: printResultsModule.enResults,
    problems: { problemTableTexts: problemsModule.tableTextsEn, groupTitles: problemsModule.groupTitlesEn },
    share: shareModule.enShare,
    table: tableModule.table,
  });
