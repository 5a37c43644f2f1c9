// Area names as planners write them, matched to the atlas's areas. A match must be unique: an
// ambiguous name is reported, never guessed. Matching goes from strict to loose, and only a name
// that is not matched exactly is listed (so that the summary shows every interpretation made).
import type { Area } from '../../domain/types';

export type NameMatch =
  | { kind: 'exact'; area: Area }
  | { kind: 'variant'; area: Area }
  | { kind: 'ambiguous'; candidates: Area[] }
  | { kind: 'none' };

export { foldName } from '../../domain/names';
import { foldName } from '../../domain/names';

/**
 * The core of a name without what official lists add: ", Stadt", ", Kreisstadt", ", Rheinl",
 * a bracketed river or region ("Hennef (Sieg)"), "Stadt " before it.
 */
export function coreName(folded: string): string {
  return folded
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/,.*$/, '')
    .replace(/^(stadt|gemeinde|kreisstadt)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface NameIndex {
  match(name: string): NameMatch;
}

/** An index over these areas' names, by their exact fold and by their core. */
export function nameIndex(areas: readonly Area[]): NameIndex {
  const exact = new Map<string, Area[]>();
  const core = new Map<string, Area[]>();
  const add = (map: Map<string, Area[]>, key: string, area: Area) => {
    const list = map.get(key) ?? [];
    if (!list.includes(area)) list.push(area);
    map.set(key, list);
  };
  for (const area of areas) {
    const folded = foldName(area.name);
    add(exact, folded, area);
    add(core, coreName(folded), area);
  }
  return {
    match(name: string): NameMatch {
      const trimmed = name.trim();
      if (trimmed === '') return { kind: 'none' };
      const folded = foldName(trimmed);
      const byFold = exact.get(folded);
      if (byFold && byFold.length === 1) return { kind: byFold[0].name === trimmed ? 'exact' : 'variant', area: byFold[0] };
      if (byFold && byFold.length > 1) return { kind: 'ambiguous', candidates: byFold };
      const byCore = core.get(coreName(folded));
      if (!byCore) return { kind: 'none' };
      return byCore.length === 1 ? { kind: 'variant', area: byCore[0] } : { kind: 'ambiguous', candidates: byCore };
    },
  };
}
