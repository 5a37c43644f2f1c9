// Extracts the atlas's INKAR tables (Gemeinden of the Rhein-Sieg-Kreis, its Kreis row, and the NRW
// and Bund rows as reference values) from the INKAR 2024 parquet files packaged in RegioHub/inkr.
//
// Input:  github:RegioHub/inkr @ 2825eea845b6418df786243d60cfa8fb48c77a27, inst/db/<bereich>.parquet
//         (bring it with the search tool's `fetch`; bare git dir under /work/.mirror, or MIRROR_DIR)
// Output: public/data/indicators/inkar-*.csv, public/data/indicators/referenzwerte-inkar.csv
// Values are copied verbatim (source precision, no rounding, no recalculation).
// Re-run: node scripts/extract-inkar.mjs
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { gitShow, mirror, num, writeReferences, writeTable } from './lib/atlas-table.mjs';

const REPO = 'RegioHub/inkr';
const COMMIT = '2825eea845b6418df786243d60cfa8fb48c77a27';
const OUT = 'public/data/indicators';
const KREIS = '05382';

/** atlas table -> INKAR Bereich file and column -> INKAR Kennziffer */
const TABLES = [
  { file: 'inkar-sgb2-zeitreihe.csv', bereich: 'sozialleistungen', columns: { kinderarmut: 'q_newfBGu15_bev', personen_in_bg_je_1000: 'q_PBG_bev' } },
  {
    file: 'inkar-sgb2-2022.csv',
    bereich: 'sozialleistungen',
    year: '2022',
    columns: { kinderarmut: 'q_newfBGu15_bev', personen_in_bg_je_1000: 'q_PBG_bev' },
  },
  {
    file: 'inkar-sgb2-struktur.csv',
    bereich: 'sozialleistungen',
    columns: {
      bg_mit_kindern_anteil: 'a_BGKind',
      bg_1p_anteil: 'a_BG1P',
      bg_5plus_anteil: 'a_BG5um',
      elb_alleinerziehend_anteil: 'a_ewfBG_allein',
      elb_u25_anteil: 'a_ewfBG_u25_',
      elb_55plus_anteil: 'a_ewfBG_55um_',
      elb_frauen_anteil: 'a_ewfBG_f',
      unterkunft_anteil_sgb2: 'a_Unterkunft_SGBII',
    },
  },
  {
    file: 'inkar-aerzte-zeitreihe.csv',
    bereich: 'medizinische_und_soziale_versorgung',
    columns: {
      hausaerzte_je_10000: 'q_hausarzt_bev',
      allgemeinaerzte_je_10000: 'q_allgemeinärzte_bev',
      internisten_je_10000: 'q_internist_bev',
      aerzte_je_10000: 'q_ärzte_bev',
      kinderaerzte_je_10000_u15: 'q_kinderarzt_kinder',
    },
  },
  { file: 'inkar-dichte.csv', bereich: 'siedlungsstruktur', columns: { einwohner_je_km2_inkar: 'q_bev_fl' } },
  { file: 'inkar-ew-ap-dichte.csv', bereich: 'siedlungsstruktur', columns: { einwohner_beschaeftigte_je_km2: 'q_bevsva_qkm' } },
  { file: 'inkar-studierende-fh.csv', bereich: 'bildung', columns: { studierende_fh_je_1000: 'q_stud_fh' } },
  { file: 'inkar-studierende.csv', bereich: 'bildung', columns: { studierende_je_1000: 'q_stud', studierende_je_100_18_25: 'q_stud_1825' } },
];

async function readBereich(bereich) {
  const buf = gitShow(mirror(REPO), COMMIT, `inst/db/${bereich}.parquet`);
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const rows = await parquetReadObjects({ file, compressors });
  const pick = (raumbezug, test) => rows.filter((r) => r.raumbezug === raumbezug && test(r.kennziffer));
  return {
    gemeinden: pick('Gemeinden', (k) => k.length === 8 && k.startsWith(KREIS)),
    kreis: pick('Kreise', (k) => k === `${KREIS}000`),
    nrw: pick('Bundesländer', (k) => k === '05'),
    bund: pick('Bund', () => true),
  };
}

const cache = new Map();
const references = [];
for (const t of TABLES) {
  if (!cache.has(t.bereich)) cache.set(t.bereich, await readBereich(t.bereich));
  const b = cache.get(t.bereich);
  const cols = Object.entries(t.columns);
  const has = (r) => cols.some(([, k]) => r[k] !== null && r[k] !== undefined);
  const years = [...new Set(b.gemeinden.filter(has).map((r) => r.zeitbezug))].filter((y) => !t.year || y === t.year).sort();
  const rows = [];
  for (const year of years) {
    const at = (list) => list.filter((r) => r.zeitbezug === year);
    const gemeinden = at(b.gemeinden).sort((x, y) => x.kennziffer.localeCompare(y.kennziffer));
    if (gemeinden.length !== 19) throw new Error(`${t.file} ${year}: ${gemeinden.length} Gemeinden, expected 19`);
    for (const r of [...at(b.kreis), ...gemeinden]) {
      const key = r.raumbezug === 'Kreise' ? KREIS : r.kennziffer;
      rows.push([key, r.name, ...(t.year ? [] : [year]), ...cols.map(([, k]) => num(r[k]))]);
    }
    if (t.year) continue;
    for (const [level, list] of [['nrw', b.nrw], ['bund', b.bund]]) {
      for (const r of at(list)) for (const [column, k] of cols) if (r[k] !== null) references.push({ table: t.file, column, level, year, value: r[k] });
    }
  }
  writeTable(`${OUT}/${t.file}`, ['ags', 'name', ...(t.year ? [] : ['jahr']), ...cols.map(([c]) => c)], rows);
}
writeReferences(`${OUT}/referenzwerte-inkar.csv`, references);
