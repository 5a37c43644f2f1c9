// The look of the contributions pane's controls, shared by its parts (pane, form, workshop frame,
// file exchange): sizes in em, so that presentation mode scales them with the type.
import { css } from 'lit';

export const paneControls = css`
  button, select, input, textarea { font: inherit; }
  button { padding: 0.3em 0.6em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
  button.primary, button[aria-pressed='true'] { background: var(--atlas-accent); color: #fff; }
  input:not([type]), input[type='text'], input[type='date'], textarea, select { box-sizing: border-box; width: 100%; padding: 0.3em 0.4em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--atlas-ink); }
  input[type='radio'], input[type='checkbox'] { accent-color: var(--atlas-accent); }
`;
