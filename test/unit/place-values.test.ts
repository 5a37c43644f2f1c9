// The values of the built-in place layers (school form, legal status, Startchancen, the hospitals'
// day) as the hover card shows them: in the language in use, every value the shipped files write.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { drawPlaces, shownValue } from '../../src/symbology/place-styles';
import * as de from '../../src/messages/de/places';
import * as en from '../../src/messages/en/places';
import { usePlacesTexts } from '../../src/messages/places';
import { useLocale } from '../../src/messages/default-locale';
import { createLocale } from '../../src/messages/locale';
import { deFormat } from '../../src/messages/de/format';
import { enFormat } from '../../src/messages/en/format';
import type { Place } from '../../src/domain/place';

const install = (t: typeof de | typeof en, problems: typeof de.placeProblemsDe | typeof en.placeProblemsEn, format: typeof deFormat) => {
  usePlacesTexts({ PLACE_LAYER_NAME: t.PLACE_LAYER_NAME, SCHOOL_FORM_NAME: t.SCHOOL_FORM_NAME, placeTexts: t.placeTexts, reachTexts: t.reachTexts, placeProblemTexts: problems, NO_CATEGORY: t.NO_CATEGORY });
  useLocale(createLocale(format));
};
const english = () => install(en, en.placeProblemsEn, enFormat);
afterEach(() => install(de, de.placeProblemsDe, deFormat));

const csv = (file: string) => {
  const [head, ...rows] = readFileSync(`public/data/places/${file}`, 'utf8').trim().split('\n').map((l) => l.split(';'));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
};

describe('place values in English', () => {
  it('has every school form, legal status and Startchancen value of schulen.csv, none left German', () => {
    english();
    for (const row of csv('schulen.csv'))
      for (const key of ['schulform', 'rechtsstatus', 'startchancen']) {
        expect(en.placeTexts.value[key][row[key]], `${key} ${row[key]}`).toBeDefined();
        expect(de.placeTexts.value[key][row[key]]).toBe(row[key]);
      }
  });

  it('says the school forms as SCHOOL_FORM_NAME does, with the German type and an English gloss', () => {
    english();
    expect(shownValue('schulform', 'Grundschule')).toBe(en.SCHOOL_FORM_NAME.grundschule);
    expect(shownValue('schulform', 'Gymnasium')).toBe(en.SCHOOL_FORM_NAME.gymnasium);
    expect(shownValue('schulform', 'Freie Waldorfschule')).toBe(en.SCHOOL_FORM_NAME.waldorfschule);
    expect(shownValue('rechtsstatus', 'Öffentlich')).toBe('State');
    expect(shownValue('startchancen', 'ja')).toBe('yes');
    expect(shownValue('schulform', 'Kolleg')).toBe('Kolleg');
  });

  it('writes the day in the locale’s long form, German as German', () => {
    english();
    expect(shownValue('stichtag', '08/03/2020')).toBe('8 March 2020');
    expect(shownValue('stichtag', '2020')).toBe('2020');
    install(de, de.placeProblemsDe, deFormat);
    expect(shownValue('stichtag', '08/03/2020')).toBe('8. März 2020');
    expect(shownValue('rechtsstatus', 'Öffentlich')).toBe('Öffentlich');
  });

  it('puts them in the hover text of a school; own places keep their values as written', () => {
    english();
    const place: Place = { id: '1', category: 'grundschule', name: 'GGS Am Park', address: 'Weg 1', lngLat: [7.2, 50.8], gemeinde: '05382060', attributes: [['schulform', 'Grundschule'], ['rechtsstatus', 'Öffentlich'], ['startchancen', 'ja']], line: 2 };
    expect(drawPlaces('schulen', [place]).features[0].text).toBe('GGS Am Park · Weg 1 · Type of school: Primary school · Legal status: State · Startchancen: yes');
    expect(drawPlaces('eigene-standorte', [place]).features[0].text).toContain('Legal status: Öffentlich');
  });
});
