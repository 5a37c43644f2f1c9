// German texts of the problems met when a file of contributions is read ("Beiträge laden"), by code
// (the codes and parameters are data/contribution-file-read.ts's). Each says what happens with the
// contribution: not loaded, loaded as it is, or loaded with a change.
import { CONTRIBUTION_TEXT_MAX, ORGANISATION_MAX } from '../../domain/contribution';
import { formatNumber } from '../default-locale';
import { tableTextsDe } from './problems';

/** The start of a text, to name a contribution that is not loaded (so it can be typed in again). */
const quote = (text: string) => (text ? ` („${text}“)` : '');

export const contributionFileTextsDe = {
  'file.empty': tableTextsDe['file.empty'],
  'table.unclosedQuote': tableTextsDe['table.unclosedQuote'],
  'beitraege.notJson': (p: { reason: string }) => `Die Datei ist kein lesbares GeoJSON (${p.reason}); nichts wird geladen.`,
  'beitraege.notCollection': () => 'Die Datei ist keine GeoJSON-FeatureCollection; nichts wird geladen.',
  'beitraege.foreign': () =>
    'Die Datei enthält keine Beiträge des Sozialatlas (kein Feld „kategorie“); nichts wird geladen. Gebiete oder Tabellen bitte über „Eigene Daten“ laden.',
  'beitraege.none': () => 'Die Datei enthält keine Beiträge.',
  'beitraege.notFeature': () => 'Der Eintrag ist kein GeoJSON-Feature; er wird nicht geladen.',
  'beitraege.category': (p: { value: string; text: string }) =>
    `Unbekannte Kategorie „${p.value}“ (erwartet bedarf, angebot, idee oder frage); der Beitrag${quote(p.text)} wird nicht geladen.`,
  'beitraege.textMissing': () => 'Der Beitrag hat keinen Text; er wird nicht geladen.',
  'beitraege.textLong': (p: { length: number }) =>
    `Der Text ist ${formatNumber(p.length, 0)} Zeichen lang; geladen werden die ersten ${formatNumber(CONTRIBUTION_TEXT_MAX, 0)}, der Rest ist abgeschnitten.`,
  'beitraege.organisationLong': (p: { length: number }) =>
    `Der Name der Organisation ist ${formatNumber(p.length, 0)} Zeichen lang; geladen werden die ersten ${formatNumber(ORGANISATION_MAX, 0)}.`,
  'beitraege.noPlace': (p: { text: string }) => `Der Beitrag${quote(p.text)} hat weder einen Punkt noch ein Gebiet; er wird nicht geladen.`,
  'beitraege.geometryIgnored': (p: { type: string; key: string }) =>
    `Die Geometrie ist kein gültiger Punkt (${p.type}); der Beitrag wird mit seinem Gebiet „${p.key}“ geladen.`,
  'beitraege.areaUnknown': (p: { key: string }) =>
    `Das Gebiet „${p.key}“ ist im Atlas nicht bekannt; der Beitrag wird geladen, erscheint aber erst auf der Karte, wenn das Gebiet bekannt ist (etwa eigene Sozialräume).`,
  'beitraege.outside': () =>
    'Der Punkt liegt außerhalb des Rhein-Sieg-Kreises; der Beitrag wird geladen und dort gezeigt, also am Rand oder außerhalb des Kartenausschnitts.',
  'beitraege.swapped': () =>
    'Länge und Breite des Punkts sind vertauscht (so läge er außerhalb des Kreises); der Beitrag wird mit getauschten Koordinaten geladen.',
  'beitraege.idMissing': () => 'Der Beitrag hat keine ID; er wird mit einer neuen ID geladen (beim erneuten Laden derselben Datei also doppelt).',
  'beitraege.idDuplicate': (p: { first: string }) =>
    `Dieselbe ID wie ${p.first} mit gleichem Inhalt; dieser Eintrag wird nicht noch einmal geladen.`,
  'beitraege.idDuplicateOther': (p: { first: string }) =>
    `Dieselbe ID wie ${p.first}, aber ein anderer Inhalt; der Beitrag wird mit einer neuen ID geladen.`,
  'beitraege.date': (p: { value: string; replacement: string }) => `„${p.value}“ ist kein Zeitpunkt nach ISO 8601; der Beitrag wird geladen, ${p.replacement}.`,
  'beitraege.votes': (p: { value: string }) => `„${p.value}“ ist keine Stimmenzahl (ganze Zahl ab 0); der Beitrag wird mit 0 Stimmen geladen.`,
  'beitraege.workshopDate': (p: { value: string }) => `„${p.value}“ ist kein Datum (JJJJ-MM-TT); der Workshop wird mit dem heutigen Datum geladen.`,
  'beitraege.workshopDiffers': (p: { first: string }) =>
    `Der Workshop hat hier einen anderen Titel, eine andere Frage oder ein anderes Datum als bei ${p.first}; geladen wird der erste.`,
};

/** How a replaced date is described in 'beitraege.date'. */
export const dateReplacement = {
  created: 'als erstellt gilt der Zeitpunkt der letzten Änderung',
  changed: 'als geändert gilt der Zeitpunkt der Erstellung',
  now: 'als Zeitpunkt gilt jetzt (beim Zusammenführen gewinnt diese Fassung)',
};

/** How the place of the first entry is named in the duplicate problems: "Eintrag 3", "Zeile 4". */
export const entryName = {
  feature: (n: number) => `Eintrag ${formatNumber(n, 0)}`,
  line: (n: number) => `Zeile ${formatNumber(n, 0)}`,
};
