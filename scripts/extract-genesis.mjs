// Extracts Gemeinde counts of the Rhein-Sieg-Kreis (and the Kreis, NRW and Deutschland rows) from
// Regionalstatistik GENESIS exports, writes the source rows verbatim to
// public/data/indicators/sources/genesis/, and the atlas tables with the counts and the rates
// computed from them by the formulas that catalog.json states (numerator / denominator × factor).
//
// Input:  github:datenguide/genesapi-data @ 75112493298aa46cd7433262f14e07ea0b82b448, src/<table>_00.csv
//         (UTF-8 despite the GENESIS habit of Latin-1; `;`-separated; bring it with the search tool's `fetch`)
// Output: public/data/indicators/genesis-*.csv, referenzwerte-genesis.csv, sources/genesis/*.csv
// Re-run: node scripts/extract-genesis.mjs   (after editing a formula in catalog.json, too)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gitShow, mirror, num, round, writeReferences, writeTable } from './lib/atlas-table.mjs';

const REPO = 'datenguide/genesapi-data';
const COMMIT = '75112493298aa46cd7433262f14e07ea0b82b448';
const OUT = 'public/data/indicators';
const KREIS = '05382';
const isWanted = (key) => key === 'DG' || key === '05' || key === KREIS || (key.length === 8 && key.startsWith(KREIS));
const LEVEL = { DG: 'bund', '05': 'nrw' };

/**
 * The data rows of a GENESIS export: key (DG, Land, Kreis or AGS), name, the date/year column if the
 * table has one before the key, and the numbers. Also writes the header lines and these rows verbatim.
 */
function genesis(table) {
  const text = gitShow(mirror(REPO), COMMIT, `src/${table}_00.csv`).toString('utf8');
  const lines = text.split(/\r?\n/);
  const keyAt = (cells) => [0, 1].find((i) => /^(DG|\d{2}|\d{5}|\d{8})$/.test(cells[i] ?? ''));
  const header = [];
  const rows = [];
  for (const line of lines) {
    const cells = line.split(';');
    const k = keyAt(cells);
    if (k === undefined) {
      if (rows.length === 0) header.push(line);
      continue;
    }
    if (!isWanted(cells[k])) continue;
    rows.push({ line, date: k === 1 ? cells[0] : null, key: cells[k], name: cells[k + 1].trim(), values: cells.slice(k + 2).map(toNumber) });
  }
  const verbatim = [...header, ...rows.map((r) => r.line)].join('\n') + '\n';
  return { rows, verbatim };
}

/** GENESIS cells: `-` nothing, `.` secret, `x` not sensible, `...` not yet: all null, never 0. */
const toNumber = (s) => (/^-?\d+(,\d+)?$/.test(s.trim()) ? Number(s.trim().replace(',', '.')) : null);
const sum = (values, indices) => (indices.some((i) => values[i] === null) ? null : indices.reduce((a, i) => a + values[i], 0));
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const sources = new Map();
function load(table) {
  if (!sources.has(table)) {
    const g = genesis(table);
    mkdirSync(`${OUT}/sources/genesis`, { recursive: true });
    writeFileSync(`${OUT}/sources/genesis/${table}.csv`, g.verbatim);
    sources.set(table, g.rows);
  }
  return sources.get(table);
}
/** key -> counts, from the rows of one date (or all rows if the table has one date only) */
function byKey(table, date, counts) {
  const out = new Map();
  for (const r of load(table)) if (date === null || r.date === date) out.set(r.key, { name: r.name, ...counts(r.values) });
  return out;
}

// 12411-02-03-5, 31.12.2015: 17 age groups (unter 3 … 75 u. m.) + insgesamt, then male, then female.
// Index: 0 <3, 1 3–6, 2 6–10, 3 10–15, 4 15–18, 5 18–20, 6 20–25, … 14 60–65, 15 65–75, 16 75+, 17 total.
const AGE = 18;
const age2015 = byKey('12411-02-03-5', null, (v) => ({
  bev_insg: v[17],
  bev_u6: sum(v, [0, 1]),
  bev_u18: sum(v, range(0, 4)),
  bev_u20: sum(v, range(0, 5)),
  bev_15_65: sum(v, range(4, 14)),
  bev_20_65: sum(v, range(6, 14)),
  bev_65plus: sum(v, [15, 16]),
  bev_75plus: v[16],
  bev_w_15_65: sum(v, range(2 * AGE + 4, 2 * AGE + 14)),
}));
const meanAge = byKey('12411-07-01-5', '31.12.2015', (v) => ({ durchschnittsalter: v[0] }));
const svbWohnort = byKey('13111-02-02-5', null, (v) => ({ svb_wohnort: v[0], svb_wohnort_w: v[2], svb_wohnort_ausl: v[3] }));
const svbArbeitsort = byKey('13111-01-03-5', null, (v) => ({ svb_arbeitsort: v[0] }));
const unemployed = byKey('13211-01-03-5', null, (v) => ({
  al_insg: v[0],
  al_ausl: v[1],
  al_schwerbehindert: v[2],
  al_15_25: v[4],
  al_55_65: v[5],
  al_langzeit: v[6],
}));
const zensus2011 = byKey('12111-01-01-5', null, (v) => ({ einwohner_zensus_2011: v[0], auslaender_zensus_2011: v[6] }));

// 12411-01-01-5: columns per date 31.12.2015 … 31.12.2008, each insgesamt, männlich, weiblich.
const POP_YEARS = range(2008, 2015).reverse();
const popOf = (year) => byKey('12411-01-01-5', null, (v) => {
  const i = POP_YEARS.indexOf(year) * 3;
  return { einwohner: v[i], maennlich: v[i + 1], weiblich: v[i + 2] };
});
const housing = (year) => byKey('31231-01-02-5', `31.12.${year}`, (v) => ({
  wohngebaeude: v[0],
  wohngebaeude_1_2_wohnungen: sum(v, [1, 2]),
  wohnflaeche_1000_m2: v[3],
  wohnungen: v[4],
}));
const income = (year) => byKey('73111-01-01-5', String(year), (v) => ({ steuerpflichtige: v[0], einkuenfte_1000_eur: v[1] }));

/** Merges count maps (same keys) into one row per key. */
const merge = (...maps) => new Map([...maps[0].keys()].map((k) => [k, Object.assign({}, ...maps.map((m) => m.get(k)))]));

const TABLES = [
  { file: 'genesis-bevoelkerung-2015.csv', years: [2015], counts: () => merge(age2015, meanAge, svbWohnort, svbArbeitsort) },
  { file: 'genesis-arbeitslose-2016.csv', years: [2016], counts: () => merge(unemployed, new Map([...age2015].map(([k, v]) => [k, { bev_15_65_2015: v.bev_15_65 }]))) },
  { file: 'genesis-zensus-2011.csv', years: [2011], counts: () => zensus2011 },
  { file: 'genesis-bevoelkerung-zeitreihe.csv', years: POP_YEARS.slice().reverse(), counts: popOf },
  { file: 'genesis-wohnungen.csv', years: [2008, 2009, 2010], counts: (y) => merge(housing(y), new Map([...popOf(y)].map(([k, v]) => [k, { einwohner: v.einwohner }]))) },
  { file: 'genesis-einkommen.csv', years: [2007, 2010], counts: income },
];

const catalog = JSON.parse(readFileSync(`${OUT}/catalog.json`, 'utf8'));
/** The formulas of the indicators with figures in this table (as their main table or under `also`). */
const formulas = (file) =>
  catalog.indicators.flatMap((i) =>
    [{ table: i.table, column: i.column }, ...(i.also ?? [])]
      .filter((s) => s.table === file && i.formula)
      .map((s) => ({ column: s.column, decimals: i.decimals, ...i.formula })),
  );
/** The catalog's formula, applied: Σ numerator / Σ denominator × factor, rounded as published (as domain/formula.ts applyFormula; checked against it by test/unit/data-truth.test.ts). */
const rate = (row, f) => {
  const n = f.numerator.reduce((a, c) => (a === null || row[c] == null ? null : a + row[c]), 0);
  const d = f.denominator.reduce((a, c) => (a === null || row[c] == null ? null : a + row[c]), 0);
  return n === null || !d ? null : round((n / d) * (f.factor ?? 1), f.decimals);
};

const references = [];
for (const t of TABLES) {
  const fs = formulas(t.file);
  let countColumns = null;
  const rows = [];
  for (const year of t.years) {
    const counts = t.counts(year);
    countColumns ??= Object.keys(counts.get(KREIS)).filter((c) => c !== 'name');
    const keys = [...counts.keys()].filter((k) => k === KREIS || k.length === 8).sort();
    if (keys.length !== 20) throw new Error(`${t.file} ${year}: ${keys.length} rows, expected Kreis + 19 Gemeinden`);
    for (const k of keys) {
      const row = counts.get(k);
      rows.push([k, row.name, String(year), ...countColumns.map((c) => num(row[c])), ...fs.map((f) => num(rate(row, f)))]);
    }
    for (const k of ['05', 'DG']) {
      const row = counts.get(k);
      if (!row) continue;
      for (const f of fs) references.push({ table: t.file, column: f.column, level: LEVEL[k], year, value: rate(row, f) });
      for (const c of countColumns.filter((c) => catalog.indicators.some((i) => i.table === t.file && i.column === c && i.kind !== 'count'))) {
        references.push({ table: t.file, column: c, level: LEVEL[k], year, value: row[c] });
      }
    }
  }
  writeTable(`${OUT}/${t.file}`, ['ags', 'name', 'jahr', ...countColumns, ...fs.map((f) => f.column)], rows);
}
writeReferences(`${OUT}/referenzwerte-genesis.csv`, references.filter((r) => r.value !== null));
