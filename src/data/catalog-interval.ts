// The `interval` field of an indicator in catalog.json: which confidence interval it has and where its
// counts come from. Read strictly: a method that does not fit the indicator's kind, a method without
// counts, or a formula without a declared method is reported (check:data lists them), never guessed.
import type { IndicatorKind } from '../domain/types';
import type { Formula } from '../domain/formula';
import { DEFAULT_RELIABILITY, type IntervalMethod, type IntervalSpec, type ReliabilityThresholds } from '../domain/intervals';
import { dataTexts } from '../messages/data';
const METHODS: readonly IntervalMethod[] = ['wilson', 'byar', 'none'];

/**
 * Which kinds each method fits: Wilson a proportion (a share, or a rate "je 100" whose numerator is
 * part of its denominator), Byar events per population; `none` any kind.
 */
const FITS: Record<IntervalMethod, readonly IndicatorKind[]> = {
  wilson: ['share', 'rate'],
  byar: ['rate', 'share'],
  none: ['share', 'rate', 'count', 'index', 'density', 'area'],
};

type Json = Record<string, unknown>;
type Report = (message: string, severity: 'error' | 'warning') => void;

const positive = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

/** The declared interval of one indicator, or undefined (reported when it was required or malformed). */
export function readInterval(x: unknown, kind: IndicatorKind, formula: Formula | undefined, report: Report): IntervalSpec | undefined {
  if (x === undefined) {
    if (formula) report(dataTexts.interval.undeclared, 'warning');
    return undefined;
  }
  const o = (typeof x === 'object' && x !== null && !Array.isArray(x) ? x : {}) as Json;
  const method = o.method as IntervalMethod;
  if (!METHODS.includes(method)) {
    report(dataTexts.interval.methodUnknown(String(o.method), METHODS.join(', ')), 'error');
    return undefined;
  }
  if (!FITS[method].includes(kind)) report(dataTexts.interval.misfit(method, kind), 'error');
  const reason = typeof o.reason === 'string' && o.reason.trim() ? o.reason : undefined;
  if (method === 'none' && !reason) report(dataTexts.interval.reasonMissing, 'error');
  const base = typeof o.base === 'string' && o.base ? o.base : undefined;
  if (method !== 'none' && !formula && !base) report(dataTexts.interval.noCounts(method), 'error');
  if (base && !positive(o.factor)) report(dataTexts.interval.factorMissing, 'error');
  for (const field of ['maxRelativeWidth', 'minBase'] as const) if (o[field] !== undefined && !positive(o[field])) report(dataTexts.interval.threshold(field), 'error');
  return {
    method,
    ...(reason ? { reason } : {}),
    ...(base ? { base } : {}),
    ...(positive(o.factor) ? { factor: o.factor } : {}),
    ...(positive(o.maxRelativeWidth) ? { maxRelativeWidth: o.maxRelativeWidth } : {}),
    ...(positive(o.minBase) ? { minBase: o.minBase } : {}),
  };
}

/** The catalog's own defaults of "unsicher (kleine Basis)" (`reliability`), else the atlas's. */
export function readReliability(x: unknown, report: Report): ReliabilityThresholds {
  if (x === undefined) return DEFAULT_RELIABILITY;
  const o = (typeof x === 'object' && x !== null ? x : {}) as Json;
  const pick = (field: keyof ReliabilityThresholds) => {
    if (o[field] === undefined) return DEFAULT_RELIABILITY[field];
    if (positive(o[field])) return o[field];
    report(dataTexts.interval.threshold(`reliability.${field}`), 'error');
    return DEFAULT_RELIABILITY[field];
  };
  return { maxRelativeWidth: pick('maxRelativeWidth'), minBase: pick('minBase') };
}
