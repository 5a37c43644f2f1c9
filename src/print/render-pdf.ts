// Sheet primitives -> tagged PDF with PDFKit: real (selectable, searchable) text in embedded
// subsets of DejaVu Sans, the map as a 300 dpi JPEG, and a structure tree (H1, H2, P, Figure
// with its text alternative, Table/TR/TH/TD) so that a screen reader reads the sheet in order.
// Decoration (rules, swatches, row shading) is marked as artifact and skipped by readers.
// PDFKit rather than jsPDF: jsPDF writes neither a structure tree nor marked content.
import PDFDocument from 'pdfkit';
import { defaultLocale } from '../messages/default-locale';
import { create, type Font } from 'fontkit';
import { flatten, type Leaf, type Primitive, type StructTag } from './sheet';
import { hatchLines } from './hatch';
import { printTexts } from '../messages/print';
import { HATCH } from '../symbology/hatch';

export interface PdfFonts {
  regular: ArrayBuffer | Uint8Array;
  bold: ArrayBuffer | Uint8Array;
}

export interface PdfPage {
  primitives: readonly Primitive[];
  size: { width: number; height: number };
  /** the page's map image (JPEG bytes), drawn where its `map` primitive says */
  map?: ArrayBuffer | Uint8Array;
}

export interface PdfMeta {
  title: string;
  subject: string;
  /** BCP 47 tag of the text's language; the default locale's when not given */
  lang?: string;
}

const PT = 72 / 25.4;
const pt = (mm: number) => mm * PT;

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;

export async function renderPdf(pages: readonly PdfPage[], fonts: PdfFonts, meta: PdfMeta): Promise<Blob> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default font: every text is set in the embedded DejaVu Sans, none in an unembedded standard font.
    font: '',
    tagged: true,
    lang: meta.lang ?? defaultLocale.code,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: meta.title, Subject: meta.subject, Creator: printTexts.creator, Producer: printTexts.producer },
  });
  doc.registerFont('Regular', toBytes(fonts.regular));
  doc.registerFont('Bold', toBytes(fonts.bold));
  const chunks: Uint8Array[] = [];
  const done = new Promise<Blob>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Blob(chunks as BlobPart[], { type: 'application/pdf' })));
    doc.on('error', reject);
  });
  // The same faces once more as outlines: a label's halo is drawn as paths, not as a second
  // copy of its text, which copy-and-paste and text extraction would find twice.
  const outlines = { regular: create(toBytes(fonts.regular)) as Font, bold: create(toBytes(fonts.bold)) as Font };
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const page of pages) {
    doc.addPage({ size: [pt(page.size.width), pt(page.size.height)], margin: 0 });
    const painter = new Painter(doc, page, outlines);
    for (const p of page.primitives) painter.emit(p, root);
  }
  root.end();
  doc.end();
  return done;
}

/** Left, top, right, bottom (mm) of the shapes among `leaves`; null when there are none. */
function extent(leaves: readonly Leaf[]): [number, number, number, number] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const l of leaves) {
    if (l.kind === 'rect' || l.kind === 'map') xs.push(l.x, l.x + l.w), ys.push(l.y, l.y + l.h);
    else if (l.kind === 'line') xs.push(l.x1, l.x2), ys.push(l.y1, l.y2);
    else if (l.kind === 'circle') xs.push(l.x - l.r, l.x + l.r), ys.push(l.y - l.r, l.y + l.r);
    else if (l.kind === 'polygon') for (const [x, y] of l.points) xs.push(x), ys.push(y);
  }
  return xs.length ? [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] : null;
}

const toBytes = (b: ArrayBuffer | Uint8Array) => (b instanceof Uint8Array ? b : new Uint8Array(b));

class Painter {
  constructor(
    private doc: Doc,
    private page: PdfPage,
    private outlines: { regular: Font; bold: Font },
  ) {}

  /** A primitive into the structure under `parent`: groups become elements, text their content, the rest artifacts. */
  emit(p: Primitive, parent: StructElement): void {
    if (p.kind === 'group') {
      const box = p.tag === 'Figure' ? extent(flatten(p.children)) : null;
      const el = this.doc.struct(p.tag, {
        ...(p.alt ? { alt: p.alt } : {}),
        ...(p.tag === 'TH' ? { scope: p.scope ?? 'Column' } : {}),
        // A figure says where it stands on the page (Layout BBox), as PDF/UA checkers expect.
        ...(box ? { bbox: box.map(pt) as [number, number, number, number] } : {}),
      });
      parent.add(el);
      if (p.tag === 'Figure') {
        // A figure is one piece of marked content: its text alternative stands for all of it.
        el.add(() => this.drawAll(p.children));
      } else {
        for (const child of p.children) {
          if (child.kind === 'group' || child.kind === 'text') this.emitIn(child, el, p.tag);
          else this.artifact(child);
        }
      }
      el.end();
      return;
    }
    if (p.kind === 'text') this.emitIn(p, parent, null);
    else this.artifact(p);
  }

  /** Text under an element is its content; loose text is a paragraph of its own. */
  private emitIn(p: Primitive, parent: StructElement, tag: StructTag | null): void {
    if (p.kind === 'group') return this.emit(p, parent);
    if (tag === null) {
      const el = this.doc.struct('P');
      parent.add(el);
      el.add(() => this.draw(p as Leaf));
      el.end();
      return;
    }
    parent.add(() => this.draw(p as Leaf));
  }

  private artifact(p: Leaf): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.draw(p);
    this.doc.endMarkedContent();
  }

  private drawAll(children: readonly Primitive[]): void {
    for (const c of children) {
      if (c.kind === 'group') this.drawAll(c.children);
      else this.draw(c);
    }
  }

  private draw(p: Leaf): void {
    const doc = this.doc;
    switch (p.kind) {
      case 'map':
        if (this.page.map) doc.image(toBytes(this.page.map), pt(p.x), pt(p.y), { width: pt(p.w), height: pt(p.h) });
        break;
      case 'rect':
        doc.save();
        doc.lineWidth(pt(0.2));
        doc.rect(pt(p.x), pt(p.y), pt(p.w), pt(p.h));
        if (p.fill && p.stroke) doc.fillAndStroke(p.fill, p.stroke);
        else if (p.fill) doc.fill(p.fill);
        else doc.stroke(p.stroke ?? '#000000');
        if (p.hatched) {
          doc.lineWidth(pt(HATCH.swatchLineMm)).strokeColor(HATCH.colour);
          for (const [x1, y1, x2, y2] of hatchLines(p)) doc.moveTo(pt(x1), pt(y1)).lineTo(pt(x2), pt(y2));
          doc.stroke();
        }
        doc.restore();
        break;
      case 'polygon': {
        const [first, ...rest] = p.points;
        doc.save().moveTo(pt(first[0]), pt(first[1]));
        for (const [x, y] of rest) doc.lineTo(pt(x), pt(y));
        doc.closePath().fill(p.fill).restore();
        break;
      }
      case 'circle':
        doc.save();
        doc.circle(pt(p.x), pt(p.y), pt(p.r)).fillOpacity(p.opacity).fill(p.fill);
        doc.fillOpacity(1).lineWidth(pt(0.2)).circle(pt(p.x), pt(p.y), pt(p.r)).stroke(p.stroke);
        doc.restore();
        break;
      case 'line':
        doc.save().lineWidth(pt(p.width)).strokeColor(p.stroke);
        if (p.dash) doc.dash(pt(p.dash[0]), { space: pt(p.dash[1]) });
        doc.moveTo(pt(p.x1), pt(p.y1)).lineTo(pt(p.x2), pt(p.y2)).stroke();
        doc.restore();
        break;
      case 'text': {
        doc.font(p.bold ? 'Bold' : 'Regular').fontSize(p.size);
        if (p.angle) doc.save().rotate(p.angle, { origin: [pt(p.x), pt(p.y)] });
        const width = doc.widthOfString(p.text);
        const x = pt(p.x) - (p.align === 'center' ? width / 2 : p.align === 'right' ? width : 0);
        const options = { lineBreak: false, baseline: 'alphabetic' as const };
        if (p.halo) this.halo(p.text, x, pt(p.y), p.size, p.bold ? this.outlines.bold : this.outlines.regular, p.halo);
        doc.fillColor(p.colour ?? '#1f2933').text(p.text, x, pt(p.y), options);
        if (p.angle) doc.restore();
        break;
      }
    }
  }

  /** The glyph outlines of a line stroked wide (in pt, baseline at y), as the text is set over it. */
  private halo(text: string, x: number, y: number, size: number, font: Font, colour: string): void {
    const doc = this.doc;
    const k = size / font.unitsPerEm;
    const run = font.layout(text);
    let pen = 0;
    doc.save();
    run.glyphs.forEach((glyph, i) => {
      const dx = x + (pen + run.positions[i].xOffset) * k;
      const dy = y - run.positions[i].yOffset * k;
      for (const { command, args } of glyph.path.commands) {
        const at = (j: number): [number, number] => [dx + args[j] * k, dy - args[j + 1] * k];
        if (command === 'moveTo') doc.moveTo(...at(0));
        else if (command === 'lineTo') doc.lineTo(...at(0));
        else if (command === 'quadraticCurveTo') doc.quadraticCurveTo(...at(0), ...at(2));
        else if (command === 'bezierCurveTo') doc.bezierCurveTo(...at(0), ...at(2), ...at(4));
        else if (command === 'closePath') doc.closePath();
      }
      pen += run.positions[i].xAdvance;
    });
    doc.lineWidth(size * 0.24).lineJoin('round').stroke(colour);
    doc.restore();
  }
}
