// The look of places: schools by school form (the shape) and Schulsozialindex (the colour, a
// sequential ramp 1–9 after ColorBrewer RdPu, grey without an index), Startchancen schools marked
// with an "S" on the symbol; hospitals; own places by category (shape and colour both from the
// category's order). Each layer's key explains exactly what is drawn, with counts.
import type { Place } from '../domain/place';
import { HALO, INK, type PointFeature, type PointKeyGroup, type PointLayerStyle, type PointSymbol } from './points';
import type { PointShape } from './point-shapes';
import { NO_CATEGORY, PLACE_LAYER_NAME, SCHOOL_FORM_NAME, placeTexts } from '../messages/places';
import { defaultLocale } from '../messages/default-locale';

const WHITE = '#ffffff';
/** Sozialindex 1 … 9; index 1 is light enough for the ink label, from 5 on white labels read better. */
export const SOCIAL_INDEX_FILL = ['#fde0dd', '#fcc5c0', '#fa9fb5', '#f768a1', '#dd3497', '#ae017e', '#7a0177', '#5c0072', '#49006a'];
export const NO_INDEX_FILL = '#9a9a9a';
const labelOn = (index: number | null) => (index !== null && index >= 5 ? WHITE : INK);

/** One shape per school form (shapes of about equal area): the form never rests on colour, which tells the index. */
const SCHOOL_SHAPE: Record<string, { shape: PointShape; r: number }> = {
  grundschule: { shape: 'circle', r: 5.5 },
  'haupt-realschule': { shape: 'diamond', r: 5.5 },
  'gesamt-sekundarschule': { shape: 'square', r: 5 },
  gymnasium: { shape: 'triangle', r: 5 },
  foerderschule: { shape: 'hexagon', r: 5.5 },
  berufskolleg: { shape: 'triangle-down', r: 5 },
  waldorfschule: { shape: 'pentagon', r: 5.5 },
};
const INDEXES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** A school's category on the map: its form and its index, e.g. `grundschule.3` (`.0`: none). */
export const schoolCategory = (form: string, index: number | null) => `${form}.${index ?? 0}`;
/** The form of a drawn category (the deep link's category of reach). */
export const formOf = (category: string) => category.replace(/\.\d$/, '');

const BASE_STYLE = { halo: HALO, selectedWidth: 2.5, clusterRadius: 7, labelSize: 8, get clusterText() { return placeTexts.cluster; }, get listTitle() { return placeTexts.list; } } as const;
const cluster: PointSymbol = { get name() { return placeTexts.cluster(2); }, shape: 'circle', fill: INK, r: 8, labelColour: WHITE };

function schoolStyle(): PointLayerStyle {
  const symbols: Record<string, PointSymbol> = {};
  for (const [form, { shape, r }] of Object.entries(SCHOOL_SHAPE)) {
    for (const index of [null, ...INDEXES]) {
      const fill = index === null ? NO_INDEX_FILL : SOCIAL_INDEX_FILL[index - 1];
      symbols[schoolCategory(form, index)] = { name: placeTexts.schoolSymbol(SCHOOL_FORM_NAME[form], index), shape, fill, r, labelColour: labelOn(index) };
    }
  }
  const neutral = (shape: PointShape, r: number, name: string): PointSymbol => ({ name, shape, fill: WHITE, r, labelColour: INK });
  const forms = Object.keys(SCHOOL_SHAPE);
  const key: PointKeyGroup[] = [
    {
      title: placeTexts.schoolForms,
      entries: forms.map((form) => ({
        name: SCHOOL_FORM_NAME[form],
        symbol: neutral(SCHOOL_SHAPE[form].shape, SCHOOL_SHAPE[form].r, SCHOOL_FORM_NAME[form]),
        categories: [null, ...INDEXES].map((i) => schoolCategory(form, i)),
      })),
    },
    {
      title: placeTexts.socialIndex,
      entries: [...INDEXES.map((i) => ({
        name: placeTexts.indexClass(i),
        symbol: { name: placeTexts.indexClass(i), shape: 'circle' as const, fill: SOCIAL_INDEX_FILL[i - 1], r: 5, labelColour: labelOn(i) },
        categories: forms.map((f) => schoolCategory(f, i)),
      })), {
        name: placeTexts.noIndex,
        symbol: { name: placeTexts.noIndex, shape: 'circle' as const, fill: NO_INDEX_FILL, r: 5, labelColour: INK },
        categories: forms.map((f) => schoolCategory(f, null)),
      }],
    },
    {
      title: '',
      entries: [{ name: placeTexts.startchancen, symbol: { ...neutral('circle', 5.5, placeTexts.startchancen) }, label: placeTexts.startchancenMark }],
    },
  ];
  return { ...BASE_STYLE, symbols, fallback: symbols[schoolCategory('grundschule', null)], cluster, title: PLACE_LAYER_NAME.schulen, source: placeTexts.source.schulen, key };
}

const HOSPITAL: PointSymbol = { get name() { return placeTexts.hospital; }, shape: 'square', fill: '#1f5fa8', r: 6, labelColour: WHITE };
function hospitalStyle(): PointLayerStyle {
  return {
    ...BASE_STYLE,
    symbols: { krankenhaus: HOSPITAL },
    fallback: HOSPITAL,
    cluster,
    title: PLACE_LAYER_NAME.kliniken,
    source: placeTexts.source.kliniken,
    key: [{ title: '', entries: [{ name: placeTexts.hospital, symbol: HOSPITAL, categories: ['krankenhaus'] }] }],
  };
}

/** Own categories in the order first met: shape and colour both change, so colour is never alone. */
const OWN_SHAPES: PointShape[] = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'pentagon', 'triangle-down'];
/** ColorBrewer Dark2 (8), dark enough for white labels */
const OWN_FILLS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];
function ownStyle(categories: readonly string[]): PointLayerStyle {
  const symbols: Record<string, PointSymbol> = {};
  categories.forEach((c, i) => {
    symbols[c] = { name: c, shape: OWN_SHAPES[i % OWN_SHAPES.length], fill: c === NO_CATEGORY ? '#4b5563' : OWN_FILLS[i % OWN_FILLS.length], r: 6, labelColour: WHITE };
  });
  const fallback: PointSymbol = { name: placeTexts.place, shape: 'circle', fill: '#4b5563', r: 6, labelColour: WHITE };
  return {
    ...BASE_STYLE,
    symbols,
    fallback,
    cluster,
    title: PLACE_LAYER_NAME['eigene-standorte'],
    key: [{ title: '', entries: categories.map((c) => ({ name: c, symbol: symbols[c], categories: [c] })) }],
  };
}

export interface PlaceLayerDrawing {
  features: PointFeature[];
  style: PointLayerStyle;
}

/** The attributes as the hover and list show them: known names in the language in use, values too where `known` (a built-in layer's). */
const attributeText = (attributes: readonly [string, string][], known: boolean) =>
  attributes.map(([k, v]): [string, string] => [placeTexts.attribute[k] ?? k, known ? shownValue(k, v) : v]);

/** The sources write days as dd/mm/yyyy (GISCO's ref_date: 08/03/2020, published 16/04/2020). */
const DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
/** A built-in layer's value in the language in use (the day in the locale's long form: no day/month doubt); an unknown value as written. */
export function shownValue(key: string, value: string): string {
  const [, d, m, y] = (key === 'stichtag' && DAY.exec(value)) || [];
  if (d) return defaultLocale.date(new Date(Number(y), Number(m) - 1, Number(d)), 'long');
  return placeTexts.value[key]?.[value] ?? value;
}

/** A layer's places as point features with their style. */
export function drawPlaces(layer: string, places: readonly Place[]): PlaceLayerDrawing {
  if (layer === 'schulen') {
    const features = places.map((p): PointFeature => {
      const get = (k: string) => p.attributes.find(([h]) => h === k)?.[1] ?? '';
      const index = Number(get('sozialindex')) || null;
      const startchancen = get('startchancen') === 'ja';
      return { id: p.id, lngLat: p.lngLat, category: schoolCategory(p.category, index), text: placeTexts.text(p.name, p.address, attributeText(p.attributes, true)), ...(startchancen ? { label: placeTexts.startchancenMark } : {}) };
    });
    return { features, style: schoolStyle() };
  }
  const features = places.map((p): PointFeature => ({ id: p.id, lngLat: p.lngLat, category: p.category, text: placeTexts.text(p.name, p.address, attributeText(p.attributes, layer === 'kliniken')) }));
  if (layer === 'kliniken') return { features, style: hospitalStyle() };
  return { features, style: ownStyle([...new Set(places.map((p) => p.category))]) };
}

/** The categories of a layer a person picks from (reach): slug -> name. */
export function categoriesOf(layer: string, places: readonly Place[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of places) names.set(p.category, layer === 'schulen' ? (SCHOOL_FORM_NAME[p.category] ?? p.category) : layer === 'kliniken' ? placeTexts.hospital : p.category);
  return names;
}
