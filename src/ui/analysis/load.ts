// The analysis part as one lazily loaded chunk: the pane, the bivariate key and the planner of the
// analysis maps. One dynamic import in the start bundle instead of three (each costs the start
// bundle its file name and preload list).
import './atlas-analysis';
import './atlas-bivariate-legend';

export { analysedPlan } from '../../state/analysis-plan';
export { analysisCorrections, normaliseAnalysis } from '../../state/analysis-normalise';
