// The part of the `qrcode` package (1.5.4) the live session's QR code uses: the symbol's modules,
// drawn by the atlas itself as SVG (no HTML string from a library is put into the page).
declare module 'qrcode' {
  export interface QRCodeSymbol {
    modules: { size: number; get(row: number, col: number): number };
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QRCodeSymbol;
}
