// Context lines drawn under the areas but carrying no figures: the Rhine (public/data/rhein.geojson,
// Natural Earth 1:10m, public domain; see public/data/SOURCE.md). Small (about 1 KB), so it is
// fetched beside the boundaries; a map without it is still a map, so failing to load it is a
// warning, never a load error.
import type { FeatureCollection, LineString } from 'geojson';
import type { Problem } from '../domain/types';
import type { Fetcher } from './atlas-data';
import { dataTexts } from '../messages/data';
import { language } from '../messages/language';

export const RIVERS_FILE = 'rhein.geojson';

export type Rivers = FeatureCollection<LineString, { name: string }>;

export async function loadRivers(base: string, fetcher: Fetcher = fetch): Promise<{ rivers: Rivers; problems: Problem[] }> {
  const none: Rivers = { type: 'FeatureCollection', features: [] };
  try {
    const res = await fetcher(`${base.replace(/\/?$/, '/')}${RIVERS_FILE}`);
    if (!res.ok) return { rivers: none, problems: [{ file: RIVERS_FILE, message: dataTexts.riverHttp(res.status), severity: 'warning' }] };
    const json = JSON.parse(await res.text()) as Rivers;
    const features = (json.features ?? []).filter((f) => f?.geometry?.type === 'LineString' && typeof f.properties?.name === 'string');
    // The river's name in the atlas's language where the file has it (Natural Earth's name_en: "Rhine").
    const named = `name_${language()}`;
    for (const f of features) {
      const own = (f.properties as Record<string, unknown>)[named];
      if (typeof own === 'string' && own) f.properties.name = own;
    }
    return { rivers: { type: 'FeatureCollection', features }, problems: [] };
  } catch (e) {
    return { rivers: none, problems: [{ file: RIVERS_FILE, message: dataTexts.riverUnreadable((e as Error).message), severity: 'warning' }] };
  }
}
