// English texts of the problems of a catalog translation (indicators/catalog.<lang>.json), by code.
import type { catalogLanguageProblemsDe } from '../de/catalog-language';
import type { TextsOf } from '../texts-of';

export const catalogLanguageProblemsEn: TextsOf<typeof catalogLanguageProblemsDe> = {
  'overlay.fileMissing': (p) => `No English translation of the catalog (${p.file}): in the English view the indicators' names, units and sources stay German.`,
  'overlay.notObject': () => 'The catalog translation is not a JSON object.',
  'overlay.notText': (p) => `Field "${p.field}" must be a non-empty text.`,
  'overlay.fieldUnknown': (p) => `Unknown field "${p.field}" (only texts the catalog shows are translated).`,
  'overlay.fieldMissing': (p) => `The translation of "${p.field}" is missing.`,
  'overlay.indicatorMissing': (p) => `Indicator "${p.id}" has no entry in the translation.`,
  'overlay.indicatorUnknown': (p) => `"${p.id}" is not an indicator of the catalog (a typo in the id?).`,
  'overlay.topicMissing': (p) => `Topic "${p.topic}" is not translated.`,
  'overlay.topicUnknown': (p) => `Topic "${p.topic}" does not occur in the catalog.`,
  'overlay.topicTwice': (p) => `The topics ${p.topics} have the same translation "${p.text}"; the indicator list could no longer tell them apart.`,
};
