// German texts of the contributions' data layer: why a contribution was refused (the store's checks),
// and the workshop there always is. The pane shows these as they are; the file's problems are in
// ./contribution-file-problems.ts.
import { CONTRIBUTION_TEXT_MAX, ORGANISATION_MAX } from '../../domain/contribution';
import { formatNumber } from '../default-locale';

/** The workshop every atlas starts with, until it is named. */
export const DEFAULT_WORKSHOP_TITLE = 'Workshop';

export const contributionErrorTexts = {
  category: (p: { value: string }) => `Unbekannte Art des Beitrags „${p.value}“: erwartet Bedarf, Angebot, Idee / Maßnahme oder Frage.`,
  textEmpty: () => 'Der Beitrag hat keinen Text.',
  textLong: (p: { length: number }) => `Der Text ist ${formatNumber(p.length, 0)} Zeichen lang; erlaubt sind höchstens ${formatNumber(CONTRIBUTION_TEXT_MAX, 0)}.`,
  organisationLong: (p: { length: number }) => `Der Name der Organisation ist ${formatNumber(p.length, 0)} Zeichen lang; erlaubt sind höchstens ${formatNumber(ORGANISATION_MAX, 0)}.`,
  point: () => 'Der Punkt hat keine gültigen Koordinaten.',
  area: () => 'Das Gebiet hat keinen Schlüssel.',
  unknown: (p: { id: string }) => `Den Beitrag „${p.id}“ gibt es nicht (mehr).`,
  unknownWorkshop: (p: { id: string }) => `Den Workshop „${p.id}“ gibt es nicht (mehr).`,
  workshopTitle: () => 'Der Workshop braucht einen Titel.',
  workshopDate: (p: { value: string }) => `„${p.value}“ ist kein Datum (erwartet JJJJ-MM-TT).`,
};
