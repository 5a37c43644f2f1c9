// Population and area of the 19 Gemeinden of the Rhein-Sieg-Kreis from Destatis' Gemeindeverzeichnis
// (GV-ISys), 31.12.1983 … 31.12.2023: the long series.
//
// Input:  github:awiedem/german_election_data @ dc7922137c2d051ed08617668a42cd9bcb0a5b06,
//         data/covars_municipality/raw/municipality_sizes/<DDMMYYYY>_Auszug_GV.xlsx (unmodified Destatis files;
//         AuszugGV4QAktuell_2024.xlsx is left out: Gebietsstand 31.12.2024 but population still 31.12.2023,
//         the same figures as 31122023_Auszug_GV.xlsx)
// Output: public/data/indicators/gvisys-zeitreihe.csv, public/data/indicators/sources/gvisys/<file>.csv
//         (the Gemeinde rows of the Kreis, all cells verbatim as read)
// Read with read-excel-file (devDependency): a small, maintained xlsx reader without native code.
// Re-run: node scripts/extract-gvisys.mjs
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { gitShow, mirror, num, round, writeTable } from './lib/atlas-table.mjs';

const REPO = 'awiedem/german_election_data';
const COMMIT = 'dc7922137c2d051ed08617668a42cd9bcb0a5b06';
const DIR = 'data/covars_municipality/raw/municipality_sizes';
const YEARS = [1983, 1987, 1990, 1994, 1998, 2002, 2005, 2009, 2013, 2017, 2021, 2023];
const OUT = 'public/data/indicators';

/**
 * Column positions of a Gemeinde row (Satzart 60). Up to 2005 the files have Land, RB, Kreis, Gemeinde
 * right after the Satzart; from 2009 on a Textkennzeichen and the Gemeindeverband part come in between.
 */
const LAYOUTS = {
  old: { land: 1, rb: 2, kreis: 3, gem: 4, name: 5, flaeche: 9, insg: 10, m: 11, w: 12, dichte: 13 },
  new: { land: 2, rb: 3, kreis: 4, gem: 6, name: 7, flaeche: 8, insg: 9, m: 10, w: 11, dichte: 12 },
};
const toNumber = (v) => (typeof v === 'number' ? v : v === null || v === undefined || String(v).trim() === '' ? null : Number(String(v).replace(/\s/g, '').replace(',', '.')));

const tmp = mkdtempSync(join(tmpdir(), 'gvisys-'));
const rows = [];
mkdirSync(`${OUT}/sources/gvisys`, { recursive: true });
for (const year of YEARS) {
  const file = `3112${year}_Auszug_GV.xlsx`;
  const path = join(tmp, file);
  writeFileSync(path, gitShow(mirror(REPO), COMMIT, `${DIR}/${file}`));
  const sheets = await readXlsxFile(path);
  const sheet = sheets.reduce((a, b) => (b.data.length > a.data.length ? b : a));
  const layout = sheet.data.slice(0, 6).some((r) => r.some((c) => String(c ?? '').startsWith('Text-kenn'))) ? LAYOUTS.new : LAYOUTS.old;
  const mine = sheet.data.filter((r) => String(r[0]) === '60' && String(r[layout.land]) === '05' && String(r[layout.rb]) === '3' && String(r[layout.kreis]) === '82');
  if (mine.length !== 19) throw new Error(`${file}: ${mine.length} Gemeinden`);
  writeFileSync(`${OUT}/sources/gvisys/${file.replace('.xlsx', '.csv')}`, mine.map((r) => r.map((c) => String(c ?? '')).join(';')).join('\n') + '\n');
  for (const r of mine) {
    const [insg, w] = [toNumber(r[layout.insg]), toNumber(r[layout.w])];
    rows.push([
      `05382${String(r[layout.gem]).padStart(3, '0')}`,
      String(r[layout.name]),
      String(year),
      num(toNumber(r[layout.flaeche])),
      num(insg),
      num(toNumber(r[layout.m])),
      num(w),
      num(toNumber(r[layout.dichte])),
      num(round((w / insg) * 100, 1)),
    ]);
  }
}
rows.sort((a, b) => a[2].localeCompare(b[2]) || a[0].localeCompare(b[0]));
writeTable(`${OUT}/gvisys-zeitreihe.csv`, ['ags', 'name', 'jahr', 'flaeche_km2', 'einwohner', 'maennlich', 'weiblich', 'einwohner_je_km2', 'frauenanteil_prozent'], rows);
