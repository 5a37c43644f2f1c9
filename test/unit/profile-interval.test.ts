// The Gebietsprofil gives each value its 95 % interval by the same plan as the card: Troisdorf's
// share under 18 from its counts (13.223 of 74.400), none for the Jugendquotient (a ratio of groups).
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/atlas-data';
import { areaProfile } from '../../src/state/profile-rows';
import { wilson } from '../../src/domain/intervals';
import { fromDisk } from './support/from-disk';

describe('intervals in the area profile', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const rows = areaProfile(data, '05382068')!.groups.flatMap((g) => g.rows);
  const row = (id: string) => rows.find((r) => r.indicator.id === id);

  it('gives Troisdorf the Wilson interval of its counts and its comparison with the Kreis', () => {
    const expected = wilson(13223, 74400);
    const i = row('anteil-unter-18')?.interval;
    expect(i?.lower).toBeCloseTo(expected.lower * 100, 10);
    expect(i?.upper).toBeCloseTo(expected.upper * 100, 10);
    expect(i?.judgement).toBe('similar');
    expect(i?.unsure).toBe(false);
  });

  it('has none where the catalog declares none', () => {
    expect(row('jugendquotient')?.interval).toBeNull();
    expect(row('kinderarmut')?.interval).toBeNull();
  });
});
