// The analysis views in the URL: which one the pane beside the map shows, and the Sozialindex'
// whole recipe, so that a link reopens the same index. German words, as the other keys.
import type { IndexComponent, IndexRecipe, NeedDirection, Standardisation } from '../domain/social-index';

/** scatter: Streudiagramm; ranking: Rangfolge; profile: Gebietsprofil; index: Sozialindex (its recipe) */
export type AnalysisView = 'scatter' | 'ranking' | 'profile' | 'index';
export const ANALYSIS_VIEWS: readonly AnalysisView[] = ['scatter', 'ranking', 'profile', 'index'];

/** Weights a recipe may carry: small whole or half numbers, as a planner types them. */
export const MAX_WEIGHT = 10;
export const MAX_COMPONENTS = 8;

const STANDARDISATION_WORDS: Record<Standardisation, string> = { z: 'z', rank: 'rang' };
const DIRECTION_WORDS: Record<NeedDirection, string> = { higher: 'hoch', lower: 'niedrig' };

/**
 * `rang_kinderarmut*2*hoch_einkuenfte-je-steuerpflichtigen*1*niedrig`: the standardisation, then
 * per indicator its id, weight and the direction of need. Only characters a URL keeps as they are
 * (letters, digits, - . _ *), so a link stays readable; ids never hold `_` or `*`.
 */
export function recipeToText(recipe: IndexRecipe): string {
  return [STANDARDISATION_WORDS[recipe.standardisation], ...recipe.components.map((c) => `${c.indicator}*${c.weight}*${DIRECTION_WORDS[c.direction]}`)].join('_');
}

/** Null for a text that is no recipe; unknown parts of a component drop that component (reported later). */
export function recipeFromText(text: string | null): IndexRecipe | null {
  if (!text) return null;
  const [method, ...parts] = text.split('_');
  const standardisation = (Object.keys(STANDARDISATION_WORDS) as Standardisation[]).find((k) => STANDARDISATION_WORDS[k] === method);
  if (!standardisation) return null;
  const components: IndexComponent[] = [];
  for (const part of parts) {
    const [indicator, w, d] = part.split('*');
    const weight = Number(w);
    const direction = (Object.keys(DIRECTION_WORDS) as NeedDirection[]).find((k) => DIRECTION_WORDS[k] === d);
    if (!indicator || !direction || !Number.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT) continue;
    if (components.some((c) => c.indicator === indicator)) continue;
    components.push({ indicator, weight, direction });
  }
  return { standardisation, components: components.slice(0, MAX_COMPONENTS) };
}

export function viewFromHash(p: URLSearchParams): AnalysisView | null {
  if (p.get('streuung')) return 'scatter';
  if (p.get('rangfolge') === '1') return 'ranking';
  if (p.get('profil')) return 'profile';
  if (recipeFromText(p.get('index'))) return 'index';
  return null;
}
