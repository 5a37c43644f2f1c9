// The shape an English table must have: its German counterpart's, with every text widened to string.
// German tables written `as const` carry their words as literal types ('Karte wird geladen …'),
// which no English word can be; keys, nesting, tuple lengths and function signatures stay, so the
// compiler still names every key and parameter the English table lacks or adds.
export type TextsOf<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => TextsOf<R>
    : T extends object
      ? { readonly [K in keyof T]: TextsOf<T[K]> }
      : T;
