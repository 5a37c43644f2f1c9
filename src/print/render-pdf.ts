// Sheet primitives -> PDF with jsPDF: real (selectable, searchable) text, map as a 300 dpi image.
import { jsPDF, GState } from 'jspdf';
import type { Primitive } from './sheet';
import { hatchLines } from './hatch';
import { toWinAnsi } from './win-ansi';

export function renderPdf(
  primitives: readonly Primitive[],
  page: { width: number; height: number },
  map: HTMLCanvasElement,
  meta: { title: string; subject: string },
): Blob {
  const doc = new jsPDF({ orientation: page.width > page.height ? 'landscape' : 'portrait', unit: 'mm', format: [page.width, page.height], compress: false });
  doc.setProperties({ title: toWinAnsi(meta.title), subject: toWinAnsi(meta.subject), creator: 'Sozialatlas Rhein-Sieg-Kreis' });
  for (const p of primitives) {
    switch (p.kind) {
      case 'map':
        // JPEG at high quality is embedded as-is (DCTDecode); PNG would be re-encoded by jsPDF.
        // No Flate on top (compress: false): deflating a megabyte of JPEG in JS costs seconds.
        doc.addImage(map.toDataURL('image/jpeg', 0.95), 'JPEG', p.x, p.y, p.w, p.h, undefined, 'NONE');
        break;
      case 'rect': {
        if (p.fill) doc.setFillColor(p.fill);
        if (p.stroke) doc.setDrawColor(p.stroke);
        doc.setLineWidth(0.2);
        doc.rect(p.x, p.y, p.w, p.h, p.fill && p.stroke ? 'FD' : p.fill ? 'F' : 'S');
        if (p.hatched) {
          doc.setDrawColor('#5a626b');
          for (const [x1, y1, x2, y2] of hatchLines(p, 1.2)) doc.line(x1, y1, x2, y2);
        }
        break;
      }
      case 'polygon': {
        const [first, ...rest] = p.points;
        const deltas = rest.map(([x, y], i) => {
          const [px, py] = i === 0 ? first : rest[i - 1];
          return [x - px, y - py];
        });
        doc.setFillColor(p.fill);
        doc.lines(deltas, first[0], first[1], [1, 1], 'F', true);
        break;
      }
      case 'circle':
        doc.saveGraphicsState();
        doc.setGState(new GState({ opacity: p.opacity }));
        doc.setFillColor(p.fill);
        doc.circle(p.x, p.y, p.r, 'F');
        doc.restoreGraphicsState();
        doc.setDrawColor(p.stroke);
        doc.setLineWidth(0.2);
        doc.circle(p.x, p.y, p.r, 'S');
        break;
      case 'line':
        doc.setDrawColor(p.stroke);
        doc.setLineWidth(p.width);
        if (p.dash) doc.setLineDashPattern(p.dash, 0);
        doc.line(p.x1, p.y1, p.x2, p.y2);
        if (p.dash) doc.setLineDashPattern([], 0);
        break;
      case 'text':
        doc.setFont('helvetica', p.bold ? 'bold' : 'normal');
        doc.setFontSize(p.size);
        doc.setTextColor(p.colour ?? '#1f2933');
        doc.text(toWinAnsi(p.text), p.x, p.y, { align: p.align ?? 'left', maxWidth: p.maxWidth });
        break;
    }
  }
  return doc.output('blob');
}
