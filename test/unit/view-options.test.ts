import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fromHash, toHash, type AtlasState } from '../../src/state/atlas-state';
import { optionParams, optionsOf, overlay } from '../../src/state/view-options';
import { shareTexts } from '../../src/state/share';
import { extremes } from '../../src/domain/summary';
import { normaliseView } from '../../src/state/hierarchy';
import type { Area } from '../../src/domain/types';

const AREAS = [
  { id: '05382068', name: 'Troisdorf', level: 'gemeinde', parent: null },
  { id: '05382060', name: 'Siegburg', level: 'gemeinde', parent: null },
  { id: '05382068-003', name: 'Troisdorf 3', level: 'sozialraum', parent: '05382068' },
] as Area[];

const IDS = ['sgb2', 'kinderarmut', 'einwohner'];
const fromOptions = (options: Record<string, string>) => fromHash(overlay('', optionParams((name) => options[name] ?? null)), IDS);

describe('view options (attributes of <sozial-atlas>, parameters of embed.html)', () => {
  it('reads every option in the words a web editor types', () => {
    const state = fromOptions({
      indicator: 'kinderarmut',
      level: 'sozialraum',
      area: '05382068-002',
      year: '2021',
      classification: 'jenks',
      classes: '4',
      scheme: 'Blues',
      display: 'change',
      'base-year': '2019',
      compare: '05382068, 05382060',
      table: '',
      'fixed-classes': 'true',
    });
    expect(state).toEqual({
      ...DEFAULT_STATE,
      indicator: 'kinderarmut',
      level: 'sozialraum',
      area: '05382068-002',
      year: 2021,
      method: 'jenks',
      classes: 4,
      scheme: 'Blues',
      display: 'change',
      baseYear: 2019,
      pinned: ['05382068', '05382060'],
      table: true,
      fixedClasses: true,
    });
  });

  it('falls back like a mistyped link: unknown values give the defaults', () => {
    const state = fromOptions({ indicator: 'gibt-es-nicht', level: 'kreis', classification: 'zufall', classes: '99', year: 'letztes', table: 'nein' });
    expect(state).toEqual({ ...DEFAULT_STATE, indicator: 'sgb2', classes: 7 });
  });

  it('takes manual breaks with decimal commas', () => {
    expect(fromOptions({ classification: 'manual', breaks: '10; 12,5; 20' }).manualBreaks).toEqual([10, 12.5, 20]);
  });

  it('lets the URL hash win over the attributes, key by key', () => {
    const merged = overlay(optionParams((n) => ({ indicator: 'kinderarmut', classes: '4' } as Record<string, string>)[n] ?? null), new URLSearchParams('indikator=einwohner'));
    expect(fromHash(merged, IDS)).toMatchObject({ indicator: 'einwohner', classes: 4 });
  });

  it('writes options that reproduce the view', () => {
    const views: AtlasState[] = [
      { ...DEFAULT_STATE, indicator: 'einwohner' },
      { ...DEFAULT_STATE, indicator: 'kinderarmut', level: 'sozialraum', focus: '05382068', area: null, year: 2020, table: true },
      { ...DEFAULT_STATE, indicator: 'kinderarmut', level: 'sozialraum', focus: '05382068', area: '05382068-003', pinned: ['05382068-003', '05382060'] },
      { ...DEFAULT_STATE, indicator: 'sgb2', method: 'manual', manualBreaks: [5, 7.5, 10], display: 'change', baseYear: 2019, fixedClasses: true, scheme: 'Greens' },
    ];
    for (const view of views) {
      // As the atlas does: the area option of a focused Gemeinde becomes the focus once the areas are known.
      const read = fromOptions(Object.fromEntries(optionsOf(view)));
      expect(toHash({ ...read, ...normaliseView(read, AREAS) })).toBe(toHash(view));
    }
  });
});

describe('share texts', () => {
  const base = new URL('https://www.rhein-sieg-kreis.de/sozialatlas/');
  const state: AtlasState = { ...DEFAULT_STATE, indicator: 'kinderarmut', area: '05382068', table: true };
  const texts = shareTexts(state, { base, title: 'Sozialatlas: "Kinder" & <Armut>', dataBase: null, height: '600px' });

  it('links to the atlas page with the view in its hash', () => {
    expect(texts.link).toBe(`https://www.rhein-sieg-kreis.de/sozialatlas/index.html${toHash(state)}`);
  });

  it('gives an iframe of embed.html with the view as parameters and an escaped title', () => {
    expect(texts.iframe).toBe(
      '<iframe src="https://www.rhein-sieg-kreis.de/sozialatlas/embed.html?indicator=kinderarmut&amp;area=05382068&amp;table=1" ' +
        'title="Sozialatlas: &quot;Kinder&quot; &amp; &lt;Armut&gt;" width="100%" height="600" loading="lazy"></iframe>',
    );
  });

  it('gives the web component with its module and the view as attributes', () => {
    expect(texts.component).toBe(
      '<script type="module" src="https://www.rhein-sieg-kreis.de/sozialatlas/embed/sozial-atlas.js"></script>\n' +
        '<sozial-atlas indicator="kinderarmut" area="05382068" table="1" height="600px"></sozial-atlas>',
    );
  });

  it('names a data folder that is not the atlas\' own', () => {
    const own = shareTexts(state, { base, title: 't', dataBase: 'https://www.rhein-sieg-kreis.de/daten/2026/', height: '70vh' });
    expect(own.component).toContain('data-base="https://www.rhein-sieg-kreis.de/daten/2026/" height="70vh"');
    expect(own.iframe).toContain('data-base=https%3A%2F%2Fwww.rhein-sieg-kreis.de%2Fdaten%2F2026%2F');
    expect(own.iframe).toContain('height="640"');
  });
});

describe('extremes (the summary sentence)', () => {
  it('names every area sharing the highest or lowest value and skips gaps', () => {
    const cells = new Map([
      ['a', { kind: 'value' as const, value: 3 }],
      ['b', { kind: 'missing' as const }],
      ['c', { kind: 'value' as const, value: 9 }],
      ['d', { kind: 'suppressed' as const }],
      ['e', { kind: 'value' as const, value: 9 }],
    ]);
    expect(extremes(cells)).toEqual({ highest: { ids: ['c', 'e'], value: 9 }, lowest: { ids: ['a'], value: 3 }, valued: 3 });
  });

  it('is null when nothing has a value', () => {
    expect(extremes(new Map([['a', { kind: 'missing' as const }]]))).toBeNull();
  });
});
