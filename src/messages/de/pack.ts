// Every text table of the German language, installed into the holders (../*.ts) by ../install.ts when ../language.ts asks.
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
import { deFormat } from './format';
import type { LocaleDefinition } from '../locale';
import { installTexts } from '../install';

export const format: LocaleDefinition = deFormat;

export const install = () =>
  installTexts({
    areaNames: areaNamesModule.deAreaNames,
    analysis: analysisModule.deAnalysis,
    app: { mapControlTexts: appModule.MAP_LOCALE, appTexts: appModule.de },
    catalogLanguage: catalogLanguageModule.catalogLanguageProblemsDe,
    catalogue: catalogueModule.deCatalogue,
    compare: compareModule.deCompare,
    contributionData: { DEFAULT_WORKSHOP_TITLE: contributionDataModule.DEFAULT_WORKSHOP_TITLE, contributionErrorTexts: contributionDataModule.contributionErrorTexts },
    contributionFileProblems: { contributionFileTexts: contributionFileProblemsModule.contributionFileTextsDe, dateReplacement: contributionFileProblemsModule.dateReplacement, entryName: contributionFileProblemsModule.entryName },
    contributions: contributionsModule.contributionTexts,
    data: dataModule.deData,
    easyRead: easyReadModule.deEasyRead,
    import: importModule.importTexts,
    importProblems: importProblemsModule.importTextsDe,
    intervals: intervalsModule.deIntervals,
    kreisSeries: { kreisSeriesTexts: kreisSeriesModule.deKreisSeries, kreisSeriesProblemTexts: kreisSeriesModule.deKreisSeriesProblems },
    live: liveModule.liveTexts,
    map: mapModule.deMap,
    places: { PLACE_LAYER_NAME: placesModule.PLACE_LAYER_NAME, SCHOOL_FORM_NAME: placesModule.SCHOOL_FORM_NAME, placeTexts: placesModule.placeTexts, reachTexts: placesModule.reachTexts, placeProblemTexts: placesModule.placeProblemsDe, NO_CATEGORY: placesModule.NO_CATEGORY },
    plan: planModule.dePlan,
    points: { POINT_CATEGORY_NAME: pointsModule.POINT_CATEGORY_NAME, pointTexts: pointsModule.pointTexts },
    print: printModule.dePrint,
    printDialog: printDialogModule.dePrintDialog,
    printResults: printResultsModule.deResults,
    problems: { problemTableTexts: problemsModule.tableTextsDe, groupTitles: problemsModule.groupTitlesDe },
    share: shareModule.deShare,
    table: tableModule.table,
  });
