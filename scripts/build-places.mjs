// Places ("Standorte") of the Rhein-Sieg-Kreis as point tables the atlas reads with the very parser of
// own places (src/data/places/): one row per place, `;`-separated, decimal comma, UTF-8, columns
// id;kategorie;name;adresse;gemeinde;lat;lon and the attributes shown on hover.
//
// Inputs (fetched with the search tool's `fetch` into /work/.mirror/…, or MIRROR_DIR):
//   schools:   github:homlador/schulsozialindex-karte @ 6a0fab506c1b93948df278b6b7df15839a07c883,
//              AS_BS_Verzeichnis_2024_25_mit_Sozialindex_und_Koordinaten_und_Startchancen.csv
//              (`,`, 5,406 schools of NRW 2024/25; AGS written without its leading zero, e.g. 5382068)
//   hospitals: github:eurostat/basic-services @ f200d0ce0af43a0353ea0f229e1e770a2be26f8d,
//              data/healthcare/csv/DE.csv (GISCO healthcare services, ref_date 08/03/2020)
//   Gemeinden: geodata/vg250/vg250_gem_rhein-sieg-region.geojson (a hospital belongs to the Kreis when its
//              point lies in one of the 19 Gemeinden; the hospital file has no AGS)
// Output: public/data/places/schulen.csv, public/data/places/kliniken.csv
// Re-run: node scripts/build-places.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { booleanPointInPolygon, point } from '@turf/turf';
import { gitShow, mirror } from './lib/atlas-table.mjs';

const SCHOOLS = {
  repo: 'homlador/schulsozialindex-karte',
  commit: '6a0fab506c1b93948df278b6b7df15839a07c883',
  path: 'AS_BS_Verzeichnis_2024_25_mit_Sozialindex_und_Koordinaten_und_Startchancen.csv',
};
const HOSPITALS = { repo: 'eurostat/basic-services', commit: 'f200d0ce0af43a0353ea0f229e1e770a2be26f8d', path: 'data/healthcare/csv/DE.csv' };
const GEMEINDEN = 'geodata/vg250/vg250_gem_rhein-sieg-region.geojson';
const KREIS = '05382';
const OUT = 'public/data/places';

/** Schulform as published -> the atlas's category (the slug of the deep link); the Schulform itself stays an attribute. */
const SCHOOL_CATEGORY = {
  Grundschule: 'grundschule',
  Hauptschule: 'haupt-realschule',
  Realschule: 'haupt-realschule',
  Sekundarschule: 'gesamt-sekundarschule',
  Gesamtschule: 'gesamt-sekundarschule',
  Gymnasium: 'gymnasium',
  'Förderschule Grund-/Hauptschule': 'foerderschule',
  'Förderschule Berufskolleg': 'foerderschule',
  Berufskolleg: 'berufskolleg',
  'Freie Waldorfschule': 'waldorfschule',
};

const read = (source) => csvParse(gitShow(mirror(source.repo), source.commit, source.path).toString('utf8'));
const cell = (v) => String(v ?? '').replace(/[;"\r\n]+/g, ' ').trim();
const coordinate = (v) => String(Math.round(Number(v) * 1e6) / 1e6).replace('.', ',');
const gemeinden = JSON.parse(readFileSync(GEMEINDEN, 'utf8')).features.filter((f) => f.properties.AGS.startsWith(KREIS));
if (gemeinden.length !== 19) throw new Error(`${gemeinden.length} Gemeinden`);
const gemeindeOf = (lon, lat) => gemeinden.find((f) => booleanPointInPolygon(point([lon, lat]), f))?.properties.AGS ?? null;

function write(file, header, rows) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${file}`, [header, ...rows].map((r) => r.map(cell).join(';')).join('\n') + '\n');
  console.log(`${OUT}/${file}: ${rows.length} rows`);
}

// Schools: the Kreis's rows by AGS (the file drops the leading zero).
const schools = read(SCHOOLS).filter((r) => r['Amtlicher Gemeindeschlüssel'].padStart(8, '0').startsWith(KREIS));
const unknownForm = schools.filter((r) => !SCHOOL_CATEGORY[r.Schulform]);
if (unknownForm.length) throw new Error(`Schulform ohne Kategorie: ${[...new Set(unknownForm.map((r) => r.Schulform))].join(', ')}`);
const schoolRows = schools.map((r) => {
  const ags = r['Amtlicher Gemeindeschlüssel'].padStart(8, '0');
  const name = [r['Amtliche Bezeichnung 1'], r['Amtliche Bezeichnung 2']].map(cell).filter(Boolean).join(' ');
  const index = r.Sozialindex ? String(Number(r.Sozialindex)) : '';
  const inside = gemeindeOf(Number(r.longitude), Number(r.latitude));
  // Geocoded by Nominatim from the address: a point outside the school's own Gemeinde is worth a look.
  if (inside !== ags) console.warn(`Schule ${r.Schulnummer}: Punkt in ${inside ?? 'außerhalb des Kreises'}, AGS ${ags}`);
  return [r.Schulnummer, SCHOOL_CATEGORY[r.Schulform], name, `${r['Straße und Hausnummer']}, ${r.Postleitzahl} ${r.Ort}`, ags, coordinate(r.latitude), coordinate(r.longitude), r.Schulform, r.Rechtsstatus, r.Anzahl, index, r['Startchancen-Schule'] === '1' ? 'ja' : 'nein'];
});
write('schulen.csv', ['id', 'kategorie', 'name', 'adresse', 'gemeinde', 'lat', 'lon', 'schulform', 'rechtsstatus', 'schueler', 'sozialindex', 'startchancen'], schoolRows);

// Hospitals: the sites whose point lies in the Kreis.
const hospitals = read(HOSPITALS)
  .map((r) => ({ r, ags: gemeindeOf(Number(r.lon), Number(r.lat)) }))
  .filter((h) => h.ags);
const hospitalRows = hospitals.map(({ r, ags }) => {
  const site = r.site_name && r.site_name !== r.hospital_name && r.site_name !== 'Hauptstandort' ? `${r.hospital_name}, ${r.site_name}` : r.hospital_name;
  return [r.id, 'krankenhaus', site, `${[r.street, r.house_number].filter(Boolean).join(' ')}${r.street ? ', ' : ''}${r.postcode} ${r.city}`, ags, coordinate(r.lat), coordinate(r.lon), r.ref_date];
});
write('kliniken.csv', ['id', 'kategorie', 'name', 'adresse', 'gemeinde', 'lat', 'lon', 'stichtag'], hospitalRows);

// The counts the sources are known by (issue 27, data-sources.md rows 8 and 9): a changed input shows here.
const count = (f) => schools.filter(f).length;
const expected = [
  ['Schulen', schools.length, 184],
  ['Grundschulen', count((r) => r.Schulform === 'Grundschule'), 98],
  ['mit Sozialindex', count((r) => r.Sozialindex !== ''), 135],
  ['Startchancen', count((r) => r['Startchancen-Schule'] === '1'), 11],
  ['Startchancen in Troisdorf', count((r) => r['Startchancen-Schule'] === '1' && r['Amtlicher Gemeindeschlüssel'] === '5382068'), 5],
  ['Krankenhausstandorte', hospitals.length, 10],
];
for (const [what, got, want] of expected) if (got !== want) throw new Error(`${what}: ${got}, erwartet ${want}`);
console.log(expected.map(([what, got]) => `${what} ${got}`).join(', '));
