// The 3×3 key of a bivariate map on paper: cells numbered as the table's classes, x to the right,
// y upwards, the terciles' bounds written beside. Pure.
import { formatNumber } from '../../messages/default-locale';
import type { BivariateKey } from '../../state/analysis-plan';
import type { Primitive } from '../sheet';
import { fitted, INK, MUTED, type Box } from './figure-kit';
import { analysisTexts } from '../../messages/analysis';

export function bivariateLegendFigure(key: BivariateKey, box: Box): Primitive[] {
  const out: Primitive[] = [];
  const cell = Math.min(9, (box.h - 16) / 3, (box.w - 14) / 3);
  const gx = box.x + 12;
  const gy = box.y + 2;
  for (let row = 0; row < 3; row++) {
    const y = gy + (2 - row) * cell;
    out.push({ kind: 'text', x: gx - 1, y: y + cell * 0.65, text: analysisTexts.tercileWords[row], size: 5.5, align: 'right', colour: MUTED });
    for (let col = 0; col < 3; col++) {
      const i = row * 3 + col;
      out.push({ kind: 'rect', x: gx + col * cell, y, w: cell, h: cell, fill: key.colours[i], stroke: '#6b7580' });
      out.push({ kind: 'text', x: gx + col * cell + cell / 2, y: y + cell * 0.55, text: String(i + 1), size: 6, align: 'center', colour: INK });
      out.push({ kind: 'text', x: gx + col * cell + cell / 2, y: y + cell * 0.88, text: `(${key.counts[i]})`, size: 4.5, align: 'center', colour: INK });
    }
  }
  const below = gy + 3 * cell;
  analysisTexts.tercileWords.forEach((w, col) => out.push({ kind: 'text', x: gx + col * cell + cell / 2, y: below + 2.5, text: w, size: 5, align: 'center', colour: MUTED }));
  const axis = (k: BivariateKey['x'], arrow: string) =>
    `${arrow} ${k.indicator.label}${k.year !== null ? ` ${k.year}` : ''}: ${analysisTexts.terciles(k.cuts.map((c) => formatNumber(c, k.indicator.decimals)).join(' / '))}${k.indicator.unit ? ` ${k.indicator.unit}` : ''}`;
  out.push(fitted(axis(key.x, 'x:'), 6.5, 4.5, box.w, { x: box.x, y: below + 7, bold: true }));
  out.push(fitted(axis(key.y, 'y:'), 6.5, 4.5, box.w, { x: box.x, y: below + 11, bold: true }));
  return out;
}
