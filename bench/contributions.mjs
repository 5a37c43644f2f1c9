// npm run bench:beitraege (after `vite build`): `npm run bench`'s section "contributions" alone
// (issue 25: with 500 contributions in the document hover and indicator switch stay within 1.2 ×
// their p95 without any). Two pages of the same stage, both with the pane open, measured in turns
// (lib/contributions-probe.mjs). Prints the section's table; exit code 0 when it measured.
import { fileURLToPath } from 'node:url';
import { openStage } from './lib/stage.mjs';
import * as atlas from './lib/atlas-probe.mjs';
import { servedData, withAndWithout, contributionRows, CONTRIBUTION_PLAN } from './lib/contributions-probe.mjs';
import { median, percentile, row, tableText } from './lib/report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const stage = await openStage({ dist: 'dist', viewport: { width: 1280, height: 800 } });
const log = (message) => console.error(`[bench:beitraege] ${message}`);
try {
  const c = await withAndWithout(stage, atlas, servedData(stage.served), { ...CONTRIBUTION_PLAN, log });
  console.log(`map: ${c.kind}; "baseline" column: the same page without contributions\n${tableText(contributionRows(row, percentile, median, c, CONTRIBUTION_PLAN.n))}`);
} finally {
  await stage.close();
  stage.removeCopy();
}
