import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { matchesIndicator } from '../domain/catalogue';
import type { AtlasData } from '../data/atlas-data';
import { aboutOf, type About, type AboutGeometry, type AboutRow } from '../state/about-rows';
import { catalogueTexts as t } from '../messages/catalogue';
import { defaultLocale } from '../messages/default-locale';
import { theme } from './theme';
import { intervalTexts } from '../messages/intervals';
import { wilson } from '../domain/intervals';
import { easyReadLink } from './easy-read-link';
import { easyReadTexts } from '../messages/easy-read';
import { kreisSeriesTexts } from '../messages/kreis-series';

/**
 * "Über die Daten": every indicator by topic with definition, formula, unit, source and code,
 * licence, vintage and years per level, searchable, and the geometries' sources. A modal dialog,
 * loaded when first opened (shell-parts' openAbout); `open(id)` shows it at that indicator.
 */
export class AtlasAbout extends LitElement {
  @property({ attribute: false }) data: AtlasData | null = null;
  /** the atlas is embedded: the Leichte Sprache page opens in a new window */
  @property({ attribute: false }) embedded: boolean = false;
  /** the data folder, for the Kreis series that load when the dialog first draws them */
  @property({ attribute: false }) dataBase: string = '';
  /** the indicator the dialog was opened at (the one the map shows) */
  @state() _current: string | null = null;
  @state() _query: string = '';
  #about: { data: AtlasData; about: About } | null = null;

  static override styles = [
    theme,
    css`
      dialog { border: 1px solid var(--atlas-line); border-radius: 8px; padding: 0; width: min(58em, 96vw); max-height: 92vh; box-sizing: border-box; color: var(--atlas-ink); }
      dialog[open] { display: flex; flex-direction: column; }
      dialog::backdrop { background: rgba(0, 0, 0, 0.35); }
      header { padding: 0.8em 1.1em 0.5em; border-bottom: 1px solid var(--atlas-line); display: grid; gap: 0.4em; }
      .title { display: flex; justify-content: space-between; align-items: start; gap: 1em; }
      h2 { font-size: 1.25em; margin: 0; }
      header p { margin: 0; font-size: 0.9em; }
      a { color: var(--atlas-accent); }
      label { font-size: 0.85em; color: var(--atlas-muted); display: grid; gap: 0.15em; }
      input { font: inherit; padding: 0.35em 0.5em; border: 1px solid #7b8794; border-radius: 4px; color: var(--atlas-ink); }
      button { font: inherit; padding: 0.25em 0.7em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      .body { overflow-y: auto; padding: 0.2em 1.1em 1em; overscroll-behavior: contain; }
      /* The topic stays in view while its entries scroll by. */
      h3 { font-size: 1.05em; margin: 0.6em 0 0.3em; padding: 0.4em 0 0.2em; border-bottom: 2px solid var(--atlas-line); position: sticky; top: 0; background: #fff; z-index: 1; }
      article { scroll-margin-top: 2.8em; }
      article { border: 1px solid var(--atlas-line); border-radius: 6px; padding: 0.5em 0.7em; margin: 0.5em 0; }
      article[aria-current='true'] { border: 2px solid var(--atlas-accent); background: #f1f7fc; }
      h4 { font-size: 1em; margin: 0 0 0.3em; }
      h4:focus, h3:focus { outline: none; }
      h4:focus-visible { outline: 3px solid var(--atlas-focus); }
      .current { font-size: 0.8em; font-weight: 600; color: var(--atlas-accent); margin-left: 0.4em; }
      dl { display: grid; grid-template-columns: 10em minmax(0, 1fr); gap: 0.15em 0.8em; margin: 0; font-size: 0.9em; }
      dt { color: var(--atlas-muted); }
      dd { margin: 0; overflow-wrap: anywhere; }
      code { font-size: 0.95em; }
      @media (max-width: 600px) { dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: 0.3em; } }
    `,
  ];

  /**
   * Opens the dialog; with an id, scrolled to that indicator, whose heading takes the focus; with
   * section 'kreis', at "Der Kreis im Vergleich", that indicator's related series first.
   */
  open(id: string | null = null, section: 'kreis' | null = null): void {
    this._current = id;
    this._query = '';
    this.renderRoot.querySelector('dialog')?.showModal();
    void this.updateComplete.then(() => {
      const selector = section === 'kreis' ? '#about-kreis' : id ? `#about-${CSS.escape(id)}` : null;
      const entry = selector ? this.renderRoot.querySelector<HTMLElement>(selector) : null;
      if (!entry) return;
      entry.scrollIntoView({ block: 'start' });
      entry.querySelector<HTMLElement>('h3, h4')?.focus({ preventScroll: true });
    });
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #aboutOf(data: AtlasData): About {
    if (this.#about?.data !== data) this.#about = { data, about: aboutOf(data) };
    return this.#about.about;
  }

  override render() {
    const about = this.data ? this.#aboutOf(this.data) : null;
    const topics = about
      ? about.topics.map((g) => ({ topic: g.topic, items: g.items.filter((r) => matchesIndicator(r, this._query)) })).filter((g) => g.items.length)
      : [];
    const found = topics.reduce((n, g) => n + g.items.length, 0);
    return html`<dialog aria-labelledby="about-title" data-testid="about">
      <header>
        <div class="title">
          <h2 id="about-title">${t.aboutTitle}</h2>
          <button type="button" name="about-close" @click=${() => this.close()}>${t.close}</button>
        </div>
        ${about ? html`<p>${t.aboutIntro(about.count, about.topics.length)}</p>` : nothing}
        <p>${easyReadLink(this.embedded, 'easy-read', easyReadTexts.aboutLine)}</p>
        <label
          >${t.aboutFilter}
          <input type="search" name="about-filter" placeholder=${t.pickerPlaceholder} .value=${this._query} @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)}
        /></label>
        <p class="muted" role="status" data-testid="about-count">${this._query.trim() ? (found ? t.aboutCount(found) : t.pickerNone) : ''}</p>
      </header>
      <div class="body" tabindex="0" role="region" aria-label=${t.aboutTitle}>
        ${topics.map(
          (g, i) => html`<section aria-labelledby="topic-${i}">
            <h3 id="topic-${i}">${g.topic}</h3>
            ${g.items.map((r) => this.#row(r))}
          </section>`,
        )}
        ${about && !this._query.trim() ? html`${this.#kreisSeries()}${methods()}${this.#geometries(about.geometries)}` : nothing}
      </div>
    </dialog>`;
  }

  #row(r: AboutRow) {
    const current = r.id === this._current;
    const refs = [r.references.nrw.length ? `${t.scopes.nrw} ${t.years(r.references.nrw)}` : '', r.references.bund.length ? `${t.scopes.bund} ${t.years(r.references.bund)}` : ''].filter(Boolean);
    return html`<article id="about-${r.id}" data-id=${r.id} aria-current=${current ? 'true' : nothing} aria-labelledby="h-${r.id}">
      <h4 id="h-${r.id}" tabindex="-1">${r.label}${current ? html`<span class="current">(${t.aboutCurrent})</span>` : nothing}${r.sample ? html` <span class="sample">${t.sample}</span>` : nothing}</h4>
      <dl>
        ${r.definition ? item(t.definition, r.definition) : nothing}
        ${r.formula
          ? item(t.formula, `${t.numerator}: ${r.formula.numerator.join(' + ')}; ${t.denominator}: ${r.formula.denominator.join(' + ')}; ${t.factor} ${defaultLocale.auto(r.formula.factor)}`)
          : nothing}
        ${item(t.unit, r.unit || t.noUnit)} ${item(t.display, t.displays[r.display])} ${item(t.source, r.source)}
        ${r.code ? html`<dt>${t.code}</dt><dd><code>${r.code}</code></dd>` : nothing} ${item(t.license, r.license)} ${item(t.vintage, r.vintage)}
        <dt>${t.yearsAvailable}</dt>
        <dd data-testid="about-years">${t.availability(r.years)}</dd>
        ${refs.length ? item(t.references, refs.join('; ')) : nothing} ${r.note ? item(t.note, r.note) : nothing}
        ${r.interval ? item(intervalTexts.aboutRow, intervalTexts.aboutRowOf(r.interval.method, r.interval.reason)) : nothing}
      </dl>
    </article>`;
  }

  /** "Der Kreis im Vergleich": its module and files load with the first opening of this dialog. */
  #kreisSeries() {
    const data = this.data;
    if (!data?.catalog.kreisSeries) return nothing;
    void import('./kreis/atlas-kreis-series');
    const ind = data.catalog.indicators.find((i) => i.id === this._current) ?? null;
    return html`<section id="about-kreis" aria-labelledby="about-kreis-title" data-testid="about-kreis">
      <h3 id="about-kreis-title" tabindex="-1">${kreisSeriesTexts.title}</h3>
      <atlas-kreis-series .base=${this.dataBase} .file=${data.catalog.kreisSeries} .kreisName=${data.catalog.kreis.name} .indicator=${ind}></atlas-kreis-series>
    </section>`;
  }

  #geometries(list: AboutGeometry[]) {
    return html`<section aria-labelledby="about-geometry">
      <h3 id="about-geometry">${t.aboutGeometry}</h3>
      ${list.map(
        (g) => html`<article data-level=${g.level}>
          <h4>${t.geometryOf[g.level]}${g.sample ? html` <span class="sample">${t.sample}</span>` : nothing}</h4>
          <dl>${item(t.source, g.source)} ${item(t.attribution, g.attribution)} ${item(t.license, g.license)} ${item(t.vintage, g.vintage)} ${item(t.file, g.file)}</dl>
        </article>`,
      )}
    </section>`;
  }
}

const item = (term: string, text: string) => html`<dt>${term}</dt><dd>${text}</dd>`;

/** The methods of the intervals in plain words, its example computed by the atlas' own Wilson interval. */
function methods() {
  const example = (events: number, base: number) => ({ value: events / base, ...wilson(events, base) });
  const paragraphs = intervalTexts.aboutParagraphs(example(3, 6), example(13223, 74400));
  return html`<section aria-labelledby="about-intervals" data-testid="about-intervals">
    <h3 id="about-intervals">${intervalTexts.aboutTitle}</h3>
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
  </section>`;
}

customElements.define('atlas-about', AtlasAbout);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-about': AtlasAbout;
  }
  interface HTMLElementEventMap {
    /** section 'kreis': at "Der Kreis im Vergleich" */
    'about-open': CustomEvent<{ indicator: string; section?: 'kreis' }>;
  }
}
