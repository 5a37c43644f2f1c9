// When a renderer frames the map afresh on new boundaries: only for another Kreis or other
// Gemeinden. Sozialräume that come after the first map (or a planner's own) leave the view where
// the person has it.
import type { Boundaries } from '../data/boundaries';

export const framesAfresh = (before: Boundaries | null, now: Boundaries): boolean =>
  !before || before.kreis !== now.kreis || before.gemeinden !== now.gemeinden;
