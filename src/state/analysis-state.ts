// The analysis views in the URL: which one the pane beside the map shows, and the Sozialindex'
// whole recipe, so that a link reopens the same index. German words, as the other keys.
import type { IndexComponent, IndexRecipe, NeedDirection, Standardisation } from '../domain/social-index';

/** scatter: Streudiagramm; ranking: Rangfolge; funnel: Trichterdiagramm; profile: Gebietsprofil; index: Sozialindex (its recipe) */
export type AnalysisView = 'scatter' | 'ranking' | 'funnel' | 'profile' | 'index';

/** Weights a recipe may carry: small whole or half numbers, as a planner types them. */
export const MAX_WEIGHT = 10;
export const MAX_COMPONENTS = 8;

const STANDARDISATION_WORDS: Record<Standardisation, string> = { z: 'z', rank: 'rang' };
const DIRECTION_WORDS: Record<NeedDirection, string> = { higher: 'hoch', lower: 'niedrig' };
// Maps, not object literals: a link's word such as "constructor" must not find Object.prototype's.
const STANDARDISATIONS = new Map<string, Standardisation>([['z', 'z'], ['rang', 'rank']]);
const DIRECTIONS = new Map<string, NeedDirection>([['hoch', 'higher'], ['niedrig', 'lower']]);

/**
 * `rang_kinderarmut*2*hoch_einkuenfte-je-steuerpflichtigen*1*niedrig`: the standardisation, then
 * per indicator its id, weight and the direction of need. Only characters a URL keeps as they are
 * (letters, digits, - . _ *), so a link stays readable; ids never hold `_` or `*`.
 */
export function recipeToText(recipe: IndexRecipe): string {
  return [STANDARDISATION_WORDS[recipe.standardisation], ...recipe.components.map((c) => `${c.indicator}*${c.weight}*${DIRECTION_WORDS[c.direction]}`)].join('_');
}

/** Null for a text that is no recipe; a malformed or repeated component is dropped (and reported by corrections). */
export function recipeFromText(text: string | null): IndexRecipe | null {
  const [method, ...parts] = (text ?? '').split('_');
  const standardisation = STANDARDISATIONS.get(method);
  if (!standardisation) return null;
  const components: IndexComponent[] = [];
  for (const part of parts) {
    const [indicator, w, d] = part.split('*');
    const weight = Number(w);
    const direction = DIRECTIONS.get(d);
    if (indicator && direction && weight > 0 && weight <= MAX_WEIGHT && !components.some((c) => c.indicator === indicator)) components.push({ indicator, weight, direction });
  }
  return { standardisation, components: components.slice(0, MAX_COMPONENTS) };
}

export function viewFromHash(p: URLSearchParams): AnalysisView | null {
  return p.get('streuung') ? 'scatter' : p.get('rangfolge') === '1' ? 'ranking' : p.get('trichter') === '1' ? 'funnel' : p.get('profil') ? 'profile' : p.get('index') ? 'index' : null;
}
