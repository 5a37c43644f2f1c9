// Turnout per Gemeinde of the Rhein-Sieg-Kreis, every election the reachable sources have:
// Bundestag 2009, 2013 and European Parliament 2009, 2014 (Regionalstatistik GENESIS exports), Landtag NRW 2010,
// 2012, 2017, 2022 and the Gemeinde council elections (Kommunalwahl) 1994–2020 (IT.NRW xlsx files).
//
// Input:  github:datenguide/genesapi-data @ 75112493298aa46cd7433262f14e07ea0b82b448,
//           src/14111-01-02-5_00.csv (Bundestag), src/14211-01-02-5_00.csv (Europawahl); UTF-8, `;`
//         github:awiedem/german_election_data @ dc7922137c2d051ed08617668a42cd9bcb0a5b06,
//           data/state_elections/raw/Landtagswahlen/Nordrhein-Westfalen/Nordrhein-Westfalen_<year>_Landtagswahl_Wahlbeteiligung.xlsx
//           data/municipal_elections/raw/nrw/original/KW <year> Gemeinden Stimmen.xlsx (keys 5382004 or 382004)
// Output: public/data/indicators/wahlbeteiligung-{bundestag,europa,landtag,kommunal}.csv,
//         public/data/indicators/referenzwerte-wahlen.csv (NRW, Deutschland), sources/wahlen/*.csv (rows verbatim)
// GENESIS publishes Wahlberechtigte and the turnout in % (one decimal), not the voters: its turnout is copied as
// published. The IT.NRW files give Wahlberechtigte and Wähler: turnout = Wähler / Wahlberechtigte × 100, rounded
// half away from zero to one decimal, the formula catalog.json states (checked by test/unit/data-truth.test.ts).
// Re-run: node scripts/extract-wahlen.mjs
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { gitShow, mirror, num, round, writeReferences, writeTable } from './lib/atlas-table.mjs';

const GENESIS = { repo: 'datenguide/genesapi-data', commit: '75112493298aa46cd7433262f14e07ea0b82b448' };
const NRW = { repo: 'awiedem/german_election_data', commit: 'dc7922137c2d051ed08617668a42cd9bcb0a5b06' };
const OUT = 'public/data/indicators';
const SOURCES = `${OUT}/sources/wahlen`;
const KREIS = '05382';
const LTW_YEARS = [2010, 2012, 2017, 2022];
const KW_YEARS = [1994, 1999, 2004, 2009, 2014, 2020];
const turnout = (voters, electorate) => round((voters / electorate) * 100, 1);
const references = [];
mkdirSync(SOURCES, { recursive: true });

/** Checks what every election must show: 19 Gemeinden, turnout in a plausible band. */
function check(label, rows) {
  const gemeinden = rows.filter((r) => r.ags !== KREIS);
  if (gemeinden.length !== 19) throw new Error(`${label}: ${gemeinden.length} Gemeinden, expected 19`);
  for (const r of rows) if (!(r.turnout >= 30 && r.turnout <= 90)) throw new Error(`${label} ${r.ags}: turnout ${r.turnout}`);
}

// GENESIS: date;key;name;Wahlberechtigte;Wahlbeteiligung;…
function genesis(table, file, level) {
  const text = gitShow(mirror(GENESIS.repo), GENESIS.commit, `src/${table}_00.csv`).toString('utf8');
  if (text.includes('\uFFFD')) throw new Error(`${table}: not UTF-8`);
  const lines = text.split(/\r?\n/);
  const wanted = lines.filter((l) => /^\d\d\.\d\d\.\d{4};(DG|05|05382|05382\d{3});/.test(l));
  writeFileSync(`${SOURCES}/${table}.csv`, [...lines.slice(0, 9), ...wanted].join('\n') + '\n');
  const out = [];
  for (const line of wanted) {
    const [date, key, name, electorate, percent] = line.split(';');
    const year = Number(date.slice(6));
    const value = Number(percent.replace(',', '.'));
    if (key === 'DG' || key === '05') references.push({ table: file, column: 'wahlbeteiligung', level: key === 'DG' ? 'bund' : 'nrw', year, value });
    else out.push({ ags: key, name: name.trim(), year, electorate: Number(electorate), turnout: value });
  }
  const rows = [];
  for (const year of [...new Set(out.map((r) => r.year))].sort()) {
    const those = out.filter((r) => r.year === year).sort((a, b) => a.ags.localeCompare(b.ags));
    check(`${table} ${year}`, those);
    rows.push(...those.map((r) => [r.ags, r.name, String(year), String(r.electorate), num(r.turnout)]));
  }
  writeTable(`${OUT}/${file}`, ['ags', 'name', 'jahr', 'wahlberechtigte', 'wahlbeteiligung'], rows);
}

async function sheetOf(path) {
  const tmp = mkdtempSync(join(tmpdir(), 'wahlen-'));
  const file = join(tmp, 'f.xlsx');
  writeFileSync(file, gitShow(mirror(NRW.repo), NRW.commit, path));
  return (await readXlsxFile(file))[0].data;
}
const cellsOf = (r) => r.map((c) => String(c ?? '')).join(';');

/** Landtag: key (05, 05382, 05382xxx), name, Wahlberechtigte, Wähler, … */
async function landtag() {
  const rows = [];
  for (const year of LTW_YEARS) {
    const data = await sheetOf(`data/state_elections/raw/Landtagswahlen/Nordrhein-Westfalen/Nordrhein-Westfalen_${year}_Landtagswahl_Wahlbeteiligung.xlsx`);
    if (data[2][2] !== 'Wahlberechtigte' || data[2][3] !== 'Wähler') throw new Error(`LTW ${year}: header ${cellsOf(data[2])}`);
    const wanted = data.filter((r) => /^(05|05382|05382\d{3})$/.test(String(r[0] ?? '')));
    writeFileSync(`${SOURCES}/landtag-${year}.csv`, [...data.slice(0, 6), ...wanted, ...data.slice(-1)].map(cellsOf).join('\n') + '\n');
    const these = wanted.map((r) => ({ ags: String(r[0]), name: String(r[1]), electorate: r[2], voters: r[3], turnout: turnout(r[3], r[2]) }));
    const land = these.find((r) => r.ags === '05');
    references.push({ table: 'wahlbeteiligung-landtag.csv', column: 'wahlbeteiligung', level: 'nrw', year, value: land.turnout });
    const mine = these.filter((r) => r.ags !== '05').sort((a, b) => a.ags.localeCompare(b.ags));
    check(`LTW ${year}`, mine);
    rows.push(...mine.map((r) => [r.ags, r.name, String(year), String(r.electorate), String(r.voters), num(r.turnout)]));
  }
  writeTable(`${OUT}/wahlbeteiligung-landtag.csv`, ['ags', 'name', 'jahr', 'wahlberechtigte', 'waehler', 'wahlbeteiligung'], rows);
}

/**
 * Kommunalwahl (council of each kreisangehörige Gemeinde): key 5382004 (1994–2014) or 382004 (2020), then the
 * columns coded in the row "…;A1;A2;A3;A;B;…": A = Wahlberechtigte insgesamt, B = Wähler. No Kreis row (the Kreistag
 * is a different election): the atlas sums the Gemeinden.
 */
async function kommunal() {
  const rows = [];
  for (const year of KW_YEARS) {
    const data = await sheetOf(`data/municipal_elections/raw/nrw/original/KW ${year} Gemeinden Stimmen.xlsx`);
    const codeRow = data.find((r) => r[2] === 'A1');
    const codes = codeRow?.map((c) => String(c ?? ''));
    if (!codes) throw new Error(`KW ${year}: no code row`);
    const [a, b] = [codes.indexOf('A'), codes.indexOf('B')];
    const keyOf = (k) => {
      const s = String(k ?? '').replace(/\s/g, '');
      return /^5382\d{3}$/.test(s) ? `0${s}` : /^382\d{3}$/.test(s) ? `05${s}` : null;
    };
    const wanted = data.filter((r) => keyOf(r[0]));
    writeFileSync(`${SOURCES}/kommunal-${year}.csv`, [...data.slice(0, data.indexOf(codeRow) + 1), ...wanted].map(cellsOf).join('\n') + '\n');
    const mine = wanted.map((r) => ({ ags: keyOf(r[0]), name: String(r[1]), electorate: r[a], voters: r[b], turnout: turnout(r[b], r[a]) }));
    mine.sort((x, y) => x.ags.localeCompare(y.ags));
    check(`KW ${year}`, mine);
    rows.push(...mine.map((r) => [r.ags, r.name, String(year), String(r.electorate), String(r.voters), num(r.turnout)]));
  }
  writeTable(`${OUT}/wahlbeteiligung-kommunal.csv`, ['ags', 'name', 'jahr', 'wahlberechtigte', 'waehler', 'wahlbeteiligung'], rows);
}

genesis('14111-01-02-5', 'wahlbeteiligung-bundestag.csv');
genesis('14211-01-02-5', 'wahlbeteiligung-europa.csv');
await landtag();
await kommunal();
writeReferences(`${OUT}/referenzwerte-wahlen.csv`, references);
