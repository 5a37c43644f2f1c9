// A plan as MapLibre feature-state: each area's painted fill and whether it is hatched, and each
// label point's circle radius. The style (style.ts) paints from these keys; what they hold is
// the plan's decision (Plan.style) and the symbology's fade, nothing decided here.
import { isFaded, paintedFill } from '../symbology/areas';
import type { FeatureStates } from './feature-states';
import type { MapPlan } from './renderer';
import { LEVEL, type MapLevel } from './layer-ids';

/**
 * Writes a plan into a loaded map: fill (faded outside a highlight) and hatch per area, and the
 * circle radius per label point (0 on a choropleth); no style change.
 */
export function applyPlan(states: FeatureStates, plan: MapPlan, highlighted: ReadonlySet<string> | null = null): void {
  const { source, labelSource, circles } = LEVEL[plan.level];
  const { symbols } = plan;
  for (const [id, cell] of plan.cells) {
    const style = plan.style(id);
    states.set(source, id, { hatched: style.hatched, fill: paintedFill(style, isFaded(highlighted, id)) });
    if (circles) states.set(labelSource, id, { r: symbols && cell.kind === 'value' ? symbols.radius(cell.value) : 0 });
  }
}

/**
 * A hidden level's hatched areas are unhatched, the other areas keep fill and hatch, so that
 * showing the level again writes only what changed.
 */
export function hideLevel(states: FeatureStates, level: MapLevel): void {
  const { source } = LEVEL[level];
  for (const id of [...states.where(source, 'hatched', (hatched) => hatched === true)]) states.set(source, id, { hatched: false });
}
