// The layout of <sozial-atlas>: map first at every size, one scroll region (the side pane),
// legend and card on the map. (Comments inside the css literal ship in the start bundle: the
// phone rule for an open pane is explained here. A pane below a phone's map would leave it no
// height, so there the map keeps 45 % and the column scrolls.) Sizes come from the space the host page gives (container
// queries), not from the window, so an embed in a narrow column behaves like a phone. The map's box
// is contained (contain: strict): what its controls change each frame (scale bar) lays out the map
// only, never the panes beside it (500 contributions in the list made that 5–20 ms a frame).
import { css, unsafeCSS, type CSSResult } from 'lit';

/** The side pane as a drawer over the map, opened from the toolbar's menu button. */
const drawer = (layout: CSSResult) => css`
  ${layout} { grid-template-columns: minmax(0, 1fr); }
  ${layout} .side { position: absolute; z-index: 20; inset: 0 auto 0 0; width: min(24em, 92%); box-sizing: border-box; box-shadow: 2px 0 12px rgba(0, 0, 0, 0.25); visibility: hidden; transform: translateX(-105%); transition: transform 0.2s, visibility 0.2s; }
  ${layout} .side.open { visibility: visible; transform: none; }
  ${layout} .side .close { display: block; justify-self: end; margin-left: auto; font: inherit; border: 1px solid var(--atlas-line); background: #fff; border-radius: 4px; cursor: pointer; }
`;

export const shellStyles = css`
  :host { display: block; height: var(--atlas-height, 100dvh); background: #fff; text-align: start; container: atlas / inline-size; }
  /* Inherited properties pass the shadow boundary: a host page's "* { font: … }" would reach
     every text of the atlas. The roots set them all again. Sizes inside are in em from
     'medium', the reader's own default size, so a host's html { font-size } cannot shrink us. */
  .layout, .drop-hint, .print-sheet {
    font: normal 400 medium/1.4 system-ui, 'DejaVu Sans', sans-serif; color: var(--atlas-ink); text-align: start; text-transform: none;
    text-indent: 0; letter-spacing: normal; word-spacing: normal; white-space: normal; visibility: visible; direction: ltr; cursor: auto;
  }
  /* Presentation: type grows with the screen (at 1920 px about 25 px), labels and charts with it. */
  :host([presenting]) .layout { font-size: clamp(18px, 1.3vw, 40px); }
  .layout { position: relative; display: grid; grid-template-columns: minmax(16em, 21em) minmax(0, 1fr); height: 100%; overflow: hidden; background: #fff; box-sizing: border-box; }
  .layout.controls-none { grid-template-columns: minmax(0, 1fr); }
  .side { overflow-y: auto; overscroll-behavior: contain; padding: 0.8em 1em; border-right: 1px solid var(--atlas-line); background: #fff; }
  .side .close { display: none; }
  .language-frame { display: block; width: 100%; height: 100%; border: 0; }
  .main { display: grid; grid-template-rows: auto minmax(0, 1fr) auto; grid-template-areas: 'toolbar' 'map' 'card'; min-width: 0; min-height: 0; }
  .main.with-table { grid-template-columns: minmax(0, 1fr) minmax(20em, 28em); grid-template-areas: 'toolbar toolbar' 'map table' 'card table'; }
  atlas-toolbar { grid-area: toolbar; }
  .map-wrap { grid-area: map; position: relative; min-height: 0; container: map / size; }
  .map { position: absolute; inset: 0; contain: strict; }
  .map :focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: -3px; }
  .legend { position: absolute; top: 0; left: 0; z-index: 2; margin: 0.5em; width: min(18em, calc(50% - 1em)); max-height: calc(100% - 4.5em); overflow-y: auto; overscroll-behavior: contain; }
  /* A strip on a wide but low map: one line with room for its title (not "Kin…" beside the ramp). */
  .legend[strip] { width: min(34em, calc(100% - 1em)); }
  /* "Leichte Sprache": above the scale bar, below the legend (which leaves the map's lowest 4.5em free). */
  .easy-read { position: absolute; left: 10px; bottom: 34px; z-index: 2; padding: 0.1em 0.5em; border-radius: 4px; background: rgba(255, 255, 255, 0.92); box-shadow: 0 0 0 1px var(--atlas-line); color: var(--atlas-accent); font-size: 0.9em; font-weight: 600; }
  .easy-read:focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: 1px; }
  /* A narrow 2D map puts its notice mark (!) at the same corner (map/canvas/surface.ts): the link stands beside it. */
  @container map (max-width: 640px) or (max-height: 420px) { .easy-read { left: 36px; padding: 0 0.35em; font-size: 0.8em; } }
  .card { grid-area: map; align-self: start; justify-self: end; z-index: 4; margin: 0.5em; width: min(20em, calc(50% - 1em)); max-height: calc(100% - 7.5em); overflow-y: auto; overscroll-behavior: contain; }
  .panes { grid-area: table; display: flex; flex-direction: column; min-height: 0; overflow: auto; overscroll-behavior: contain; border-left: 1px solid var(--atlas-line); }
  .table-pane { padding: 0.8em 1em; }
  .drop-hint { position: absolute; inset: 0; z-index: 30; display: grid; place-items: center; background: rgba(0, 94, 168, 0.12); border: 3px dashed var(--atlas-accent); font-size: 1.2em; font-weight: 700; color: var(--atlas-accent); pointer-events: none; }
  .print-sheet { display: none; }
  @media print {
    :host { height: auto; }
    .layout { display: none; }
    .print-sheet { display: block; }
    .print-sheet canvas { display: block; width: 100%; height: auto; }
  }
  /* Below 1000 px the map takes the whole width; the side pane becomes a drawer over it. */
  @container atlas (max-width: 999px) {
    ${drawer(unsafeCSS('.layout'))}
    .main, .main.with-table { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr) auto auto; grid-template-areas: 'toolbar' 'map' 'card' 'table'; }
    .panes { max-height: 40svh; border-left: 0; border-top: 1px solid var(--atlas-line); }
  }
  /* Phone and narrow embeds: the card goes below the map, which shrinks but stays first. */
  @container atlas (max-width: 699px) {
    .card { grid-area: card; justify-self: stretch; width: auto; max-height: 45cqh; margin: 0; border-top: 1px solid var(--atlas-line); }
    /* An opened legend leaves the phone's map most of its height (it scrolls inside). */
    .legend, .legend[strip] { width: calc(100% - 0.7em); font-size: 0.85em; margin: 0.35em; max-height: 28cqh; }
    .card { max-height: 40svh; }
    .main.with-table { overflow-y: auto; overscroll-behavior: contain; grid-template-rows: auto minmax(45svh, 1fr) auto auto; }
    .main.with-table .panes { max-height: none; overflow: visible; }
  }
  /* Very short screens (a phone held sideways, 400 % zoom): the map keeps a usable height and the
     atlas scrolls inside its own box, the card below the map; the page itself still does not. */
  @media (max-height: 480px) {
    .layout { overflow-y: auto; overscroll-behavior: contain; }
    .main, .main.with-table { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(max(160px, 60svh), 1fr) auto auto; grid-template-areas: 'toolbar' 'map' 'card' 'table'; }
    .card { grid-area: card; justify-self: stretch; width: auto; max-height: none; margin: 0; }
    .panes { max-height: none; }
  }
  /* With the table or the analysis pane open beside the map, below 1600 px the side pane is a
     drawer too: side pane, map and pane side by side left a beamer's map no room beside legend and card. */
  @container atlas (min-width: 1000px) and (max-width: 1599px) {
    ${drawer(unsafeCSS('.layout.with-pane'))}
  }
  /* On the beamer type grows with the screen (1.3vw): side pane (21em), map and pane (28em) never
     fit side by side there (at 1920 px they left the map 530 px): a pane open, the side pane is a drawer. */
  ${drawer(unsafeCSS(':host([presenting]) .layout.with-pane'))}
  /* While the other tables load (aria-busy) the controls are inert; dimmed only if that lasts. */
  .layout[aria-busy='true'] :is(.side, atlas-toolbar, .card) { animation: atlas-wait 0.2s 0.6s both; }
  @keyframes atlas-wait { from { opacity: 1; } to { opacity: 0.55; } }
  @media (prefers-reduced-motion: reduce) { .side { transition: none; } }
`;
