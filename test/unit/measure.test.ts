import { describe, expect, it } from 'vitest';
import { differenceUnit, isPercent } from '../../src/domain/measure';

describe('one difference unit', () => {
  it('percentage points for every share and rate per 100', () => {
    for (const unit of ['%', '% der eLb', '% der Arbeitslosen', 'je 100 unter 15', 'je 100 Ew. 15–64', '65+ je 100 Ew. 20–64', 'unter 20 je 100 Ew. 20–64', 'per 100 under 15', '% of the unemployed']) {
      expect(isPercent(unit), unit).toBe(true);
      expect(differenceUnit(unit, 'Prozentpunkte')).toBe('Prozentpunkte');
    }
  });
  it('the unit itself for counts, rates per 1.000 and everything else', () => {
    for (const unit of ['Personen', 'je 1.000 Ew.', 'je 10.000 unter 15', 'Ew./km²', 'EUR je m²', 'Jahre', 'per 1,000 residents', '']) {
      expect(isPercent(unit), unit).toBe(false);
      expect(differenceUnit(unit, 'Prozentpunkte')).toBe(unit);
    }
  });
});
