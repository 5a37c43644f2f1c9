// Writing the atlas's indicator tables: `;`-separated, decimal comma, names quoted, UTF-8, one
// row per key (and year). Shared by every scripts/extract-*.mjs so that all tables look alike.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { execFileSync } from 'node:child_process';

/** A number as the atlas tables write it: source precision, decimal comma; null -> empty (keine Angabe). */
export const num = (v) => (v === null || v === undefined || Number.isNaN(v) ? '' : String(v).replace('.', ','));

/**
 * Rounds half away from zero to `decimals`, as official tables do (never banker's rounding). The same rule
 * as src/domain/formula.ts roundHalfAway, which plain Node cannot import from TypeScript; the data truth
 * test recomputes every value written with this one by that one, so the two cannot drift apart unseen.
 */
export const round = (v, decimals) => {
  if (v === null || !Number.isFinite(v)) return null;
  const f = 10 ** decimals;
  return (Math.sign(v) * Math.round(Math.abs(v) * f + 1e-9)) / f;
};

/** rows: arrays of already formatted cells; strings in `quoted` columns get double quotes. */
export function writeTable(file, header, rows, quoted = ['name']) {
  const q = new Set(header.flatMap((h, i) => (quoted.includes(h) ? [i] : [])));
  const line = (cells) => cells.map((c, i) => (q.has(i) ? `"${c}"` : c)).join(';');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, [header.join(';'), ...rows.map(line)].join('\n') + '\n');
  console.log(`${file}: ${rows.length} rows`);
}

/** Reference values (NRW, Deutschland) of a table's columns, long format, appended per source. */
export function writeReferences(file, rows) {
  writeTable(file, ['tabelle', 'spalte', 'ebene', 'jahr', 'wert'], rows.map((r) => [r.table, r.column, r.level, String(r.year), num(r.value)]), []);
}

/** One file of a fetched repository at a commit, as bytes (the mirror is a bare git directory). */
export function gitShow(gitDir, commit, path) {
  return execFileSync('git', [`--git-dir=${gitDir}`, 'show', `${commit}:${path}`], { maxBuffer: 1 << 30 });
}

/** Where the search tool's `fetch` put a repository; override with the env var of the same name. */
export const mirror = (repo) => process.env.MIRROR_DIR ? `${process.env.MIRROR_DIR}/${repo.replace('/', '+')}/repo` : `/work/.mirror/${repo.replace('/', '+')}/repo`;
