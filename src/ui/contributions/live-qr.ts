// The participant link as a QR code for the beamer, drawn here from the `qrcode` package's
// modules: one SVG path, black on white with the four modules of quiet zone the standard asks for.
import { svg, type SVGTemplateResult } from 'lit';
import { create } from 'qrcode';

const QUIET = 4;

/** The SVG of `text`'s QR code (error correction M), `label` its accessible name. */
export function qrSvg(text: string, label: string): SVGTemplateResult {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * QUIET;
  let d = '';
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
  return svg`<svg class="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" data-testid="live-qr">
    <rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>
  </svg>`;
}
