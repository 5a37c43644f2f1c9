// Zensus 2022 figures per Gemeinde of the Rhein-Sieg-Kreis from the R package gerda's internal data.
//
// Input:  github:hhilbig/gerda @ 8124aa7db4e74ed2c5bf67e1a2bdcdc078969ada, R/sysdata.rda, object
//         census_2022_internal (10,786 Gemeinden; compiled by the package from the Zensus 2022 database).
//         Reading .rda needs R once (Debian r-base-core: Rscript); the atlas build never does.
// Output: public/data/indicators/sources/gerda-census-2022.csv (the 19 rows 05382…, every column verbatim
//         as R writes it), public/data/indicators/zensus-2022-gemeinden.csv (the columns the atlas uses).
// Left out on purpose: the age shares (bands mislabelled in the package: 30–49 ≈ 46 % everywhere) and
// share_single_family (≈ 100 % everywhere), both implausible.
// Re-run: node scripts/extract-zensus-2022.mjs
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gitShow, mirror, num, writeTable } from './lib/atlas-table.mjs';

const REPO = 'hhilbig/gerda';
const COMMIT = '8124aa7db4e74ed2c5bf67e1a2bdcdc078969ada';
const OUT = 'public/data/indicators';
const COLUMNS = {
  einwohner_zensus_2022: 'population_census22',
  auslaenderanteil: 'share_foreign_census22',
  migrationshintergrund_anteil: 'share_migration_bg_census22',
  haushaltsgroesse: 'avg_household_size_census22',
  wohnungen: 'total_dwellings_census22',
  leerstandsquote: 'vacancy_rate_census22',
  eigentuemerquote: 'share_owner_occupied_census22',
  nettokaltmiete_je_m2: 'avg_rent_per_m2_census22',
};

const dir = mkdtempSync(join(tmpdir(), 'gerda-'));
writeFileSync(join(dir, 'sysdata.rda'), gitShow(mirror(REPO), COMMIT, 'R/sysdata.rda'));
const csv = join(dir, 'rows.csv');
execFileSync('Rscript', ['-e', `e <- new.env(); load("${join(dir, 'sysdata.rda')}", envir = e); d <- e$census_2022_internal; d <- d[startsWith(d$ags, "05382"), ]; write.table(d, "${csv}", sep = ";", row.names = FALSE, na = "", quote = FALSE, fileEncoding = "UTF-8")`]);
const text = readFileSync(csv, 'utf8');
mkdirSync(`${OUT}/sources`, { recursive: true });
writeFileSync(`${OUT}/sources/gerda-census-2022.csv`, text);
const [header, ...lines] = text.trim().split('\n').map((l) => l.split(';'));
if (lines.length !== 19) throw new Error(`${lines.length} Gemeinden`);
const at = (name) => header.indexOf(name);
const rows = lines
  .map((cells) => [cells[at('ags')], cells[at('municipality_name')], '2022', ...Object.values(COLUMNS).map((c) => num(cells[at(c)] === '' ? null : Number(cells[at(c)])))])
  .sort((a, b) => a[0].localeCompare(b[0]));
writeTable(`${OUT}/zensus-2022-gemeinden.csv`, ['ags', 'name', 'jahr', ...Object.keys(COLUMNS)], rows);
