import { LitElement, html, svg, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatCell, formatNumber, formatSignedNumber, formatValue } from '../../messages/default-locale';
import type { Area } from '../../domain/types';
import type { AreaProfile, ProfileRow } from '../../state/profile-rows';
import { appTexts } from '../../messages/app';
import { theme } from '../theme';
import { emit } from './chart-keys';
import { chartStyles } from './chart-styles';
import { intervalTexts } from '../../messages/intervals';
import { analysisTexts as t } from '../../messages/analysis';

const RANGE_W = 84;

/**
 * "Gebietsprofil": every indicator of one area, grouped by topic, with the Kreis (and the
 * Gemeinde of an area below it), the rank among all areas of its level, where it lies between
 * their lowest and highest value (dot on a range, the Kreis a tick) and its change since the
 * year before. Event: `state-change` ({ profile }) when another area is chosen.
 */
export class AtlasProfile extends LitElement {
  @property({ attribute: false }) profile: AreaProfile | null = null;
  /** areas that may be chosen, of the profile's level */
  @property({ attribute: false }) areas: Area[] = [];
  @property({ type: Boolean, reflect: true }) presenting: boolean = false;

  static override styles = [
    theme,
    chartStyles,
    css`
      :host { display: block; }
      table { border-collapse: collapse; width: 100%; font-size: 0.85em; font-variant-numeric: tabular-nums; margin-bottom: 0.8em; }
      caption { text-align: left; font-weight: 700; padding: 0.3em 0; }
      .unit { display: block; }
      td { white-space: nowrap; }
      th, td { padding: 0.2em 0.35em; border-bottom: 1px solid var(--atlas-line); text-align: right; vertical-align: middle; }
      thead th { font-weight: 600; vertical-align: bottom; }
      th[scope='row'], th.start { text-align: left; font-weight: normal; }
      td.range { width: ${RANGE_W}px; }
      svg { width: ${RANGE_W}px; }
      .dot { fill: var(--atlas-accent); stroke: #fff; }
      .track { stroke: #9ca3af; stroke-width: 2; }
      .tick { stroke: var(--atlas-ink); stroke-width: 2; }
      label { display: flex; flex-direction: column; gap: 0.15em; font-size: 0.9em; margin-bottom: 0.5em; }
    `,
  ];

  override render() {
    const p = this.profile;
    if (!p) return nothing;
    const hasParent = p.parent !== null;
    return html`
      <section aria-labelledby="profile-title" data-testid="profile">
        <h2 id="profile-title">${t.profileTitle(p.area.name)}</h2>
        <label>${t.profileArea}
          <select name="profile" @change=${(e: Event) => emit(this, 'state-change', { profile: (e.target as HTMLSelectElement).value })}>
            ${this.areas.map((a) => html`<option value=${a.id} ?selected=${a.id === p.area.id}>${a.name}</option>`)}
          </select>
        </label>
        <p class="muted">${t.rangeNote}</p>
        ${p.groups.map(
          (g) => html`<table>
            <caption>${g.topic}</caption>
            <thead><tr>
              <th scope="col" class="start">${t.profileHead.indicator}</th><th scope="col">${t.profileHead.value}</th><th scope="col">${t.profileHead.kreis}</th>
              ${hasParent ? html`<th scope="col">${t.profileHead.parent}</th>` : nothing}
              <th scope="col">${t.profileHead.rank}</th><th scope="col">${t.profileHead.range}</th><th scope="col">${t.profileHead.trend}</th>
            </tr></thead>
            <tbody>${g.rows.map((r) => this.#row(r, hasParent))}</tbody>
          </table>`,
        )}
      </section>
    `;
  }

  #row(r: ProfileRow, hasParent: boolean) {
    const ind = r.indicator;
    return html`<tr data-indicator=${ind.id}>
      <th scope="row">${ind.label}<span class="muted unit">${[ind.unit, r.year].filter((x) => x !== null && x !== '').join(', ')}</span>${r.sample ? html` <span class="sample">${appTexts.sample}</span>` : nothing}</th>
      <td data-testid="profile-value">${formatCell(r.cell, { ...ind, unit: '' })}${r.interval ? interval(r.interval, ind.decimals) : nothing}</td>
      <td>${r.kreis === null ? '–' : formatNumber(r.kreis, ind.decimals)}</td>
      ${hasParent ? html`<td>${r.parent ? formatCell(r.parent, { ...ind, unit: '' }) : '–'}</td>` : nothing}
      <td>${r.rank === null ? '–' : html`${r.rank}<span class="muted">/${r.of}</span>`}</td>
      <td class="range">${range(r)}</td>
      <td>${trend(r)}</td>
    </tr>`;
  }
}
customElements.define('atlas-profile', AtlasProfile);

/** "95-%-KI 10,1–15,0" beneath the value, "unsicher (kleine Basis)" and the comparison with the Kreis. */
function interval(i: NonNullable<ProfileRow['interval']>, decimals: number) {
  // One short line each: the cell stays as narrow as its number (td does not wrap).
  const words = [i.unsure ? intervalTexts.unsure : null, i.judgement === 'not-assessable' ? null : intervalTexts.judgement(i.judgement)].filter((w) => w !== null);
  return html`<span class="muted unit" data-testid="profile-interval">${formatNumber(i.lower, decimals)}–${formatNumber(i.upper, decimals)}</span>${words.map((w) => html`<span class="muted unit">${w}</span>`)}`;
}

function range(r: ProfileRow) {
  if (!r.range) return nothing;
  const [lo, hi] = r.range;
  const at = (v: number) => 6 + ((RANGE_W - 12) * (hi === lo ? 0.5 : (v - lo) / (hi - lo)));
  const value = r.cell.kind === 'value' ? r.cell.value : null;
  const fmt = (v: number) => formatValue(v, r.indicator);
  return svg`<svg viewBox="0 0 ${RANGE_W} 16" height="16" role="img" aria-label=${t.rangeLabel(fmt(lo), fmt(hi), value === null ? appTexts.noData : fmt(value))}>
    <line class="track" x1="6" x2=${RANGE_W - 6} y1="8" y2="8"></line>
    ${r.kreis !== null && r.kreis >= lo && r.kreis <= hi ? svg`<line class="tick" x1=${at(r.kreis)} x2=${at(r.kreis)} y1="2" y2="14"></line>` : nothing}
    ${value !== null ? svg`<circle class="dot" cx=${at(value)} cy="8" r="5"></circle>` : nothing}
  </svg>`;
}

function trend(r: ProfileRow) {
  if (!r.trend) return '';
  const shown = Math.round(Math.abs(r.trend.change) * 10 ** r.indicator.decimals);
  const arrow = shown === 0 ? '→' : r.trend.change > 0 ? '↑' : '↓';
  return html`<span aria-hidden="true">${t.trend(arrow, formatSignedNumber(r.trend.change, r.indicator.decimals), r.trend.fromYear)}</span
    ><span class="visually-hidden">${t.trendWords[arrow]}: ${t.since(formatSignedNumber(r.trend.change, r.indicator.decimals), r.trend.fromYear)}</span>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-profile': AtlasProfile;
  }
}
