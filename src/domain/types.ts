// Pure data contracts shared by every layer (see DESIGN.md). No DOM, no MapLibre.
import type { Formula } from './formula';
import type { IntervalSpec } from './intervals';

/** `raster`: the Zensus 2011 1 km grid cells, loaded only when first shown (see data/grid.ts). */
export type Level = 'kreis' | 'gemeinde' | 'sozialraum' | 'raster';

export interface Area {
  id: string;
  name: string;
  level: Level;
  parent: string | null;
  /** Generated sample geometry ("Beispieldaten"), not an official boundary. */
  sample?: boolean;
}

export type IndicatorKind = 'share' | 'rate' | 'count' | 'index' | 'density' | 'area';
export type Direction = 'higher-is-worse' | 'higher-is-better' | 'neutral';
/** How a map may show it: counts as proportional circles (area ∝ value), everything else as choropleth. */
export type Display = 'choropleth' | 'circles';

/** One entry of catalog.json: everything the atlas says about an indicator. */
export interface Indicator {
  id: string;
  label: string;
  topic: string;
  unit: string;
  kind: IndicatorKind;
  decimals: number;
  /** Indicator id whose values weight this one when it is aggregated (e.g. population). */
  denominator?: string;
  table: string;
  column: string;
  /** every table and column with figures of it: the first is `table`/`column`, others may hold other levels or years */
  sources: { table: string; column: string }[];
  source: string;
  license: string;
  vintage: string;
  note?: string;
  /** what is divided by what, in words (Zähler / Nenner × Faktor) */
  definition?: string;
  /** the same as columns of its table, for rates computed from official counts */
  formula?: Formula;
  /** how its confidence interval is computed, if it has one (see domain/intervals.ts) */
  interval?: IntervalSpec;
  /** table code (GENESIS, e.g. 12411-02-03-5) or indicator id (INKAR, e.g. q_PBG_bev) in the source */
  code?: string;
  /** absent (a planner's own table): choropleth */
  display?: Display;
  sample: boolean;
  /** figures a planner loaded in this browser ("Eigene Daten"): never labelled sample data, even on sample areas */
  own?: boolean;
  scheme: string;
  direction: Direction;
}

/**
 * Official symbols of the statistical offices (Zeichenerklärung) that a cell may carry besides its
 * kind, so that card and table can say them instead of a bare number or "keine Angabe":
 * on values `p` provisional, `r` revised, `s` estimated, `()` limited reliability, `–` nothing (0);
 * on missing cells `x` not meaningful, `/` not reliable enough, `…` later; on suppressed `.` unknown or secret.
 */
export type CellSymbol = 'p' | 'r' | 's' | '()' | '–' | 'x' | '/' | '…' | '.';

/** What a table cell turned into: a number, nothing, or a value withheld for privacy. */
export type Cell =
  | { readonly kind: 'value'; readonly value: number; readonly symbol?: CellSymbol }
  | { readonly kind: 'missing'; readonly symbol?: CellSymbol }
  | { readonly kind: 'suppressed'; readonly symbol?: CellSymbol };

export const MISSING: Cell = Object.freeze({ kind: 'missing' });
export const SUPPRESSED: Cell = Object.freeze({ kind: 'suppressed' });
export const valueCell = (value: number): Cell => ({ kind: 'value', value });

/** A located problem in an input file. Line and column are 1-based, as an editor shows them. */
export interface Problem {
  file: string;
  line?: number;
  /** the n-th feature (1-based) of a GeoJSON file, where a line says little */
  feature?: number;
  column?: string;
  key?: string;
  message: string;
  severity: 'error' | 'warning';
  /** what kind of problem (see data/problem-messages.ts); the message is its German text */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}
