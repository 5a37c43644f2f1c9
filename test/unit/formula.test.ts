// The rate formula of catalog.json: Σ numerator / Σ denominator × factor, rounded as published.
import { describe, expect, it } from 'vitest';
import { applyFormula, roundHalfAway } from '../../src/domain/formula';

const counts = (o: Record<string, number | null>) => (c: string) => o[c] ?? null;

describe('applyFormula', () => {
  it('adds up several count columns above and below the line', () => {
    // Alfter, 31.12.2015: unter 3 = 624, 3 bis unter 6 = 645, insgesamt 23.435 -> 5,41 %
    const f = { numerator: ['u3', 'u3_6'], denominator: ['insg'], factor: 100 };
    expect(applyFormula(f, counts({ u3: 624, u3_6: 645, insg: 23435 }))).toBeCloseTo(5.415, 3);
  });

  it('scales by the factor (je 1.000)', () => {
    expect(applyFormula({ numerator: ['w'], denominator: ['e'], factor: 1000 }, counts({ w: 9642, e: 22807 }))).toBeCloseTo(422.76, 2);
  });

  it('has no value when a count is missing or the denominator is 0, never 0', () => {
    const f = { numerator: ['a'], denominator: ['b'], factor: 100 };
    expect(applyFormula(f, counts({ a: 5, b: null }))).toBeNull();
    expect(applyFormula(f, counts({ a: null, b: 5 }))).toBeNull();
    expect(applyFormula(f, counts({ a: 0, b: 0 }))).toBeNull();
    expect(applyFormula(f, counts({ a: 0, b: 7 }))).toBe(0);
  });
});

describe('roundHalfAway', () => {
  it('rounds halves away from zero, as official tables do', () => {
    expect(roundHalfAway(2.45, 1)).toBe(2.5);
    expect(roundHalfAway(-2.45, 1)).toBe(-2.5);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(35827.49, 0)).toBe(35827);
  });
});
