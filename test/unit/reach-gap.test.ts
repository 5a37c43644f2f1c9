// "Bedarf ohne Angebot": the Gemeinden a person would find by laying the need map (child poverty) beside
// the reach map (share within 1 km of a Grundschule): upper need classes, lower reach classes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadAtlasData } from '../../src/data/atlas-data';
import { loadGrid } from '../../src/data/grid';
import { placeContext } from '../../src/data/places/place-context';
import { readPlaceFile } from '../../src/data/places/place-files';
import { withReach, REACH_IDS } from '../../src/data/places/reach-data';
import { DEFAULT_STATE } from '../../src/state/atlas-state';
import { makePlan } from '../../src/state/plan';
import { needWithoutOffer } from '../../src/state/reach-gap';
import { fromDisk } from './support/from-disk';

describe('needWithoutOffer', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const grid = await loadGrid('', data.catalog, new Set(data.boundaries.gemeinden.features.map((f) => f.properties.id)), fromDisk('public/data'));
  const b = readFileSync('public/data/places/schulen.csv');
  const schools = await readPlaceFile({ name: 'schulen.csv', bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer }, placeContext(data.boundaries.gemeinden));
  const reached = withReach(data, grid, { places: schools.places.filter((p) => p.category === 'grundschule').map((p) => p.lngLat), metres: 1000, what: 'Grundschule', placeSource: 'Schulen' });
  const state = { ...DEFAULT_STATE, level: 'gemeinde' as const, classes: 5, method: 'quantile' as const };

  it('lists exactly the Gemeinden in classes 4-5 of need and 1-2 of reach, as the two maps class them', () => {
    const gap = needWithoutOffer(reached, state, 'kinderarmut', REACH_IDS.share);
    const needMap = makePlan(reached, { ...state, indicator: 'kinderarmut' });
    const reachMap = makePlan(reached, { ...state, indicator: REACH_IDS.share });
    const want = needMap.areas
      .filter((a) => (needMap.classes.get(a.id) ?? -1) >= 3 && [0, 1].includes(reachMap.classes.get(a.id) ?? -1))
      .map((a) => a.name)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(gap.rows.map((r) => r.area.name).sort()).toEqual(want);
    for (const r of gap.rows) {
      expect(r.needClass).toBeGreaterThanOrEqual(4);
      expect(r.reachClass).toBeLessThanOrEqual(2);
    }
  });

  it('takes need from the lower classes of an indicator where higher is better', () => {
    const better = reached.catalog.indicators.find((i) => i.direction === 'higher-is-better' && i.id !== REACH_IDS.share && reached.series.get(i.id)?.years.get('gemeinde')?.length);
    expect(better).toBeDefined();
    const gap = needWithoutOffer(reached, state, better!.id, REACH_IDS.share);
    for (const r of gap.rows) expect(r.needClass).toBeLessThanOrEqual(2);
  });

  it('ignores manual breaks set for another indicator', () => {
    const manual = needWithoutOffer(reached, { ...state, method: 'manual', manualBreaks: [1, 2, 3, 4] }, 'kinderarmut', REACH_IDS.share);
    expect(manual.rows.map((r) => r.area.id)).toEqual(needWithoutOffer(reached, state, 'kinderarmut', REACH_IDS.share).rows.map((r) => r.area.id));
  });
});
