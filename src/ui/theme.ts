// Design tokens shared by the components; custom properties let a host page theme us
// without any of its global CSS reaching into our shadow roots.
import { css } from 'lit';
import { HATCH } from '../symbology/hatch';

export const theme = css`
  :host {
    --atlas-ink: #1f2933;
    --atlas-muted: #4b5563;
    --atlas-line: #cfd6dd;
    --atlas-accent: #005ea8;
    --atlas-sample: #8a3b00;
    --atlas-sample-bg: #fff1e0;
    --atlas-focus: #ffbf47;
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    color: var(--atlas-ink);
    line-height: 1.4;
  }
  :focus-visible {
    outline: 3px solid var(--atlas-focus);
    outline-offset: 2px;
  }
  .sample {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 3px;
    background: var(--atlas-sample-bg);
    color: var(--atlas-sample);
    font-weight: 600;
    font-size: 0.85em;
  }
  .muted {
    color: var(--atlas-muted);
    font-size: 0.85em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  h2 {
    font-size: 1em;
    margin: 0 0 0.5em;
  }
`;

/** CSS for a no-data / suppressed swatch: the same hatching the map draws. */
export const hatch = (fill: string) => ({
  background: `repeating-linear-gradient(45deg, ${fill} 0 4px, ${HATCH.colour} 4px 5.5px)`,
});
