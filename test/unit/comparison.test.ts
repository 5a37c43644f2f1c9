// Pinned areas side by side, on the built-in child-poverty figures: values, ranks within the
// area's own level, and differences to the Kreis and to the Gemeinde.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { dsvFormat } from 'd3-dsv';
import { loadAtlasData } from '../../src/data/atlas-data';
import { makePlan } from '../../src/state/plan';
import { DEFAULT_STATE, type AtlasState } from '../../src/state/atlas-state';
import { compareAreas } from '../../src/domain/comparison';

const data = await loadAtlasData('', async (url) => ({ ok: true, status: 200, text: () => readFile(`public/data/${url}`, 'utf8') }));
const plan = (over: Partial<AtlasState>) => makePlan(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', ...over });
const RUPPICHTEROTH_3 = '05382052-003';
const TROISDORF = '05382068';

/** Rank 1 = highest, counted from the sample CSV itself rather than from the atlas. */
async function sampleRank(id: string, year: string): Promise<{ rank: number; of: number }> {
  const rows = dsvFormat(';').parse(await readFile('public/data/indicators/sozialraeume-beispiel.csv', 'utf8'));
  const values = new Map(rows.filter((r) => r.jahr === year && /\d/.test(r.kinderarmut ?? '')).map((r) => [r.id, Number(r.kinderarmut?.replace(',', '.'))]));
  const own = values.get(id) ?? NaN;
  return { rank: 1 + [...values.values()].filter((v) => v > own).length, of: values.size };
}

describe('compareAreas', () => {
  it('puts a Sozialraum and a Gemeinde side by side in the mapped year (2022)', async () => {
    const rows = compareAreas(plan({ level: 'sozialraum', year: 2022 }), data, [RUPPICHTEROTH_3, TROISDORF, 'unbekannt']);
    expect(rows.map((r) => [r.id, r.name, r.level, r.sample])).toEqual([
      [RUPPICHTEROTH_3, 'Beispiel-Sozialraum 3 – Ruppichteroth', 'sozialraum', true],
      [TROISDORF, 'Troisdorf', 'gemeinde', false],
    ]);
    const [sub, troisdorf] = rows;
    expect(sub.value).toEqual({ kind: 'value', value: 5.5 });
    expect(sub.rank).toEqual(await sampleRank(RUPPICHTEROTH_3, '2022'));
    expect(sub.toKreis).toEqual({ kind: 'value', value: -5.23 });
    expect(sub.toParent).toEqual({ id: '05382052', name: 'Ruppichteroth', difference: { kind: 'value', value: -1.88 } });

    // A Gemeinde, though the map shows Sozialräume: ranked among the 19 Gemeinden
    // (Siegburg 16,19 and Eitorf 15,88 are higher), no parent difference.
    expect(troisdorf.value).toEqual({ kind: 'value', value: 14.66 });
    expect(troisdorf.rank).toEqual({ rank: 3, of: 19 });
    expect(troisdorf.toKreis).toEqual({ kind: 'value', value: 3.93 });
    expect(troisdorf.toParent).toBeNull();
  });

  it('gives a withheld or missing value neither rank nor difference (2018)', () => {
    const [sub, troisdorf] = compareAreas(plan({ level: 'sozialraum', year: 2018 }), data, [RUPPICHTEROTH_3, TROISDORF]);
    expect(sub.value.kind).toBe('suppressed');
    expect(sub.rank).toBeNull();
    expect(sub.toKreis.kind).toBe('suppressed');
    expect(sub.toParent?.difference.kind).toBe('suppressed');
    // INKAR has no Gemeinde figures for 2018.
    expect(troisdorf.value.kind).toBe('missing');
    expect(troisdorf.rank).toBeNull();
    expect(troisdorf.toKreis.kind).toBe('missing');
  });

  it('reads a pinned Sozialraum while the map shows the Gemeinden', () => {
    const [sub] = compareAreas(plan({ level: 'gemeinde', year: 2021 }), data, [RUPPICHTEROTH_3]);
    expect(sub.value).toEqual({ kind: 'value', value: 5.3 });
    expect(sub.toParent?.difference).toEqual({ kind: 'value', value: -1.88 });
    expect(sub.toKreis).toEqual({ kind: 'value', value: -5.69 });
  });
});
