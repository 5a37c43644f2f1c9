// A planner's own files, read in the browser (or by check:data in Node) and joined to the atlas: tables
// (CSV or Excel) and optionally own Sozialraum boundaries (GeoJSON, TopoJSON or a zipped Shapefile).
// Nothing is uploaded. The steps live in ./import/, one concept a file: decode, grid, sniff (title,
// header and footer lines), columns (roles), names and keys, numbers (official symbols), assemble
// (flat exports pivoted, wide years), geometry, merge. Each file is parsed once.
//
// - Geometry is read before tables, so that a table dropped with it can key to its Sozialräume. Valid
//   features replace the built-in sample Sozialräume; figures keyed to those are dropped with them.
// - Dropping a file with the same name again replaces what it brought the first time.
// - Bad content never throws: it becomes a located problem, and the input AtlasData is never changed.
import type { Problem } from '../domain/types';
import type { AtlasData } from './atlas-data';
import { problem } from './import/problem-texts';
import { decode } from './import/decode';
import { readSozialraeume } from './import/geometry';
import { gridOfText, type Grid } from './import/grid';
import { withSozialraeume, withTable } from './import/merge';
import { readGrid, type ImportOptions, type ImportSummary } from './import/table';

export type { ImportOptions, ImportSummary, TableOverrides } from './import/table';

export interface DroppedFile {
  name: string;
  /** from File.arrayBuffer() */
  bytes: ArrayBuffer;
}

export interface ImportResult {
  /** a new AtlasData with the imported indicators (and Sozialräume); the input itself when nothing was taken over */
  data: AtlasData;
  /** of the first table dropped */
  summary: ImportSummary | null;
  /** of every table dropped, in order */
  summaries: ImportSummary[];
  problems: Problem[];
  /** ids of the new indicators */
  added: string[];
  boundariesChanged: boolean;
  /** of the boundary file dropped: how many objects it holds and how many became Sozialräume */
  geometry: { file: string; read: number; taken: number } | null;
}

type FileKind = 'table' | 'xlsx' | 'json' | 'zip';

export async function importFiles(data: AtlasData, files: readonly DroppedFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const problems: Problem[] = [];
  const typed = files.flatMap((file) => {
    const kind = kindOf(file.name);
    if (typeof kind === 'string') return [{ file, kind }];
    problems.push(kind.refused);
    return [];
  });

  let next = data;
  let boundariesChanged = false;
  let geometryRead: ImportResult['geometry'] = null;
  const geometry = typed.filter((t) => t.kind === 'json' || t.kind === 'zip');
  for (const extra of geometry.slice(1)) {
    problems.push(problem('file.oneGeometry', { file: extra.file.name, taken: geometry[0].file.name }, { file: extra.file.name }));
  }
  if (geometry.length > 0) {
    const { file, kind } = geometry[0];
    await guarded(file, problems, async () => {
      const read = await readSozialraeume(file, kind === 'zip' ? 'zip' : 'json', data);
      problems.push(...read.problems);
      geometryRead = { file: file.name, read: read.read, taken: read.features.length };
      if (read.features.length === 0) return;
      next = withSozialraeume(next, read.features, file.name);
      boundariesChanged = true;
    });
  }

  const summaries: ImportSummary[] = [];
  const added: string[] = [];
  for (const { file, kind } of typed.filter((t) => t.kind === 'table' || t.kind === 'xlsx')) {
    await guarded(file, problems, async () => {
      const grids = kind === 'xlsx' ? await xlsxGrids(file, options, problems) : textGrid(file, problems);
      for (const { grid, sheet, sheets } of grids) {
        const read = readGrid(grid, file.name, next, options);
        problems.push(...read.problems);
        if (read.summary) summaries.push(sheet ? { ...read.summary, sheet, sheets } : read.summary);
        if (read.indicators.length === 0) continue;
        next = withTable(next, read);
        added.push(...read.indicators.map((i) => i.id));
      }
    });
  }
  return { data: next, summary: summaries[0] ?? null, summaries, problems, added, boundariesChanged, geometry: geometryRead };
}

function textGrid(file: DroppedFile, problems: Problem[]): { grid: Grid; sheet?: string; sheets?: string[] }[] {
  const text = decode(file, problems);
  return text === null ? [] : [{ grid: gridOfText(text, file.name, problems) }];
}

/** Loaded only when a workbook is dropped: the reader stays out of the start bundle. */
async function xlsxGrids(file: DroppedFile, options: ImportOptions, problems: Problem[]): Promise<{ grid: Grid; sheet?: string; sheets?: string[] }[]> {
  const { readWorkbook } = await import('./import/xlsx');
  return readWorkbook(file, options.overrides?.[file.name]?.sheet, problems);
}

/** Content no check foresaw still becomes a problem of its file, never an exception for the page. */
async function guarded(file: DroppedFile, problems: Problem[], read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (e) {
    problems.push(problem('file.unreadable', { reason: e instanceof Error ? e.message : String(e) }, { file: file.name }));
  }
}

function kindOf(name: string): FileKind | { refused: Problem } {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const at = { file: name };
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'table';
  if (ext === 'xlsx') return 'xlsx';
  // GeoJSON or TopoJSON: the content decides, not the ending.
  if (ext === 'geojson' || ext === 'json' || ext === 'topojson') return 'json';
  if (ext === 'zip') return 'zip';
  if (['shp', 'shx', 'dbf', 'prj', 'cpg'].includes(ext)) return { refused: problem('file.shapefilePart', { file: name }, at) };
  if (ext === 'xls' || ext === 'ods') return { refused: problem('file.oldSpreadsheet', { file: name }, at) };
  return { refused: problem('file.unsupported', { file: name }, at) };
}
