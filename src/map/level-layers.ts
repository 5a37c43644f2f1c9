// Which level's layers a loaded MapLibre map shows. A level's areas are never switched off (see
// `shown` in style.ts): their opacity is; only the few label points and the hatching change visibility.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureStates } from './feature-states';
import { hideLevel } from './plan-state';
import { shown, LAYER, LEVEL, LEVELS, type MapLevel } from './style';

export function setVisibility(map: MapLibreMap, layer: string, visible: boolean): void {
  const value = visible ? 'visible' : 'none';
  if (map.getLayoutProperty(layer, 'visibility') !== value) map.setLayoutProperty(layer, 'visibility', value);
}

/** Shows a level's layers and hides the others'. */
export function showLevelLayers(map: MapLibreMap, states: FeatureStates, level: MapLevel): void {
  for (const l of LEVELS) {
    const visible = l === level;
    const { fill, borders, circles, labels } = LEVEL[l];
    map.setPaintProperty(fill, 'fill-opacity', shown(visible));
    map.setPaintProperty(borders, 'line-opacity', shown(visible));
    // The label points (labels, circles) are few and re-tiled at once; with the circles laid out
    // while hidden, MapLibre read past a re-tiled label tile's features after new Sozialräume came
    // in ("feature index out of bounds").
    if (circles) setVisibility(map, circles, visible);
    setVisibility(map, labels, visible);
    if (!visible) hideLevel(states, l);
  }
  map.setPaintProperty(LAYER.gemeindeOutline, 'line-opacity', shown(level !== 'gemeinde'));
}
