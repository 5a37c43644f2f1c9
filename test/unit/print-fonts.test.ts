// The layout's width table must be the embedded fonts' own: a drift would let labels overlap in the PDF.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { BOLD_WIDTHS, METRIC_CHARS, REGULAR_WIDTHS } from '../../src/print/font-metrics';
import { textWidth } from '../../src/print/measure';

const font = (file: string) => create(readFileSync(`src/print/fonts/${file}`)) as Font;

describe('font metrics of the embedded fonts', () => {
  it('match DejaVu Sans and DejaVu Sans Bold glyph by glyph', () => {
    for (const [file, widths] of [['DejaVuSans.ttf', REGULAR_WIDTHS], ['DejaVuSans-Bold.ttf', BOLD_WIDTHS]] as const) {
      const f = font(file);
      [...METRIC_CHARS].forEach((ch, i) => {
        const glyph = f.glyphForCodePoint(ch.codePointAt(0) ?? 0);
        expect(glyph.id, `${file} has ${ch}`).toBeGreaterThan(0);
        expect(widths[i], `${file} ${ch}`).toBe(Math.round((glyph.advanceWidth / f.unitsPerEm) * 1000));
      });
    }
  });

  it('measures a line as the font sets it (within kerning)', () => {
    const f = font('DejaVuSans-Bold.ttf');
    const text = 'Neunkirchen-Seelscheid – Sankt Augustin, Königswinter';
    const set = (f.layout(text).advanceWidth / f.unitsPerEm) * 8 * (25.4 / 72);
    expect(Math.abs(textWidth(text, 8, true) - set)).toBeLessThan(0.02 * set);
  });
});
