// The contributions as the pane lists them and the map pins them: numbered by creation, placed at
// an area's label point or their own point, counted per area, sorted and filtered.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlasData, type AtlasData } from '../../src/data/atlas-data';
import { areaPlaces, type AreaPlaces } from '../../src/data/area-places';
import { DEFAULT_STORE_NAME } from '../../src/data/contribution-store';
import type { Contribution } from '../../src/domain/contribution';
import { countIn, listContributions, pinsOf, placeContributions, resultsOf } from '../../src/state/contribution-list';
import { CONTRIBUTION_STORE_NAME } from '../../src/ui/contributions/contribution-intake';
import { fromDisk } from './support/from-disk';

let data: AtlasData;
let places: AreaPlaces;
beforeAll(async () => {
  data = await loadAtlasData('', fromDisk('public/data'));
  places = areaPlaces(data.boundaries);
});

const SIEGBURG = '05382060';
const make = (id: string, over: Partial<Contribution>): Contribution => ({
  id,
  workshop: 'workshop',
  category: 'bedarf',
  text: id,
  organisation: null,
  place: { kind: 'area', key: SIEGBURG },
  votes: 0,
  created: '2026-12-07T09:00:00.000Z',
  changed: '2026-12-07T09:00:00.000Z',
  ...over,
});

describe('areaPlaces', () => {
  it("puts an area's pin on its label point and tells which areas hold a point", () => {
    const label = data.boundaries.labels.features.find((f) => f.properties.id === SIEGBURG)?.geometry.coordinates;
    expect(places.anchor(SIEGBURG)).toEqual(label);
    expect(places.anchor('nope')).toBeNull();
    const at = places.anchor(SIEGBURG) as [number, number];
    expect(places.areasAt(at)[0]).toBe(SIEGBURG);
    expect(places.inKreis(at)).toBe(true);
    // Bonn is a hole in the Kreis; Köln lies outside it.
    expect(places.inKreis([6.96, 50.94])).toBe(false);
    expect(places.areasAt([6.96, 50.94])).toEqual([]);
  });

  it('places a Sozialraum at its own label point, a grid-less key not at all', () => {
    const sub = data.areas.find((a) => a.level === 'sozialraum');
    expect(sub && places.anchor(sub.id)).not.toBeNull();
  });
});

describe('contribution list', () => {
  const all = () =>
    placeContributions(
      [
        make('a', { votes: 1, created: '2026-12-07T09:00:00.000Z' }),
        make('b', { category: 'frage', votes: 3, created: '2026-12-07T09:05:00.000Z', place: { kind: 'point', lngLat: places.anchor(SIEGBURG) as [number, number] } }),
        make('c', { category: 'idee', votes: 3, created: '2026-12-07T09:10:00.000Z', place: { kind: 'area', key: '05382024' } }),
        make('d', { created: '2026-12-07T09:20:00.000Z', place: { kind: 'area', key: 'unbekannt' } }),
      ],
      places,
      data.areas,
    );
  const name = (id: string) => data.areas.find((a) => a.id === id)?.name ?? id;
  const none = { categories: new Set<never>(), areas: null };

  it('numbers by creation, whatever the sort', () => {
    const listed = all();
    expect(listed.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    expect(listContributions(listed, 'votes', none, name, (a, b) => a.localeCompare(b)).map((l) => l.contribution.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(listContributions(listed, 'newest', none, name, (a, b) => a.localeCompare(b)).map((l) => l.contribution.id)).toEqual(['d', 'c', 'b', 'a']);
    // By area: Königswinter (05382024) before Siegburg, Siegburg's own before its Sozialraum's point; the unknown key last.
    expect(listContributions(listed, 'area', none, name, (a, b) => a.localeCompare(b)).map((l) => l.contribution.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('filters by category and by area, and counts per area (a point by the area around it)', () => {
    const listed = all();
    expect(listContributions(listed, 'votes', { categories: new Set(['frage', 'idee'] as const), areas: null }, name, (a, b) => a.localeCompare(b)).map((l) => l.contribution.id)).toEqual(['b', 'c']);
    expect(listContributions(listed, 'newest', { categories: new Set(), areas: new Set([SIEGBURG]) }, name, (a, b) => a.localeCompare(b)).map((l) => l.contribution.id)).toEqual(['b', 'a']);
    expect(countIn(listed, SIEGBURG)).toBe(2);
    expect(countIn(listed, '05382024')).toBe(1);
  });

  it('pins each placed contribution with its number; an unknown area gets no pin', () => {
    const pins = pinsOf(all());
    expect(pins.map((p) => [p.id, p.label, p.category])).toEqual([
      ['a', '1', 'bedarf'],
      ['b', '2', 'frage'],
      ['c', '3', 'idee'],
    ]);
    expect(pins[0].lngLat).toEqual(places.anchor(SIEGBURG));
  });

  it("hands print each contribution with its pin's number and its most specific area's name (none for an unknown key)", () => {
    const workshop = { id: 'workshop', title: 'W', question: 'F?', date: '2026-12-07' };
    const names = new Map(data.areas.map((a) => [a.id, a.name]));
    const results = resultsOf(all(), workshop, (id) => names.get(id) ?? null);
    expect(results.workshop).toBe(workshop);
    expect(results.items.map((i) => [i.number, i.category, i.votes, i.area])).toEqual([
      [1, 'bedarf', 1, 'Siegburg'],
      [2, 'frage', 3, names.get(places.areasAt(places.anchor(SIEGBURG) as [number, number]).at(-1)!)],
      [3, 'idee', 3, names.get('05382024')],
      [4, 'bedarf', 0, null],
    ]);
  });

  it("looks for this browser's store under the store's own name", () => {
    expect(CONTRIBUTION_STORE_NAME).toBe(DEFAULT_STORE_NAME);
  });
});
