// The language the atlas speaks: German, or English from `lang="en"` / `?lang=en`. A language is a
// pack (src/messages/<code>/pack.ts: every text table and the number and date formats), loaded
// when first asked and installed into the holders (src/messages/<table>.ts) and the locale in use
// before the atlas draws. German is installed from the start; English is a chunk of its own, so a
// German first map loads none of it.
import { createLocale } from './locale';
import { useLocale } from './default-locale';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const PACKS: Record<Language, () => Promise<{ install(): void; format: Parameters<typeof createLocale>[0] }>> = {
  de: () => import('./de/pack'),
  en: () => import('./en/pack'),
};

let current: Language = 'de';

/** The language in use. */
export const language = (): Language => current;

/** A `lang` attribute or parameter as one of the atlas's languages: "en", "en-GB" → en; anything else → de. */
export function languageOf(value: string | null | undefined): Language {
  return value?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'de';
}

/** Installs `lang`'s texts and formats (loaded once); resolves when every table speaks it. */
export async function useLanguage(lang: Language): Promise<void> {
  if (lang === current) return;
  const pack = await PACKS[lang]();
  pack.install();
  useLocale(createLocale(pack.format));
  current = lang;
}
