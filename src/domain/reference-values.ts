// NRW and Deutschland beside an area: which published value stands for the year the map shows,
// and how far the area lies from it. Typed by what it reads (data/atlas-data's ReferenceValues),
// so that domain imports nothing from the layers above it.
import { difference } from './change';
import { MISSING, valueCell, type Cell } from './types';

export type ReferenceScope = 'nrw' | 'bund';
export const REFERENCE_SCOPES: readonly ReferenceScope[] = ['nrw', 'bund'];

/** The published value of one scope and the year it is for. */
export interface ReferencePoint {
  scope: ReferenceScope;
  value: number;
  year: number;
  /** it is for the year shown: only then is a difference to an area's value taken */
  sameYear: boolean;
}

type ByYear = ReadonlyMap<number, Readonly<Partial<Record<ReferenceScope, number | null>>>>;

/**
 * For each scope with a value: the one of the year shown, else the latest before it (a source
 * that publishes Länder rows a year later), else none. Without a year (a table without years)
 * the latest there is, never compared.
 */
export function referencesAt(references: ByYear, year: number | null): ReferencePoint[] {
  const years = [...references.keys()].sort((a, b) => b - a);
  return REFERENCE_SCOPES.flatMap((scope) => {
    const found = years.find((y) => (year === null || y <= year) && typeof references.get(y)?.[scope] === 'number');
    if (found === undefined) return [];
    return [{ scope, value: references.get(found)?.[scope] as number, year: found, sameYear: found === year }];
  });
}

/** area − reference, by the atlas' one difference rule (domain/change); missing when the years differ. */
export function differenceTo(cell: Cell, point: ReferencePoint): Cell {
  return point.sameYear ? difference(cell, valueCell(point.value)) : MISSING;
}
