// Problems are codes with parameters; their German texts live in tables by code in src/messages
// (those of the built-in loader in de/problems.ts, those of the import in de/import-problems.ts),
// so that the checks in src/data stay free of wording and an English table can follow beside each.
// The grouping in the problem list and in check:data is by code, never by text.
import type { Problem } from '../domain/types';
import { problemTableTexts } from '../messages/problems';

type Params = Readonly<Record<string, string | number>>;
type Text<P extends Params> = (p: P) => string;

export type TextTable = Readonly<Record<string, Text<never>>>;
export type ParamsOf<T extends TextTable, C extends keyof T> = Parameters<T[C]>[0] extends undefined ? Record<string, never> : Parameters<T[C]>[0];

export interface Where {
  file: string;
  line?: number;
  feature?: number;
  column?: string;
  key?: string;
  severity?: Problem['severity'];
}

/** `problem(code, params, where)` for one table of texts: a located problem with its code, parameters and German text; errors unless said otherwise. */
/** `texts` read at each problem: the language in use at that moment (a swapped language pack reaches it). */
export function problemsOf<T extends TextTable>(texts: () => T) {
  return <C extends keyof T & string>(code: C, params: ParamsOf<T, C>, where: Where): Problem => {
    const text = texts()[code] as unknown as (p: ParamsOf<T, C>) => string;
    const { severity = 'error', ...at } = where;
    const out: Problem = { ...at, severity, code, params: params as Params, message: text(params) };
    for (const k of ['line', 'feature', 'column', 'key'] as const) if (out[k] === undefined || out[k] === '') delete out[k];
    return out;
  };
}

export const problem = problemsOf(() => problemTableTexts);

/** Kinds of problem, in the order first met: one group per code (per text for problems without one). */
export interface ProblemGroup {
  code: string;
  severity: Problem['severity'];
  count: number;
  problems: Problem[];
}

export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const code = `${p.severity}:${p.code ?? p.message}`;
    const group = groups.get(code) ?? { code: p.code ?? 'other', severity: p.severity, count: 0, problems: [] };
    group.count++;
    group.problems.push(p);
    groups.set(code, group);
  }
  // Errors first: they say what is not on the map.
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
