// The size legend of a circle map: the reference circles nested on one baseline, largest behind,
// each with its value, drawn at the map's own radius so that a circle on the map can be held
// against them; in the map's colour and translucency.
import { html, svg, nothing } from 'lit';
import { formatBound } from '../messages/default-locale';
import { SYMBOL_OPACITY } from '../domain/symbols';
import type { Measure, Symbols } from '../state/plan';
import { mapTexts } from '../messages/map';

const LABEL_GAP = 8;

export function sizeLegend(symbols: Symbols, measure: Measure) {
  const radii = symbols.references.map((v) => symbols.radius(v));
  const r = radii[0] ?? 0;
  if (!r) return nothing;
  const width = 2 * r + 2;
  const height = 2 * r + 2;
  const base = height - 1;
  const labelX = width + LABEL_GAP;
  return html`<figure class="sizes" data-testid="size-legend">
    <svg width=${labelX + 90} height=${height} role="img" aria-label=${mapTexts.circleLegend}>
      ${symbols.references.map((value, i) => {
        const ri = radii[i];
        const top = base - 2 * ri;
        return svg`<g data-value=${value}>
          <circle cx=${r + 1} cy=${base - ri} r=${ri} fill=${symbols.colour} fill-opacity=${SYMBOL_OPACITY} stroke="#ffffff" stroke-width="1"></circle>
          <line x1=${r + 1} x2=${labelX - 2} y1=${top} y2=${top} stroke="#5b6570" stroke-width="0.8" stroke-dasharray="2 1.5"></line>
          <text x=${labelX} y=${top} dy="0.35em" font-size="11">${formatBound(value, measure)}</text>
        </g>`;
      })}
    </svg>
    <figcaption>${mapTexts.circleNote(measure.unit)}</figcaption>
  </figure>`;
}
