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
/** the atlases on the page and the language they speak: the texts are the document's, one language for all */
const speakers = new Set<object>();
let spoken: Language | null = null;

/**
 * `atlas` asks to speak `lang` on this page: yes (and claimed until `leave`) unless other atlases
 * speak another language, whose texts would change under them.
 */
export function claim(atlas: object, lang: Language): boolean {
  if (spoken !== null && spoken !== lang && [...speakers].some((a) => a !== atlas)) return false;
  speakers.add(atlas);
  spoken = lang;
  return true;
}

export function leave(atlas: object): void {
  speakers.delete(atlas);
  if (!speakers.size) spoken = null;
}

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
