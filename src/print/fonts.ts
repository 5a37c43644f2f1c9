// The print fonts (DejaVu Sans regular and bold, see fonts/SOURCE.md), fetched on the first
// export only: they are assets of the export chunk, never of the start bundle.
import type { PdfFonts } from './render-pdf';
import { printTexts } from '../messages/print';

const REGULAR = new URL('./fonts/DejaVuSans.ttf', import.meta.url).href;
const BOLD = new URL('./fonts/DejaVuSans-Bold.ttf', import.meta.url).href;
/** the family the PNG renderer draws with, the same faces as the PDF embeds */
export const PRINT_FAMILY = 'Atlas Print Sans';

let fonts: Promise<PdfFonts> | null = null;

export function loadFonts(): Promise<PdfFonts> {
  const get = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(printTexts.fontFailed(response.status));
    return response.arrayBuffer();
  };
  fonts ??= Promise.all([get(REGULAR), get(BOLD)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error) => {
      fonts = null;
      throw error;
    });
  return fonts;
}

let faces: Promise<void> | null = null;

/** The same faces for canvas drawing (PNG), so that the PNG sets text as the PDF does. */
export function loadFontFaces(): Promise<void> {
  faces ??= loadFonts().then(async ({ regular, bold }) => {
    for (const [data, weight] of [[regular, 'normal'], [bold, 'bold']] as const) {
      const face = new FontFace(PRINT_FAMILY, data instanceof Uint8Array ? data.slice().buffer : data, { weight });
      document.fonts.add(await face.load());
    }
  });
  return faces;
}
