// Kreis series as reference values (issue 27): figures the Rhein-Sieg-Kreis as a whole has, beside NRW and
// Deutschland, for the section "Der Kreis im Vergleich". They have no Gemeinde counterpart of the same
// definition, so they are not indicators of the map: the atlas shows them as series of the Kreis.
//
// Input:  github:RegioHub/inkr @ 2825eea845b6418df786243d60cfa8fb48c77a27, inst/db/<bereich>.parquet
//         (INKAR 2024: the rows of raumbezug „Kreise“ 05382000, „Bundesländer“ 05 and „Bund“);
//         public/data/indicators/sources/deutschlandatlas/Deutschlandatlas_KRS<sheet>.csv (the Kreis rows of the
//         Deutschlandatlas' Kreis sheets, copied verbatim by extract-deutschlandatlas.mjs; no NRW or Bund row there)
// Output: public/data/indicators/kreisreihen.csv (reihe;ebene;jahr;wert, ebene kreis | nrw | bund),
//         public/data/indicators/kreisreihen.json (what each series is: label, unit, source, licence, vintage),
//         public/data/indicators/sources/inkar/kreisreihen.csv (the INKAR source cells, as stored in the parquet)
// Values are copied verbatim (source precision, no rounding, no recalculation).
// Re-run: node scripts/extract-kreisreihen.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { gitShow, mirror, num, writeTable } from './lib/atlas-table.mjs';

const REPO = 'RegioHub/inkr';
const COMMIT = '2825eea845b6418df786243d60cfa8fb48c77a27';
const OUT = 'public/data/indicators';
const INKAR_SOURCE = 'BBSR, INKAR 2024';
const INKAR_LICENSE = 'dl-de/by-2-0, © BBSR Bonn 2024';
const DA_SOURCE = 'BBSR und Partner, Deutschlandatlas, Daten zum Deutschlandatlas, Stand 12.12.2024';
const DA_LICENSE = 'dl-de/by-2-0 (Deutschlandatlas, www.deutschlandatlas.bund.de)';
const BREAK_2011 = 'Bevölkerung bis 2010 aus der Fortschreibung der Volkszählung 1987, ab 2011 des Zensus 2011 (INKAR).';
const PFLEGE_2017 = 'Seit 2017 gelten fünf Pflegegrade statt drei Pflegestufen: Werte ab 2017 mit den Jahren davor nur eingeschränkt vergleichbar (INKAR). Erhoben alle zwei Jahre.';

/** INKAR series: Bereich file, Kennziffer, and what the atlas says about them (INKAR's own names and formulas). */
const INKAR = [
  {
    id: 'kita-unter-3',
    bereich: 'medizinische_und_soziale_versorgung',
    code: 'a_betr0003_bev0003',
    label: 'Betreuungsquote Kinder unter 3 Jahren (Kindertageseinrichtungen)',
    topic: 'Kinder, Jugend und Familie',
    unit: '%',
    definition: 'Kinder unter 3 Jahren in Tageseinrichtungen / Kinder unter 3 Jahren × 100',
    basis: 'Kindertagesbetreuung regional (Statistische Ämter des Bundes und der Länder)',
    note: `Nur Kindertageseinrichtungen, ohne Kindertagespflege. ${BREAK_2011}`,
    indicators: ['anteil-unter-6', 'kinderarmut', 'bg-mit-kindern'],
  },
  {
    id: 'kita-3-6',
    bereich: 'medizinische_und_soziale_versorgung',
    code: 'a_betr0306_bev0306',
    label: 'Betreuungsquote Kinder von 3 bis unter 6 Jahren (Kindertageseinrichtungen)',
    topic: 'Kinder, Jugend und Familie',
    unit: '%',
    definition: 'Kinder von 3 bis unter 6 Jahren in Tageseinrichtungen / Kinder von 3 bis unter 6 Jahren × 100',
    basis: 'Kindertagesbetreuung regional (Statistische Ämter des Bundes und der Länder)',
    note: `Nur Kindertageseinrichtungen, ohne Kindertagespflege. ${BREAK_2011}`,
    indicators: ['anteil-unter-6', 'kinderarmut', 'bg-mit-kindern'],
  },
  {
    id: 'kinderarmut-kreis',
    bereich: 'sozialleistungen',
    code: 'q_newfBGu15_bev',
    label: 'Kinderarmut: SGB-II-Leistungsberechtigte unter 15 Jahren (Kreis, 2016–2022)',
    topic: 'Kinder, Jugend und Familie',
    unit: 'je 100 unter 15',
    definition: 'Nicht erwerbsfähige SGB-II-Leistungsberechtigte unter 15 Jahren / Einwohner unter 15 Jahren × 100',
    basis: 'Statistik der Grundsicherung für Arbeitsuchende der Bundesagentur für Arbeit',
    note: 'Dieselbe Kennziffer wie der Indikator „Kinderarmut“ der Karte, dort für die Gemeinden nur 2021 und 2022; der Kreis hat sie seit 2016 (neue Abgrenzung der SGB-II-Statistik ab 2016).',
    indicators: ['kinderarmut', 'bg-mit-kindern', 'elb-alleinerziehend'],
  },
  {
    id: 'schulabgaenger-ohne-abschluss',
    bereich: 'bildung',
    code: 'a_schul_oA',
    label: 'Schulabgänger ohne Hauptschulabschluss',
    topic: 'Bildung',
    unit: '% der Schulabgänger',
    definition: 'Schulabgänger ohne Hauptschulabschluss / Schulabgänger × 100',
    basis: 'Statistik der allgemeinbildenden Schulen des Bundes und der Länder',
    note: 'Gezählt am Ort der Schule, nicht am Wohnort.',
    indicators: ['kinderarmut', 'studierende', 'pkw-sek1'],
  },
  {
    id: 'wohngeld-haushalte',
    bereich: 'sozialleistungen',
    code: 'a_HHwg',
    label: 'Wohngeldhaushalte',
    topic: 'Armut und Grundsicherung',
    unit: 'je 1.000 Haushalte',
    definition: 'Haushalte, die Wohngeld empfangen (reine Wohngeldhaushalte) / Haushalte × 1.000',
    basis: 'Wohngeldstatistik des Bundes und der Länder',
    note: 'Zahl der Haushalte geschätzt aus der Einwohnerzahl und der Haushaltsgröße im Bundesdurchschnitt (INKAR). Wohngeldreformen zum 1.1.2016 und 1.1.2020 erhöhten die Zahl der Empfänger.',
    indicators: ['personen-bg', 'sgb2-unterkunft', 'bestandsmiete', 'nettokaltmiete-2022'],
  },
  {
    id: 'grundsicherung-alter',
    bereich: 'sozialleistungen',
    code: 'a_GSa',
    label: 'Grundsicherung im Alter (Altersarmut)',
    topic: 'Armut und Grundsicherung',
    unit: '% der Ew. ab 65',
    definition: 'Empfänger von Grundsicherung im Alter ab 65 Jahren / Einwohner ab 65 Jahren × 100',
    basis: 'Empfänger von Grundsicherung im Alter und bei Erwerbsminderung (SGB XII, 4. Kapitel)',
    note: BREAK_2011,
    indicators: ['personen-bg', 'elb-55-plus', 'anteil-65-plus'],
  },
  {
    id: 'pflegebeduerftige',
    bereich: 'medizinische_und_soziale_versorgung',
    code: 'q_pfl',
    label: 'Pflegebedürftige je 100 Einwohner',
    topic: 'Gesundheit und Versorgung',
    unit: 'je 100 Ew.',
    definition: 'Pflegebedürftige / Einwohner × 100',
    basis: 'Pflegestatistik des Bundes und der Länder',
    note: PFLEGE_2017,
    indicators: ['anteil-75-plus', 'anteil-65-plus', 'altenquotient', 'hausaerzte'],
  },
  {
    id: 'pflege-ambulant',
    bereich: 'medizinische_und_soziale_versorgung',
    code: 'a_pfl_amb',
    label: 'Pflegebedürftige in ambulanter Pflege',
    topic: 'Gesundheit und Versorgung',
    unit: '% der Pflegebedürftigen',
    definition: 'Pflegebedürftige in ambulanter Pflege / Pflegebedürftige × 100',
    basis: 'Pflegestatistik des Bundes und der Länder',
    note: PFLEGE_2017,
    indicators: ['anteil-75-plus', 'anteil-65-plus'],
  },
  {
    id: 'pflege-stationaer',
    bereich: 'medizinische_und_soziale_versorgung',
    code: 'a_pfl_st',
    label: 'Pflegebedürftige in stationärer Dauerpflege',
    topic: 'Gesundheit und Versorgung',
    unit: '% der Pflegebedürftigen',
    definition: 'Pflegebedürftige in stationärer Dauerpflege (ohne Kurzzeitpflege) / Pflegebedürftige × 100',
    basis: 'Pflegestatistik des Bundes und der Länder',
    note: PFLEGE_2017,
    indicators: ['anteil-75-plus', 'anteil-65-plus'],
  },
  {
    id: 'pflegegeld',
    bereich: 'medizinische_und_soziale_versorgung',
    code: 'a_pfl_geld',
    label: 'Empfänger von Pflegegeld',
    topic: 'Gesundheit und Versorgung',
    unit: '% der Pflegebedürftigen',
    definition: 'Empfänger von Pflegegeld / Pflegebedürftige × 100',
    basis: 'Pflegestatistik des Bundes und der Länder',
    note: PFLEGE_2017,
    indicators: ['anteil-75-plus', 'anteil-65-plus'],
  },
];

/**
 * Deutschlandatlas Kreis sheets: one year each, the Kreis only (the sheets have no Land or Bund row). Only
 * indicators whose definition and reference year a source reachable here states (the Deutschlandatlas map page or
 * the BKG metadata record of its layer); kbetr_u3, kbetr_ue3, hh_veink and others stay in sources/ until then.
 */
const DEUTSCHLANDATLAS = [
  {
    id: 'kinder-bedarfsgemeinschaften-da',
    sheet: 'Deutschlandatlas_KRS1222',
    code: 'kinder_bg',
    year: 2022,
    label: 'Kinder unter 15 Jahren in SGB-II-Bedarfsgemeinschaften (Deutschlandatlas)',
    topic: 'Kinder, Jugend und Familie',
    unit: '% der unter 15-Jährigen',
    definition: 'Anteil der unter 15-Jährigen in SGB-II-Bedarfsgemeinschaften an der Altersgruppe im Jahr 2022 in %',
    basis: 'Laufende Raumbeobachtung des BBSR; Statistik der Grundsicherung für Arbeitsuchende (SGB II) der Bundesagentur für Arbeit',
    note: 'Andere Abgrenzung als INKARs Kinderarmut (q_newfBGu15_bev), daher ein anderer Wert. Deutschland 2022 laut Deutschlandatlas: 12,7 %. Die Tabelle enthält keinen Wert für NRW.',
    indicators: ['kinderarmut', 'bg-mit-kindern', 'elb-alleinerziehend'],
  },
  {
    id: 'wahlbeteiligung-bundestag-2021-da',
    sheet: 'Deutschlandatlas_KRS1221',
    code: 'wahl_beteil',
    year: 2021,
    label: 'Wahlbeteiligung Bundestagswahl 2021 (Deutschlandatlas)',
    topic: 'Teilhabe',
    unit: '%',
    definition: 'Wähler / Wahlberechtigte × 100, Bundestagswahl am 26.09.2021',
    basis: 'Allgemeine Bundestagswahlstatistik, Regionaldatenbank der Statistischen Ämter des Bundes und der Länder; Der Bundeswahlleiter, Wiesbaden 2021',
    note: 'Für die Gemeinden gibt es die Bundestagswahl 2021 im Atlas nicht (die Wahlbeteiligung der Gemeinden reicht bis 2013). Deutschland laut Deutschlandatlas: 76,6 %. Die Tabelle enthält keinen Wert für NRW.',
    indicators: ['wahlbeteiligung-bundestag', 'wahlbeteiligung-landtag', 'wahlbeteiligung-europa', 'wahlbeteiligung-kommunal'],
  },
];

async function readBereich(bereich) {
  const buf = gitShow(mirror(REPO), COMMIT, `inst/db/${bereich}.parquet`);
  return parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), compressors });
}

const SCOPES = [
  ['kreis', (r) => r.raumbezug === 'Kreise' && r.kennziffer === '05382000'],
  ['nrw', (r) => r.raumbezug === 'Bundesländer' && r.kennziffer === '05'],
  ['bund', (r) => r.raumbezug === 'Bund'],
];

const rows = [];
const sourceRows = [];
const series = [];
const cache = new Map();
for (const s of INKAR) {
  if (!cache.has(s.bereich)) cache.set(s.bereich, await readBereich(s.bereich));
  const data = cache.get(s.bereich);
  if (!(s.code in data[0])) throw new Error(`${s.bereich}: no column ${s.code}`);
  const years = new Set();
  for (const [scope, test] of SCOPES) {
    const mine = data.filter((r) => test(r) && r[s.code] !== null && r[s.code] !== undefined).sort((a, b) => a.zeitbezug.localeCompare(b.zeitbezug));
    if (mine.length === 0) throw new Error(`${s.code}: no ${scope} row`);
    for (const r of mine) {
      rows.push([s.id, scope, r.zeitbezug, num(r[s.code])]);
      sourceRows.push([s.bereich, r.raumbezug, r.kennziffer, r.name, r.zeitbezug, s.code, String(r[s.code])]);
      if (scope === 'kreis') years.add(r.zeitbezug);
    }
  }
  const span = [...years].sort();
  const { bereich: _b, basis, ...meta } = s;
  series.push({ ...meta, source: `${INKAR_SOURCE} (Bereich „${bereichName(s.bereich)}“; Laufende Raumbeobachtung des BBSR; ${basis})`, license: INKAR_LICENSE, vintage: `${span[0]}–${span.at(-1)}` });
}
for (const s of DEUTSCHLANDATLAS) {
  const [head, row] = readFileSync(`${OUT}/sources/deutschlandatlas/${s.sheet}.csv`, 'utf8').trim().split('\n').map((l) => l.split(';'));
  const at = head.indexOf(s.code);
  if (at < 0 || row[0] !== '5382000') throw new Error(`${s.sheet}: no ${s.code} for 5382000`);
  rows.push([s.id, 'kreis', String(s.year), num(Number(row[at]))]);
  const { sheet, basis, year, ...meta } = s;
  series.push({ ...meta, source: `${DA_SOURCE}, Tabellenblatt ${sheet}, Indikator ${s.code} (Datenbasis: ${basis})`, license: DA_LICENSE, vintage: String(year) });
}

function bereichName(file) {
  return { medizinische_und_soziale_versorgung: 'Medizinische und soziale Versorgung', sozialleistungen: 'Sozialleistungen', bildung: 'Bildung' }[file];
}

writeTable(`${OUT}/kreisreihen.csv`, ['reihe', 'ebene', 'jahr', 'wert'], rows, []);
writeTable(`${OUT}/sources/inkar/kreisreihen.csv`, ['bereich', 'raumbezug', 'kennziffer', 'name', 'zeitbezug', 'kennziffer_indikator', 'wert'], sourceRows, []);
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/kreisreihen.json`, JSON.stringify({ table: 'kreisreihen.csv', series }, null, 1) + '\n');
console.log(`${OUT}/kreisreihen.json: ${series.length} series`);
