import { describe, expect, it } from 'vitest';
import { fromHash, toHash, DEFAULT_STATE } from '../../src/state/atlas-state';

const IDS = ['einwohner', 'dichte'];

describe('URL hash', () => {
  it('round-trips the whole view', () => {
    const state = { ...DEFAULT_STATE, indicator: 'dichte', method: 'manual' as const, classes: 4, scheme: 'Greens', manualBreaks: [200, 500.5], area: '05382056' };
    expect(fromHash(toHash(state), IDS)).toEqual(state);
    const deep = {
      ...state,
      level: 'sozialraum' as const,
      focus: '05382056',
      area: '05382056-003',
      year: 2021,
      display: 'change' as const,
      baseYear: 2018,
      fixedClasses: true,
      pinned: ['05382056-003', '05382068'],
      table: true,
    };
    expect(fromHash(toHash(deep), IDS)).toEqual(deep);
    expect(toHash(deep)).toContain('ebene=sozialraeume');
    expect(toHash(deep)).toContain('ansicht=veraenderung');
  });

  it('falls back to defaults for unknown parts', () => {
    expect(fromHash('#indikator=gibtsnicht&klassen=99&methode=zauber&farben=Regenbogen', IDS)).toEqual({
      ...DEFAULT_STATE,
      indicator: 'einwohner',
      classes: 7,
    });
  });
});
