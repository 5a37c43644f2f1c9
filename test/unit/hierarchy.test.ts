// Kreis -> Gemeinde -> Sozialraum: what a link, a click or the breadcrumb does to the view.
import { describe, expect, it } from 'vitest';
import { areasInView, crumbs, drillPatch, normaliseView, selectPatch } from '../../src/state/hierarchy';
import type { Area } from '../../src/domain/types';

const areas: Area[] = [
  { id: '05382056', name: 'Siegburg', level: 'gemeinde', parent: '05382' },
  { id: '05382068', name: 'Troisdorf', level: 'gemeinde', parent: '05382' },
  { id: '05382056-001', name: 'Siegburg-Mitte', level: 'sozialraum', parent: '05382056', sample: true },
  { id: '05382056-002', name: 'Kaldauen', level: 'sozialraum', parent: '05382056', sample: true },
  { id: '05382068-001', name: 'Sieglar', level: 'sozialraum', parent: '05382068', sample: true },
];
const view = (level: 'gemeinde' | 'sozialraum', focus: string | null, area: string | null) => ({ level, focus, area });

describe('normaliseView', () => {
  it('a linked Sozialraum opens its level and its Gemeinde', () => {
    expect(normaliseView(view('gemeinde', null, '05382068-001'), areas)).toEqual(view('sozialraum', '05382068', '05382068-001'));
    expect(normaliseView(view('sozialraum', '05382056', '05382068-001'), areas)).toEqual(view('sozialraum', '05382068', '05382068-001'));
  });
  it('drops unknown ids and a focus at the Gemeinde level', () => {
    expect(normaliseView(view('gemeinde', '05382056', '0999'), areas)).toEqual(view('gemeinde', null, null));
    expect(normaliseView(view('sozialraum', 'nix', null), areas)).toEqual(view('sozialraum', null, null));
  });
  it('a Gemeinde selected at the Sozialraum level becomes the focus', () => {
    expect(normaliseView(view('sozialraum', null, '05382056'), areas)).toEqual(view('sozialraum', '05382056', null));
  });
  it('without any Sozialraum the level falls back to the Gemeinden', () => {
    const gemeinden = areas.filter((a) => a.level === 'gemeinde');
    expect(normaliseView(view('sozialraum', '05382056', null), gemeinden)).toEqual(view('gemeinde', null, null));
  });
});

describe('moving in the hierarchy', () => {
  it('selecting a Sozialraum moves the focus to its Gemeinde', () => {
    expect(selectPatch('05382068-001', areas)).toEqual({ level: 'sozialraum', focus: '05382068', area: '05382068-001' });
    expect(selectPatch('05382056', areas)).toEqual({ area: '05382056' });
    expect(selectPatch('gibt-es-nicht', areas)).toEqual({ area: null });
  });
  it('drilling into a Gemeinde frames its Sozialräume; one without any cannot be drilled', () => {
    expect(drillPatch('05382056', areas)).toEqual({ level: 'sozialraum', focus: '05382056', area: null });
    expect(drillPatch('05382999', areas)).toBeNull();
  });
  it('lists the Sozialräume of the focus only', () => {
    expect(areasInView(view('sozialraum', '05382056', null), areas).map((a) => a.name)).toEqual(['Siegburg-Mitte', 'Kaldauen']);
    expect(areasInView(view('sozialraum', null, null), areas)).toHaveLength(3);
    expect(areasInView(view('gemeinde', null, null), areas)).toHaveLength(2);
  });
});

describe('breadcrumb', () => {
  const labels = (v: ReturnType<typeof view>) => crumbs(v, areas, 'Rhein-Sieg-Kreis', 'Alle Sozialräume').map((c) => c.label);
  it('names every step down to the selected area', () => {
    expect(labels(view('gemeinde', null, null))).toEqual(['Rhein-Sieg-Kreis']);
    expect(labels(view('gemeinde', null, '05382056'))).toEqual(['Rhein-Sieg-Kreis', 'Siegburg']);
    expect(labels(view('sozialraum', '05382056', '05382056-002'))).toEqual(['Rhein-Sieg-Kreis', 'Siegburg', 'Kaldauen']);
    expect(labels(view('sozialraum', null, null))).toEqual(['Rhein-Sieg-Kreis', 'Alle Sozialräume']);
  });
  it('each step but the last leads back up', () => {
    const steps = crumbs(view('sozialraum', '05382056', '05382056-002'), areas, 'Rhein-Sieg-Kreis', 'Alle');
    expect(steps.map((s) => s.target)).toEqual([
      { level: 'gemeinde', focus: null, area: null },
      { level: 'sozialraum', focus: '05382056', area: null },
      null,
    ]);
  });
});
