// One way through a change (issue 23, point 6): views are compared key by key, not through their
// links; a link is parsed once when it is opened and a view's link written once however many
// parts (address bar, host page, share dialog) read it.
import { afterEach, describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/atlas-data';
import { fromDisk } from './support/from-disk';
import { AtlasModel, openLink } from '../../src/state/atlas-model';
import { DEFAULT_STATE, readLink, sameView, toHash, type AtlasState } from '../../src/state/atlas-state';
import { shareTexts } from '../../src/state/share';

/** Counts what is parsed into a link's words and what is written from them. */
const Native = URLSearchParams;
const counts = { parsed: 0, written: 0 };
class Counting extends Native {
  constructor(init?: ConstructorParameters<typeof URLSearchParams>[0]) {
    super(init);
    if (typeof init === 'string' && init.includes('indikator=')) counts.parsed++;
  }
  override toString(): string {
    const text = super.toString();
    if (text.includes('indikator=')) counts.written++;
    return text;
  }
}
function counting<T>(run: () => T): { parsed: number; written: number; result: T } {
  globalThis.URLSearchParams = Counting;
  counts.parsed = counts.written = 0;
  try {
    const result = run();
    return { ...counts, result };
  } finally {
    globalThis.URLSearchParams = Native;
  }
}
afterEach(() => {
  globalThis.URLSearchParams = Native;
});

/** Values per key, including the ones that count only with another setting and the empty names. */
const VALUES: { [K in keyof AtlasState]: AtlasState[K][] } = {
  indicator: ['dichte', 'einwohner'],
  level: ['gemeinde', 'sozialraum', 'raster'],
  focus: [null, '', '05382056'],
  area: [null, '', '05382056-003'],
  year: [null, 2018, 2021],
  display: ['value', 'change', 'deviation'],
  baseYear: [null, 2015],
  method: ['quantile', 'manual', 'jenks'],
  classes: [4, 5],
  scheme: [null, '', 'Greens'],
  manualBreaks: [[], [200, 500.5], [200]],
  keepBreaks: [false, true],
  fixedClasses: [false, true],
  pinned: [[], ['05382056'], ['05382056', '05382068']],
  table: [false, true],
  analysis: [null, 'scatter', 'ranking', 'profile', 'index'],
  scatterY: [null, '', 'einwohner'],
  bivariate: [false, true],
  profile: [null, '', '05382056'],
  contributions: [false, true],
  contribution: [null, '', 'b1'],
  room: [null, 'AAAAAAAAAAAAAAAAAAAAAA'],
  index: [
    null,
    { standardisation: 'z', components: [] },
    { standardisation: 'z', components: [{ indicator: 'dichte', weight: 2, direction: 'higher' }] },
    { standardisation: 'rank', components: [{ indicator: 'dichte', weight: 2, direction: 'higher' }] },
  ],
  confidence: [0.95, 0.998],
  fadeUnsure: [null, false, true],
  places: [[], ['schulen'], ['schulen', 'kliniken']],
  reach: [null, 'schulen:grundschule:1000', 'kliniken::2000'],
};

/** A state with each key drawn from VALUES by a seeded generator, so the test is the same each run. */
function states(count: number, seed = 23): AtlasState[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s / 2 ** 31);
  const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)];
  return Array.from({ length: count }, () => {
    const state = { ...DEFAULT_STATE } as Record<string, unknown>;
    for (const [key, values] of Object.entries(VALUES)) if (next() < 0.3) state[key] = structuredClone(pick(values as unknown[]));
    return state as unknown as AtlasState;
  });
}

describe('sameView', () => {
  it('says two states are the same view exactly when their links are the same', () => {
    const all = states(400);
    let same = 0;
    for (let i = 0; i < all.length; i++) {
      const a = all[i];
      // each state against a few others and against a copy with one key changed
      for (const b of [all[(i * 7 + 1) % all.length], all[(i * 13 + 5) % all.length], ...states(3, i + 1).map((s) => ({ ...a, ...pick1(s, i) }))]) {
        const byLink = toHash(a) === toHash(b);
        expect(sameView(a, b), `${toHash(a)} vs ${toHash(b)}`).toBe(byLink);
        if (byLink) same++;
      }
    }
    // Not only different pairs were compared.
    expect(same).toBeGreaterThan(50);
  });

  it('compares keys, lists and the index recipe by value, and writes no link', () => {
    const a: AtlasState = { ...DEFAULT_STATE, indicator: 'dichte', pinned: ['05382056'], method: 'manual', manualBreaks: [1, 2], index: { standardisation: 'z', components: [{ indicator: 'dichte', weight: 1, direction: 'lower' }] } };
    const { parsed, written, result } = counting(() => [sameView(a, structuredClone(a)), sameView(a, { ...a, manualBreaks: [1, 3] }), sameView(a, { ...a, method: 'quantile' }), sameView({ ...a, method: 'quantile' }, { ...a, method: 'quantile', manualBreaks: [9] })]);
    expect(result).toEqual([true, false, false, true]);
    expect({ parsed, written }).toEqual({ parsed: 0, written: 0 });
  });
});

/** one key of `s`, chosen by `i` */
function pick1(s: AtlasState, i: number): Partial<AtlasState> {
  const keys = Object.keys(VALUES) as (keyof AtlasState)[];
  const key = keys[i % keys.length];
  return { [key]: s[key] };
}

describe('a change, counted', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));

  it('opens a link with one parse, and a link read already without another', () => {
    const hash = '#indikator=kinderarmut&jahr=2021&gebiet=05382999&vergleich=05382056_05382999';
    const opened = counting(() => openLink(data, hash));
    expect({ parsed: opened.parsed, written: opened.written }).toEqual({ parsed: 1, written: 0 });
    expect(opened.result.corrections.map((c) => c.key)).toEqual(['gebiet', 'vergleich']);
    const link = counting(() => readLink(hash, data.catalog.indicators.map((i) => i.id)));
    expect(link.parsed).toBe(1);
    const again = counting(() => openLink(data, link.result));
    expect({ parsed: again.parsed, written: again.written }).toEqual({ parsed: 0, written: 0 });
    expect(again.result.model.state).toEqual(opened.result.model.state);
  });

  it('writes the link once per change, however many parts read it, and not at all for the same view', () => {
    const model = new AtlasModel(data, openLink(data, '#indikator=kinderarmut').model.state);
    const heard: string[] = [];
    // address bar, host page event, share dialog: the three readers of the link
    model.subscribe((m) => {
      heard.push(m.hash, m.hash);
      shareTexts(m.state, { base: new URL('https://example.org/atlas/'), title: '', dataBase: null, height: '640' }, m.hash);
    });
    const year = model.plan.years[0];
    const change = counting(() => model.update({ year }));
    expect({ parsed: change.parsed, written: change.written }).toEqual({ parsed: 0, written: 1 });
    expect(heard).toEqual([toHash(model.state), toHash(model.state)]);
    const none = counting(() => (model.update({ year }), model.update({ baseYear: year }), model.hash));
    expect({ parsed: none.parsed, written: none.written }).toEqual({ parsed: 0, written: 0 });
    expect(heard).toHaveLength(2);
  });
});
