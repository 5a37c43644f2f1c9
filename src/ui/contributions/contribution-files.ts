// The file exchange of the contributions, as the pane does it: the current workshop written as
// GeoJSON or CSV and downloaded; files read back (data/contribution-file.ts checks them against
// the atlas' areas and the Kreis) and merged into the store by id, with what the merge did and
// every problem found, located.
import type { Problem } from '../../domain/types';
import type { Area } from '../../domain/types';
import type { ContributionStore, MergeReport } from '../../data/contribution-store';
import type { AreaPlaces } from '../../data/area-places';
import { contributionsFileName, contributionsToCSV, contributionsToGeoJSONText } from '../../data/contribution-file';
import { readContributionsFile } from '../../data/contribution-file-read';

export interface LoadedFile {
  files: string[];
  report: MergeReport;
  problems: Problem[];
}

export async function loadContributionFiles(files: readonly File[], store: ContributionStore, areas: readonly Area[], places: Pick<AreaPlaces, 'inKreis'>): Promise<LoadedFile> {
  const known = new Set(areas.map((a) => a.id));
  const out: LoadedFile = { files: [], report: { added: 0, updated: 0, unchanged: 0, conflicts: [] }, problems: [] };
  for (const file of files) {
    const read = readContributionsFile(file.name, await file.text(), { knownArea: (key: string) => known.has(key), inKreis: (lngLat: [number, number]) => places.inKreis(lngLat) });
    const report = store.merge(read.contributions, read.workshops);
    out.files.push(file.name);
    out.problems.push(...read.problems);
    out.report.added += report.added;
    out.report.updated += report.updated;
    out.report.unchanged += report.unchanged;
    out.report.conflicts.push(...report.conflicts);
  }
  return out;
}

/** The current workshop's contributions as a file the browser saves. */
export function downloadContributions(store: ContributionStore, kind: 'geojson' | 'csv', areaName: (key: string) => string | undefined): void {
  const workshop = store.current();
  const contributions = store.contributions();
  const write = kind === 'geojson' ? contributionsToGeoJSONText : contributionsToCSV;
  const text = write(contributions, store.workshops(), { areaName });
  const type = kind === 'geojson' ? 'application/geo+json' : 'text/csv;charset=utf-8';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = contributionsFileName(workshop, kind);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
