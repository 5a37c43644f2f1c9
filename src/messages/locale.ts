// A locale as one object, as d3-format's formatLocale(definition) makes one: the definition
// (separators, the texts of absence and symbols, date styles, the Intl tag for collation) comes
// in, formatters and the name order go out. German is the one definition today
// (src/messages/de/format.ts); another language is one more definition file beside it, plus its
// text tables. Code that formats takes a Locale (or one of its functions) as a parameter;
// default-locale.ts holds the German one for the places that have not been handed one.
import { formatLocale, type FormatDefinition, type NumberFormat } from '../domain/format';

export type DateStyle = 'numeric' | 'long';

export interface LocaleDefinition extends FormatDefinition {
  /** how a date is written in each style: "07.12.2026", "7. Dezember 2026" */
  dates: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>>;
}

export interface Locale extends NumberFormat {
  /** BCP 47 tag, for Intl, PDF metadata and the document's lang */
  readonly code: string;
  /** as many decimals as the number has, at most three, as toLocaleString writes it: "1.000", "0,5" */
  auto(x: number): string;
  date(date: Date, style: DateStyle): string;
  /** alphabetical order of names in this language (one Intl.Collator, made when first asked) */
  compare(a: string, b: string): number;
}

export function createLocale(definition: LocaleDefinition): Locale {
  const format = formatLocale(definition);
  // Made when first asked: the first collator or date format of a page loads ICU data.
  let collator: Intl.Collator | undefined;
  const dates = new Map<DateStyle, Intl.DateTimeFormat>();
  return {
    ...format,
    code: definition.code,
    auto: (x) => format.number(x, Math.min(3, (String(x).split('.')[1] ?? '').length)),
    date(date, style) {
      let f = dates.get(style);
      if (!f) dates.set(style, (f = new Intl.DateTimeFormat(definition.code, definition.dates[style])));
      return f.format(date);
    },
    compare: (a, b) => (collator ??= new Intl.Collator(definition.code)).compare(a, b),
  };
}
