// Sheet primitives -> PNG at 300 dpi, drawn on a 2D canvas, with the resolution recorded (pHYs).
import { flatten, type Primitive } from './sheet';
import { PRINT_FAMILY } from './fonts';
import { hatchLines } from './hatch';
import { HATCH } from '../symbology/hatch';
import { PRINT_DPI } from './print-map';
import { printTexts } from '../messages/print';
import { mapTexts } from '../messages/map';

const PX_PER_MM = PRINT_DPI / 25.4;
const PX_PER_PT = PRINT_DPI / 72;

/** Draws the sheet on a 300-dpi canvas, synchronously (a browser print cannot wait). */
export function drawSheet(primitives: readonly Primitive[], page: { width: number; height: number }, map: HTMLCanvasElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(page.width * PX_PER_MM);
  canvas.height = Math.round(page.height * PX_PER_MM);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(mapTexts.noContext);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(PX_PER_MM, PX_PER_MM);
  for (const p of flatten(primitives)) {
    switch (p.kind) {
      case 'map':
        ctx.drawImage(map, p.x, p.y, p.w, p.h);
        break;
      case 'rect':
        ctx.lineWidth = 0.2;
        if (p.fill) {
          ctx.fillStyle = p.fill;
          ctx.fillRect(p.x, p.y, p.w, p.h);
        }
        if (p.hatched) {
          ctx.strokeStyle = HATCH.colour;
          ctx.beginPath();
          for (const [x1, y1, x2, y2] of hatchLines(p)) {
            ctx.moveTo(x1, y1);
            ctx.lineTo(x2, y2);
          }
          ctx.stroke();
        }
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.strokeRect(p.x, p.y, p.w, p.h);
        }
        break;
      case 'polygon':
        ctx.fillStyle = p.fill;
        ctx.beginPath();
        p.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
        ctx.closePath();
        ctx.fill();
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(p.x, p.y, p.r, 0, 2 * Math.PI);
        ctx.globalAlpha = p.opacity;
        ctx.fillStyle = p.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = 0.2;
        ctx.strokeStyle = p.stroke;
        ctx.stroke();
        break;
      case 'line':
        ctx.lineWidth = p.width;
        ctx.strokeStyle = p.stroke;
        ctx.setLineDash(p.dash ?? []);
        ctx.beginPath();
        ctx.moveTo(p.x1, p.y1);
        ctx.lineTo(p.x2, p.y2);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'text':
        // The PDF's faces when loaded (loadFontFaces), else the same family installed, else any sans.
        ctx.font = `${p.bold ? 'bold ' : ''}${(p.size * PX_PER_PT) / PX_PER_MM}px '${PRINT_FAMILY}', 'DejaVu Sans', Arial, sans-serif`;
        ctx.textAlign = p.align ?? 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.save();
        if (p.angle) {
          ctx.translate(p.x, p.y);
          ctx.rotate((p.angle * Math.PI) / 180);
          ctx.translate(-p.x, -p.y);
        }
        if (p.halo) {
          ctx.lineWidth = (p.size * 0.24 * PX_PER_PT) / PX_PER_MM;
          ctx.lineJoin = 'round';
          ctx.strokeStyle = p.halo;
          ctx.strokeText(p.text, p.x, p.y, p.maxWidth);
        }
        ctx.fillStyle = p.colour ?? '#1f2933';
        ctx.fillText(p.text, p.x, p.y, p.maxWidth);
        ctx.restore();
        break;
    }
  }
  return canvas;
}

export async function renderPng(primitives: readonly Primitive[], page: { width: number; height: number }, map: HTMLCanvasElement): Promise<Blob> {
  const canvas = drawSheet(primitives, page, map);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(printTexts.pngFailed))), 'image/png'));
  return withResolution(new Uint8Array(await blob.arrayBuffer()), PRINT_DPI);
}

/** Inserts a pHYs chunk after IHDR so that image programs know the sheet is 300 dpi. */
export function withResolution(png: Uint8Array, dpi: number): Blob {
  const pxPerMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, pxPerMetre);
  view.setUint32(12, pxPerMetre);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const ihdrEnd = 8 + 25;
  const parts = [png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)];
  return new Blob(parts as BlobPart[], { type: 'image/png' });
}

let table: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
