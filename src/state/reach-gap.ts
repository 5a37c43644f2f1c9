// "Bedarf ohne Angebot": the areas whose need is high and whose reach is low, each classed as the
// map would class it (same method and number of classes), so the table says what two maps side by
// side would show. The need side follows the indicator's direction: for a "higher is better"
// indicator (e.g. an employment rate) need is in its lower classes.
import type { Area, Cell } from '../domain/types';
import type { AtlasData } from '../data/atlas-data';
import type { AtlasState } from './atlas-state';
import { makePlan, type Plan } from './plan';
import { compareNames } from '../domain/names';

export interface GapRow {
  area: Area;
  need: Cell;
  reach: Cell;
  /** 1-based class numbers, as the legend counts them */
  needClass: number;
  reachClass: number;
}

export interface Gap {
  need: Plan;
  reach: Plan;
  rows: GapRow[];
}

/** The classes of k taken as "upper": above the middle (5 classes: 4 and 5; 4: 3 and 4; 3: 3). */
const upper = (c: number, k: number) => c >= Math.ceil(k / 2);
/** and "lower": below it (5 classes: 1 and 2; 4: 1 and 2; 3: 1). */
const lower = (c: number, k: number) => c < Math.floor(k / 2);

/**
 * The areas of the view's level (Gemeinden at the grid or Kreis level) in the need indicator's upper
 * classes and the reach indicator's lower ones, most need first. Manual breaks belong to the indicator
 * they were set for: both plans here use quantiles then.
 */
export function needWithoutOffer(data: AtlasData, state: AtlasState, need: string, reach: string): Gap {
  const level = state.level === 'sozialraum' ? 'sozialraum' : 'gemeinde';
  const method = state.method === 'manual' ? 'quantile' : state.method;
  const common: AtlasState = { ...state, level, method, manualBreaks: [], year: null, display: 'value', index: null, bivariate: false, fixedClasses: false };
  const needPlan = makePlan(data, { ...common, indicator: need });
  const reachPlan = makePlan(data, { ...common, indicator: reach });
  const needIsLow = needPlan.indicator.direction === 'higher-is-better';
  const [kNeed, kReach] = [needPlan.rows.length, reachPlan.rows.length];
  const rows = needPlan.shown.flatMap((area): GapRow[] => {
    const n = needPlan.classes.get(area.id) ?? -1;
    const r = reachPlan.classes.get(area.id) ?? -1;
    if (n < 0 || r < 0) return [];
    const needHigh = needIsLow ? lower(n, kNeed) : upper(n, kNeed);
    if (!needHigh || !lower(r, kReach)) return [];
    return [{ area, need: needPlan.values.get(area.id)!, reach: reachPlan.values.get(area.id)!, needClass: n + 1, reachClass: r + 1 }];
  });
  rows.sort((a, b) => (needIsLow ? a.needClass - b.needClass : b.needClass - a.needClass) || a.reachClass - b.reachClass || compareNames(a.area.name, b.area.name));
  return { need: needPlan, reach: reachPlan, rows };
}
