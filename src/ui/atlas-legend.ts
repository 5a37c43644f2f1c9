import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from './css-props';
import { formatBound } from '../messages/default-locale';
import type { Plan } from '../state/plan';
import { appTexts } from '../messages/app';
import { theme, hatch } from './theme';
import { aboutButton, aboutButtonStyles } from './about-button';
import { sizeLegend } from './size-legend';
import { mapTexts } from '../messages/map';
import { intervalTexts } from '../messages/intervals';
import { significanceNote } from '../state/interval-texts';
import type { PointLegendInput } from './controllers/point-controller';

/** A map narrower or lower than this (in the map's em: on the beamer type is larger) gets the legend as a strip. */
const COMPACT_WIDTH = 37.5;
const COMPACT_HEIGHT = 25;

/**
 * The map's title and legend, on the map: what is shown (indicator, unit, year, level and
 * focus), the classes with their bounds and how many of the areas in view each holds, the
 * no-data and withheld keys, the sample marking and the source. Collapsible to a one-line strip
 * (title, colour ramp, number of areas), which it starts as where the map is small (a phone, a
 * small embed): there the full legend would cover most of the map. A tap on the strip opens it.
 */
export class AtlasLegend extends LitElement {
  @property({ attribute: false }) plan: Plan | null = null;
  /** the point layers' keys and list (point-legend.ts); null: none shown */
  @property({ attribute: false }) points: PointLegendInput | null = null;
  @state() _open: boolean = true;
  /** open or strip follows the map's size (a pane opened beside or below it, presentation) until the person chooses */
  #chosen: 'first' | 'size' | 'person' = 'first';
  // Told after layout: following the map's size reads no layout of its own.
  #resized = new ResizeObserver((entries) => {
    const box = entries.at(-1)?.contentBoxSize[0];
    if (this.#chosen === 'size' && box) this.#fit(box.inlineSize, box.blockSize);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.parentElement) this.#resized.observe(this.parentElement);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resized.disconnect();
  }

  override willUpdate(): void {
    // The point layers' key comes with the first layer: no page needs it for its first map.
    if (this.points) void import('./point-legend');
    if (this.#chosen !== 'first' || !this.plan) return;
    // Its first state before it first draws (one read), so that a phone never sees it open and then close.
    const map = this.parentElement?.getBoundingClientRect();
    if (!map || map.width === 0) return;
    this.#chosen = 'size';
    this.#fit(map.width, map.height);
  }

  override updated(): void {
    // The shell gives a strip on a wide but low map the width its title needs (shell-styles.ts).
    this.toggleAttribute('strip', !this._open);
  }

  #fit(width: number, height: number): void {
    if (width === 0) return;
    const em = parseFloat(getComputedStyle(this.parentElement ?? this).fontSize) || 16;
    const open = width >= COMPACT_WIDTH * em && height >= COMPACT_HEIGHT * em;
    if (open !== this._open) this._open = open;
  }

  static override styles = [
    theme,
    aboutButtonStyles,
    css`
      /* The box is the host, which scrolls where the map is too short for the legend (the shell's
         max-height): a shadow at its lower edge says there is more, covered once the end is in view
         (a background scrolled with the content over one fixed to the box). */
      :host {
        display: block; border: 1px solid var(--atlas-line); border-radius: 6px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15);
        background:
          linear-gradient(rgba(255, 255, 255, 0), #fff 60%) bottom / 100% 2.4em no-repeat local,
          radial-gradient(farthest-side at 50% 100%, rgba(0, 0, 0, 0.35), rgba(0, 0, 0, 0)) bottom / 100% 1em no-repeat scroll,
          rgba(255, 255, 255, 0.96);
      }
      section { padding: 0.5em 0.7em; }
      /* Where scroll timelines exist, a clearer cue over the text: a fade with an arrow at the lower
         edge while more is below (inactive, so invisible, where the legend does not scroll). */
      .more { position: sticky; bottom: 0; height: 1.8em; margin: -1.8em -0.7em 0; opacity: 0; pointer-events: none; text-align: center; line-height: 2.2em; color: var(--atlas-accent); background: linear-gradient(rgba(255, 255, 255, 0), #fff 70%); }
      @supports (animation-timeline: scroll()) { .more { animation: legend-more linear both; animation-timeline: scroll(nearest); } }
      @keyframes legend-more { from, 85% { opacity: 1; } to { opacity: 0; } }
      header { display: flex; gap: 0.4em; align-items: start; }
      h2 { font-size: 1em; margin: 0; flex: 1; }
      .scope { display: block; font-weight: normal; font-size: 0.85em; color: var(--atlas-muted); }
      button.toggle { min-width: 24px; min-height: 24px; font: inherit; border: 1px solid var(--atlas-line); border-radius: 4px; background: #fff; color: var(--atlas-ink); cursor: pointer; padding: 0 0.4em; line-height: 1.4; }
      /* The strip: the title on one line, the classes' colours beside it, the rest on demand. */
      section.strip { padding: 0.25em 0.5em; cursor: pointer; }
      .strip header { align-items: center; }
      /* One line, clipped: a line clamp, not nowrap, so that no word reaches past the strip (WCAG 1.4.10). */
      .strip h2 { min-width: 0; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 1; overflow: hidden; font-size: 0.95em; }
      .strip .scope { display: inline; }
      .ramp { display: flex; flex: none; }
      .ramp span { width: 0.9em; height: 0.9em; border: 1px solid #8792a0; box-sizing: border-box; }
      .ramp span + span { border-left: 0; }
      /* A bivariate map's strip: its 3×3 key in small, high y on top, as the full key draws it. */
      .ramp.bivariate { display: grid; grid-template-columns: repeat(3, 0.45em); }
      .ramp.bivariate span { width: 0.45em; height: 0.45em; border: 0; }
      .total { flex: none; font-size: 0.85em; color: var(--atlas-muted); font-variant-numeric: tabular-nums; }
      ol { list-style: none; margin: 0.4em 0 0; padding: 0; }
      /* Class number, swatch, bounds, count: the number carries the class where colour cannot (WCAG 1.4.1). */
      li { display: grid; grid-template-columns: 1.1em 1.6em 1fr auto; gap: 0.5em; align-items: center; padding: 1px 0; font-size: 0.9em; }
      .number { text-align: end; font-variant-numeric: tabular-nums; font-weight: 600; }
      .swatch { width: 1.6em; height: 1em; border: 1px solid #8792a0; box-sizing: border-box; }
      .count { color: var(--atlas-muted); font-variant-numeric: tabular-nums; }
      .range { font-variant-numeric: tabular-nums; }
      .unit { font-weight: normal; color: var(--atlas-muted); }
      p { margin: 0.3em 0 0; }
      /* A short map (phone, small embed): the legend keeps its classes, the source stays in card and credits. */
      @container map (max-height: 520px) { .source { display: none; } li { padding: 0; } }
      figure.sizes { margin: 0.4em 0 0; }
      .vintage { font-size: 0.85em; font-weight: 600; }
      figure.sizes svg { display: block; overflow: visible; }
      figure.sizes text { fill: var(--atlas-ink); font-variant-numeric: tabular-nums; }
      figcaption { font-size: 0.85em; color: var(--atlas-muted); }
      .map-note { border: 2px dashed var(--atlas-sample); border-radius: 4px; background: var(--atlas-sample-bg); color: var(--atlas-sample); font-weight: 600; font-size: 0.85em; padding: 0.2em 0.4em; }
    `,
  ];

  override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    const m = plan.measure;
    const last = plan.rows.length - 1;
    const bound = (x: number) => formatBound(x, m);
    const scope = appTexts.scopeOf(plan.level, plan.focusName);
    const sig = plan.significance;
    return html`
      <section aria-labelledby="legend-title" class=${this._open ? '' : 'strip'} @click=${this.#openStrip}>
        <header>
          <h2 id="legend-title" data-testid="map-title">
            ${m.label}${m.unit ? html` <span class="unit">(${m.unit})</span>` : nothing}${plan.year !== null ? html` <span class="unit">${plan.year}</span>` : nothing}
            ${plan.sample ? html`<span class="sample">${appTexts.sample}</span>` : nothing}
            <span class="scope">${scope}</span>
          </h2>
          ${this._open
            ? nothing
            : html`${stripRamp(plan)}
                <span class="total">${appTexts.areas((plan.bivariate?.counts ?? plan.rows.map((row) => row.count)).reduce((n, count) => n + count, plan.missing + plan.suppressed + (sig?.notAssessable ?? 0)))}</span>`}
          ${aboutButton(plan.indicator.id, true)}
          <button type="button" class="toggle" aria-expanded=${String(this._open)} aria-controls="legend-body" aria-label=${appTexts.legendToggle} @click=${this.#toggle}>
            ${this._open ? '−' : '+'}
          </button>
        </header>
        <div id="legend-body" ?hidden=${!this._open}>
          ${plan.gridPending ? html`<p role="status" data-testid="grid-loading">${mapTexts.gridLoading}</p>` : nothing}
          ${plan.symbols ? sizeLegend(plan.symbols, m) : nothing}
          <ol aria-labelledby="legend-title">
            ${plan.rows.map(
              (row) => html`<li data-class=${row.index}>
                <span class="number" aria-hidden="true">${row.index + 1}</span>
                <span class="swatch" ${cssProps({ background: row.colour })} title=${appTexts.classLabel(row.index)}></span>
                <span class="range"
                  ><span class="visually-hidden">${appTexts.classLabel(row.index)}: </span
                  >${row.label ?? appTexts.classRange(bound(row.lower), bound(row.upper), row.index === last)}</span
                >
                <span class="count">${appTexts.areas(row.count)}</span>
              </li>`,
            )}
            ${plan.missing ? specialRow('missing', plan.noDataFill, appTexts.noData, plan.missing) : nothing}
            ${plan.suppressed ? specialRow('suppressed', plan.suppressedFill, appTexts.suppressed, plan.suppressed) : nothing}
            ${sig?.notAssessable ? specialRow('not-assessable', sig.notAssessableFill, intervalTexts.judgement('not-assessable'), sig.notAssessable) : nothing}
          </ol>
          ${sig ? html`<p class="muted" data-testid="significance-note">${significanceNote(sig, m)}</p>` : nothing}
          ${plan.fadesUnsure && plan.intervals.unsure ? html`<p class="muted" data-testid="faded-note">${intervalTexts.fadedNote(plan.intervals.unsure)}</p>` : nothing}
          <atlas-bivariate-legend .key=${plan.bivariate ?? null}></atlas-bivariate-legend>
          ${this.points ? html`<atlas-point-legend .input=${this.points}></atlas-point-legend>` : nothing}
          ${plan.rows.length ? html`<p class="muted">${appTexts.legendOf(scope)}</p>` : nothing}
          ${plan.indicator.kind === 'count' && !plan.symbols ? html`<p class="muted">${appTexts.countWarning}</p>` : nothing}
          ${plan.sample
            ? html`<p class="map-note" data-testid="map-sample-note">${plan.areas.some((a) => a.sample) ? appTexts.sampleMapNote : appTexts.sampleFiguresNote}</p>`
            : nothing}
          ${plan.level === 'raster' ? html`<p class="vintage" data-testid="legend-vintage">${plan.source.vintage}</p>` : nothing}
          <p class="muted source">${appTexts.source}: ${plan.source.text} (${appTexts.vintage} ${plan.source.vintage}${plan.sample ? '' : `; ${plan.source.license}`})</p>
          <div class="more" aria-hidden="true">▼</div>
        </div>
      </section>
    `;
  }

  #toggle = (e: Event) => {
    e.stopPropagation();
    this.#chosen = 'person';
    this._open = !this._open;
  };

  /** A tap anywhere on the strip opens it (its buttons keep their own meaning). */
  #openStrip = (e: Event) => {
    if (this._open || (e.target as Element).closest('button')) return;
    this.#chosen = 'person';
    this._open = true;
  };
}
customElements.define('atlas-legend', AtlasLegend);

/** A legend row outside the scale (no data, suppressed): hatched like the map. */
/** The strip's colours: the classes in order, or a bivariate map's nine cells as a 3×3 key. */
function stripRamp(plan: Plan) {
  const key = plan.bivariate;
  if (!key) return html`<span class="ramp" aria-hidden="true">${plan.rows.map((row) => html`<span ${cssProps({ background: row.colour })}></span>`)}</span>`;
  const cells = [2, 1, 0].flatMap((y) => [0, 1, 2].map((x) => key.colours[y * 3 + x]));
  return html`<span class="ramp bivariate" aria-hidden="true">${cells.map((colour) => html`<span ${cssProps({ background: colour })}></span>`)}</span>`;
}

const specialRow = (key: string, fill: string, label: string, count: number) =>
  html`<li data-class=${key}>
    <span class="number"></span><span class="swatch" ${cssProps(hatch(fill))}></span><span>${label}</span><span class="count">${appTexts.areas(count)}</span>
  </li>`;

declare global {
  interface HTMLElementTagNameMap {
    'atlas-legend': AtlasLegend;
  }
}
