// Point marks drawn larger (presentation mode on a beamer), apart from points.ts: only the lazily
// loaded contributions use it, and points.ts is in the start chunk.
import type { PointLayerStyle, PointSymbol } from './points';

/** A style drawn `k` times as large (presentation mode on a beamer): bodies, rings, labels and the cluster radius grow together. */
export function scaledPointStyle(style: PointLayerStyle, k: number): PointLayerStyle {
  if (k === 1) return style;
  const symbol = (s: PointSymbol): PointSymbol => ({ ...s, r: s.r * k });
  return {
    ...style,
    symbols: Object.fromEntries(Object.entries(style.symbols).map(([c, s]) => [c, symbol(s)])),
    fallback: symbol(style.fallback),
    cluster: symbol(style.cluster),
    halo: { ...style.halo, width: style.halo.width * k, lineWidth: style.halo.lineWidth * k },
    selectedWidth: style.selectedWidth * k,
    clusterRadius: style.clusterRadius * k,
    labelSize: style.labelSize * k,
  };
}
