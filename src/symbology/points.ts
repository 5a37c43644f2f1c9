// The look of point layers (workshop contributions, places), renderer-neutral: per category a
// shape, a colour, a size and a halo, and the cluster mark. MapLibre, the 2D map and print read
// these and decide nothing of their own. Sizes are CSS px on screen; print scales them to mm.
import { BASE } from './base';
import type { PointShape } from './point-shapes';
import { POINT_CATEGORY_NAME, pointTexts } from '../messages/points';

export type PointCategory = 'bedarf' | 'angebot' | 'idee' | 'frage';
export const POINT_CATEGORIES: readonly PointCategory[] = ['bedarf', 'angebot', 'idee', 'frage'];

/** One point of a layer: where it is, what kind it is, what it says. */
export interface PointFeature {
  id: string;
  /** [lng, lat] in degrees */
  lngLat: [number, number];
  category: string;
  /** what hover and the list show, and what is said when it is chosen */
  text: string;
  /** a short mark drawn on the symbol (a contribution's number); none: the symbol alone */
  label?: string;
}

export interface PointSymbol {
  /** the legend's and the list's name of the category */
  name: string;
  shape: PointShape;
  fill: string;
  /** half-width of the body in px (see shapeOutline) */
  r: number;
  /** colour of a label drawn on the body */
  labelColour: string;
}

/**
 * The ring around every mark: white next to the body, then a thin ink line. One of the two has a
 * contrast of at least 3.8 with any colour under it (white and ink are 14.4 apart, and
 * contrast(white, c) · contrast(c, ink) = 14.4), so a point is seen on every class colour.
 */
export interface PointHalo {
  colour: string;
  width: number;
  line: string;
  lineWidth: number;
}

export interface PointLayerStyle {
  symbols: Readonly<Record<string, PointSymbol>>;
  /** a category the style does not list */
  fallback: PointSymbol;
  /** several points too close to tell apart at the zoom shown: one mark with their count */
  cluster: PointSymbol;
  halo: PointHalo;
  /** a chosen point's ink line is this much thicker (px) */
  selectedWidth: number;
  /** points whose anchors are closer than this (px) form a cluster */
  clusterRadius: number;
  /** type size (px) of labels and counts */
  labelSize: number;
  /** the layer's heading in the legend (places); none: the categories alone (contributions) */
  title?: string;
  /** a legend that explains more than one category per row (places: shape = form, colour = class) */
  key?: readonly PointKeyGroup[];
  /** what a cluster of this layer is called (hover, hint); none: contributions' words */
  clusterText?: (n: number) => string;
  /** where the points come from, with licence (places; written under the key on screen and paper) */
  source?: string;
  /** the heading of the legend's list of the layer's points; none: contributions' words */
  listTitle?: string;
}

/**
 * A group of legend rows: each row a sample mark and a name, counting the layer's features whose
 * category is one of `categories` (all when absent) and, if `label` is given, that carry that label.
 */
export interface PointKeyGroup {
  title: string;
  entries: readonly { name: string; symbol: PointSymbol; categories?: readonly string[]; label?: string }[];
}

export const INK = BASE.ink;
export const HALO: PointHalo = { colour: BASE.white, width: 2, line: INK, lineWidth: 1 };

/**
 * Workshop contributions: Bedarf, Angebot, Idee / Maßnahme, Frage, each its own shape and colour.
 * Colours from ColorBrewer's Set1/Dark2 family, dark enough for white labels; shapes of about the
 * same area (a triangle's inradius is smaller than its look).
 */
export const CONTRIBUTION_STYLE: PointLayerStyle = {
  symbols: {
    bedarf: { get name() { return POINT_CATEGORY_NAME.bedarf; }, shape: 'triangle', fill: '#c2185b', r: 6, labelColour: '#ffffff' },
    angebot: { get name() { return POINT_CATEGORY_NAME.angebot; }, shape: 'square', fill: '#1b7837', r: 7, labelColour: '#ffffff' },
    idee: { get name() { return POINT_CATEGORY_NAME.idee; }, shape: 'diamond', fill: '#5e3c99', r: 7, labelColour: '#ffffff' },
    frage: { get name() { return POINT_CATEGORY_NAME.frage; }, shape: 'circle', fill: '#b35806', r: 7, labelColour: '#ffffff' },
  },
  fallback: { get name() { return pointTexts.point; }, shape: 'circle', fill: '#4b5563', r: 6, labelColour: '#ffffff' },
  cluster: { get name() { return pointTexts.cluster(2); }, shape: 'circle', fill: INK, r: 10, labelColour: '#ffffff' },
  halo: HALO,
  selectedWidth: 2.5,
  clusterRadius: 18,
  labelSize: 11,
};

/** The symbol a feature is drawn with. */
export function symbolOf(style: PointLayerStyle, category: string): PointSymbol {
  return style.symbols[category] ?? style.fallback;
}

/** A layer as the atlas keeps it: for the screen maps, the legend, the list and print. */
export interface PointLayer {
  id: string;
  features: readonly PointFeature[];
  style: PointLayerStyle;
  /** the chosen point of this layer, ringed as on screen (print reads it) */
  selected?: string | null;
}

