// The part of PDFKit's API the sheet renderer uses (PDFKit ships no types; @types/pdfkit lags
// behind its tagged-PDF API).
declare module 'pdfkit' {
  interface StructElement {
    add(child: StructElement | (() => void)): StructElement;
    end(): void;
  }
  interface TextOptions {
    lineBreak?: boolean;
    baseline?: 'alphabetic' | 'top' | 'middle' | 'bottom';
    stroke?: boolean;
    fill?: boolean;
  }
  interface DocumentOptions {
    autoFirstPage?: boolean;
    font?: string;
    tagged?: boolean;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: string;
    compress?: boolean;
    info?: Record<string, string>;
  }
  class PDFDocument {
    constructor(options?: DocumentOptions);
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    registerFont(name: string, src: Uint8Array): this;
    addPage(options: { size: [number, number]; margin: number }): this;
    struct(type: string, options?: { alt?: string; scope?: string; lang?: string; bbox?: [number, number, number, number] }, children?: Array<StructElement | (() => void)>): StructElement;
    addStructure(el: StructElement): this;
    markContent(tag: string, options?: { type?: string }): this;
    endMarkedContent(): this;
    end(): void;
    font(name: string): this;
    fontSize(size: number): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    image(src: Uint8Array, x: number, y: number, options: { width: number; height: number }): this;
    save(): this;
    rotate(angle: number, options: { origin: [number, number] }): this;
    restore(): this;
    lineWidth(w: number): this;
    lineJoin(join: 'round' | 'miter' | 'bevel'): this;
    rect(x: number, y: number, w: number, h: number): this;
    circle(x: number, y: number, r: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    closePath(): this;
    quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): this;
    bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): this;
    dash(length: number, options: { space: number }): this;
    fill(colour?: string): this;
    stroke(colour?: string): this;
    fillAndStroke(fill: string, stroke: string): this;
    fillColor(colour: string): this;
    strokeColor(colour: string): this;
    fillOpacity(opacity: number): this;
  }
  export default PDFDocument;
}

declare module 'fontkit' {
  interface Glyph {
    id: number;
    advanceWidth: number;
    path: { commands: Array<{ command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] }> };
  }
  export interface Font {
    unitsPerEm: number;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): { advanceWidth: number; glyphs: Glyph[]; positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }> };
  }
  export function create(buffer: Uint8Array): Font | unknown;
}
