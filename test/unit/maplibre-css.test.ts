import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from '../../scripts/lib/maplibre-css.mjs';

const css = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const trimmed: string = trimMaplibreCss(css);
const classes = (text: string) => new Set(text.match(/\.maplibregl-[a-z0-9-]+/g));

describe('trimMaplibreCss', () => {
  it('keeps what the atlas map uses: container, canvas, zoom buttons with their icons, scale, compact attribution', () => {
    for (const c of ['.maplibregl-map', '.maplibregl-canvas', '.maplibregl-ctrl-bottom-right', '.maplibregl-ctrl-group', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib-button', '.maplibregl-compact-show', '.maplibregl-boxzoom']) {
      expect(classes(trimmed), c).toContain(c);
    }
    expect(trimmed).toMatch(/\.maplibregl-ctrl-zoom-in \.maplibregl-ctrl-icon\{background-image:url\("data:image\/svg\+xml/);
  });

  it('drops the controls and overlays the atlas never creates, and what is left is whole CSS', () => {
    for (const c of classes(trimmed)) expect(c).not.toMatch(/compass|geolocate|fullscreen|logo|popup|marker|terrain|globe/);
    expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
    expect(trimmed.length).toBeLessThan(css.length / 4);
  });

  it('splits selector lists at their top-level commas only', () => {
    const out = trimMaplibreCss('a,.maplibregl-popup b{x:1}:is(.maplibregl-marker,c){y:2}@media (x){.maplibregl-popup{z:3}}');
    expect(out).toBe('a{x:1}');
  });
});
