// Gemeinde figures of the Rhein-Sieg-Kreis from the Deutschlandatlas data file (BBSR and partners, Stand
// 12.12.2024): Pkw travel times to schools, emergency care, supermarkets, GPs and pharmacies, employment rates,
// tax capacity, population change, rents in existing tenancies; the Kreis rows of the Kreis sheets are copied
// verbatim to the sources folder (Kita rates, child poverty, school leavers, turnout, household income …) for
// reference, since the atlas has no Gemeinde figure of the same definition to set them beside.
//
// Input:  github:rmwegat/BDA @ 52fd3f3f6720399766506df8b4e5ad22b942ebc4, Deutschlandatlas-Daten.xlsx (the blob
//         f736e21b…, identical since commit 3845c7a93b130d75560622847ff195aeea666c82 that added it)
// Output: public/data/indicators/deutschlandatlas-<year>.csv (one table per sheet year, 19 Gemeinden each),
//         public/data/indicators/sources/deutschlandatlas/<sheet>.csv (the Kreis's rows, every cell verbatim)
// The sheet name's four digits are the Gebietsstand (GEM1222 = Gemeinden, 31.12.2022); `jahr` carries that year.
// Values are copied as read (source precision; floats of the xlsx such as 2.2300000000000004 are written with
// the digits Excel shows, 15 significant, so that no spurious digit appears).
// Re-run: node scripts/extract-deutschlandatlas.mjs
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { gitShow, mirror, num, writeTable } from './lib/atlas-table.mjs';

const REPO = 'rmwegat/BDA';
const COMMIT = '52fd3f3f6720399766506df8b4e5ad22b942ebc4';
const FILE = 'Deutschlandatlas-Daten.xlsx';
const OUT = 'public/data/indicators';
const KREIS = '05382';

/** atlas column -> [sheet, Deutschlandatlas indicator name]; sheets of one year form one row per Gemeinde */
const COLUMNS = {
  pkw_grundschule_min: ['Deutschlandatlas_GEM1222', 'p_grunds'],
  pkw_sek1_min: ['Deutschlandatlas_GEM1222', 'p_sek_1'],
  pkw_sek2_min: ['Deutschlandatlas_GEM1222', 'p_sek_2'],
  pkw_notfall_min: ['Deutschlandatlas_GEM1222', 'p_notfall'],
  pkw_supermarkt_min: ['Deutschlandatlas_GEM1222', 'p_markt'],
  pkw_hausarzt_min: ['Deutschlandatlas_GEM1221', 'p_harzt'],
  pkw_apotheke_min: ['Deutschlandatlas_GEM1220', 'p_apo'],
  beschaeftigungsquote: ['Deutschlandatlas_GEM1222', 'beschq_insg'],
  beschaeftigungsquote_frauen: ['Deutschlandatlas_GEM1222', 'beschq_w'],
  beschaeftigungsquote_maenner: ['Deutschlandatlas_GEM1222', 'beschq_m'],
  steuereinnahmekraft_je_ew: ['Deutschlandatlas_GEM1222', 'st_einnkr'],
  bevoelkerungsentwicklung_prozent_jahr: ['Deutschlandatlas_GEM1222', 'bev_entw'],
  bestandsmiete_je_m2: ['Deutschlandatlas_VBGEM1222', 'preis_miet_best'],
};
const KREIS_SHEETS = ['Deutschlandatlas_KRS1222', 'Deutschlandatlas_KRS1221', 'Deutschlandatlas_KRS1220'];

/** The AGS of a row: Gemeinde sheets write it as a number without the leading zero, Gemeindeverband sheets as
 * 8-digit numbers 5382xxxx prefixed by the Verband digit (53820004 = Verband 0004, in NRW the Gemeinde itself). */
function agsOf(sheet, key) {
  const k = String(key);
  if (sheet.includes('VBGEM')) return k.length === 8 && k.startsWith('5382') ? `05382${k.slice(5)}` : null;
  const padded = k.padStart(8, '0');
  return padded.startsWith(KREIS) && padded.length === 8 ? padded : null;
}
/** 15 significant digits, as Excel displays them: 2.2300000000000004 -> 2.23 */
const excel = (v) => (typeof v === 'number' ? Number(v.toPrecision(15)) : v === null || v === undefined || v === '' ? null : v);

const tmp = mkdtempSync(join(tmpdir(), 'bda-'));
const path = join(tmp, FILE);
writeFileSync(path, gitShow(mirror(REPO), COMMIT, FILE));
const sheets = new Map((await readXlsxFile(path)).map((s) => [s.sheet, s.data]));
const stand = sheets.get('Vorblatt')?.map((r) => String(r[0] ?? '')).find((c) => c.startsWith('Stand:'));
if (stand !== 'Stand: 12.12.2024') throw new Error(`${FILE}: Vorblatt says "${stand}", expected Stand: 12.12.2024`);

/** sheet -> AGS -> {name, row by indicator} */
const bySheet = new Map();
for (const sheet of new Set(Object.values(COLUMNS).map(([s]) => s))) {
  const [head, ...data] = sheets.get(sheet) ?? [];
  if (!head) throw new Error(`${FILE}: no sheet ${sheet}`);
  const rows = new Map();
  for (const r of data) {
    const ags = agsOf(sheet, r[0]);
    if (ags) rows.set(ags, { name: String(r[1]), cells: Object.fromEntries(head.map((h, i) => [h, excel(r[i])])) });
  }
  if (rows.size !== 19) throw new Error(`${sheet}: ${rows.size} Gemeinden of ${KREIS}, expected 19`);
  bySheet.set(sheet, rows);
}

const yearOf = (sheet) => 2000 + Number(sheet.slice(-2));
const gemeinden = [...bySheet.get('Deutschlandatlas_GEM1222').keys()].sort();
// One table per sheet year: a year column that exists only for some indicators would offer empty maps.
for (const year of [...new Set(Object.values(COLUMNS).map(([s]) => yearOf(s)))].sort()) {
  const columns = Object.entries(COLUMNS).filter(([, [sheet]]) => yearOf(sheet) === year);
  const rows = gemeinden.map((ags) => {
    const cells = columns.map(([, [sheet, code]]) => {
      const row = bySheet.get(sheet).get(ags);
      if (!row) throw new Error(`${sheet}: no row for ${ags}`);
      if (!(code in row.cells)) throw new Error(`${sheet}: no column ${code}`);
      return num(row.cells[code]);
    });
    return [ags, bySheet.get('Deutschlandatlas_GEM1222').get(ags).name, String(year), ...cells];
  });
  writeTable(`${OUT}/deutschlandatlas-${year}.csv`, ['ags', 'name', 'jahr', ...columns.map(([c]) => c)], rows);
}

// Verbatim source rows: the header and the Kreis's rows of every sheet used, and of the Kreis sheets.
mkdirSync(`${OUT}/sources/deutschlandatlas`, { recursive: true });
for (const sheet of [...bySheet.keys(), ...KREIS_SHEETS]) {
  const [head, ...data] = sheets.get(sheet);
  const mine = data.filter((r) => String(r[0]).padStart(8, '0').startsWith(KREIS) || (sheet.includes('VBGEM') && String(r[0]).startsWith('5382')));
  if (sheet.startsWith('Deutschlandatlas_KRS') && mine.length !== 1) throw new Error(`${sheet}: ${mine.length} Kreis rows`);
  const line = (r) => r.map((c) => String(c ?? '')).join(';');
  writeFileSync(`${OUT}/sources/deutschlandatlas/${sheet}.csv`, [line(head), ...mine.map(line)].join('\n') + '\n');
}
