// The analysis part as one lazily loaded chunk: the pane, the bivariate key, the planner of the
// analysis maps and the normalisation of their settings. One dynamic import in the start bundle
// instead of several (each costs it a file name and a preload list).
import type { AtlasModel, Correction } from '../../state/atlas-model';
import { analysedPlan } from '../../state/analysis-plan';
import { analysisCorrections, normaliseAnalysis } from '../../state/analysis-normalise';
import './atlas-analysis';
import './atlas-bivariate-legend';

/**
 * Hands the model its analysis planner and normaliser; for the first link, what it asked of the
 * analysis views and did not get is added to the atlas' notice, as the other corrections are.
 */
export function install(atlas: { _notice: Correction[] }, model: AtlasModel, link: URLSearchParams | null): void {
  model.usePlanner(analysedPlan, normaliseAnalysis);
  const more = link === null ? [] : analysisCorrections(link, model);
  if (more.length) atlas._notice = [...atlas._notice, ...more];
}
