// The analysis part of a view made to fit the data (called by atlas-model's normalise): a
// Sozialindex keeps only indicators the level offers, the scatterplot always has a y indicator,
// the profile always an area, and a bivariate map needs the scatterplot and the plain values.
import type { AtlasData } from '../data/atlas-data';
import type { AtlasModel, Correction } from './atlas-model';
import { recipeFromText } from './analysis-state';
import { wordsOf, type AtlasState } from './atlas-state';
import { indicatorsAt } from './level-indicators';

type Analysis = Pick<AtlasState, 'analysis' | 'scatterY' | 'bivariate' | 'profile' | 'index'>;

export function normaliseAnalysis(data: AtlasData, state: AtlasState): Analysis {
  const offered = indicatorsAt(data.catalog, state.level);
  const ids = new Set(offered.map((i) => i.id));
  const index = state.index ? { ...state.index, components: state.index.components.filter((c) => ids.has(c.indicator)) } : null;
  // The pane shows the index' recipe whenever nothing else is open in it: closing the pane ends the index.
  const analysis = state.analysis ?? (index ? 'index' : null);
  const scatterY =
    analysis !== 'scatter' ? null : state.scatterY && ids.has(state.scatterY) ? state.scatterY : (offered.find((i) => i.id !== state.indicator && i.display !== 'circles')?.id ?? null);
  const indexMapped = (index?.components.length ?? 0) > 0;
  const bivariate = state.bivariate && analysis === 'scatter' && scatterY !== null && state.display === 'value' && !indexMapped;
  const known = (id: string | null) => (id && data.areas.some((a) => a.id === id) ? id : null);
  const profile = analysis !== 'profile' ? null : (known(state.profile) ?? known(state.area) ?? data.areas.find((a) => a.level === state.level)?.id ?? null);
  return { analysis, scatterY, bivariate, profile, index };
}

/** What a link asked of the analysis views and did not get (state/atlas-model's corrections, for these keys). */
export function analysisCorrections(link: string | URLSearchParams, { data, state }: Pick<AtlasModel, 'data' | 'state'>): Correction[] {
  const asked = typeof link === 'string' ? wordsOf(link) : link;
  const name = (id: string | null) => (id ? (data.areas.find((a) => a.id === id)?.name ?? id) : null);
  const out: Correction[] = [];
  const y = asked.get('streuung');
  if (y && y !== state.scatterY) out.push({ key: 'streuung', requested: y, shown: indicatorsAt(data.catalog, state.level).find((i) => i.id === state.scatterY)?.label ?? null });
  const profile = asked.get('profil');
  if (profile && profile !== state.profile) out.push({ key: 'profil', requested: profile, shown: name(state.profile) });
  const dropped = recipeFromText(asked.get('index'))?.components.filter((c) => !state.index?.components.some((k) => k.indicator === c.indicator)) ?? [];
  if (dropped.length) out.push({ key: 'index', requested: dropped.map((c) => c.indicator).join(', '), shown: null });
  return out;
}
