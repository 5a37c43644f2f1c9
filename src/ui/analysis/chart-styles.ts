// What every analysis chart shares: axis text at least 12 px (at least 14 px in presentation,
// where the shell's type grows), ink and grid colours, the focus ring on a dot or bar.
import { css } from 'lit';

export const chartStyles = css`
  svg { display: block; width: 100%; height: auto; overflow: visible; font-variant-numeric: tabular-nums; touch-action: none; }
  svg text { fill: var(--atlas-ink); font-size: max(12px, 0.8em); }
  :host([presenting]) svg text { font-size: max(14px, 0.8em); }
  .axis line, .axis path { stroke: #6b7280; }
  .grid { stroke: #e5e7eb; }
  .kreis { stroke: var(--atlas-ink); stroke-dasharray: 4 3; stroke-width: 1.5; }
  .mark { stroke: #1f2933; stroke-width: 0.8; cursor: pointer; }
  .mark:focus { outline: none; }
  .mark:focus-visible, .mark.hovered { stroke: var(--atlas-ink); stroke-width: 3; }
  .mark:focus-visible { stroke: #000; paint-order: stroke; filter: drop-shadow(0 0 2px var(--atlas-focus)) drop-shadow(0 0 2px var(--atlas-focus)); }
  .mark.selected { stroke: var(--atlas-accent); stroke-width: 3; }
  .mark.faded { opacity: 0.3; }
  select, input, button { font: inherit; }
  details table { border-collapse: collapse; font-size: 0.9em; font-variant-numeric: tabular-nums; }
  details th, details td { padding: 0.15em 0.4em; border-bottom: 1px solid var(--atlas-line); text-align: right; }
  details th[scope='row'], details thead th:first-child { text-align: left; font-weight: normal; }
`;

/** Decimals a tick label needs for a step between ticks (0,5 -> 1; 20 -> 0). */
export const tickDecimals = (step: number): number => Math.max(0, Math.min(6, -Math.floor(Math.log10(Math.abs(step) || 1) + 1e-9)));
