// Writes src/map/maplibre-subset.css: the rules of maplibre-gl.css that the atlas uses (map,
// canvas, the zoom buttons, the compact attribution, the scale bar; both renderers draw these
// controls), without those of the controls it never adds (compass, geolocate, fullscreen, globe,
// terrain, logo, popups, markers), whose inlined SVG icons were most of the 10 KB gzip the shell
// carried in its start bundle. Run after a maplibre-gl upgrade: node scripts/maplibre-css-subset.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const SOURCE = 'node_modules/maplibre-gl/dist/maplibre-gl.css';
const OUT = 'src/map/maplibre-subset.css';
const UNUSED = /geolocate|fullscreen|shrink|compass|terrain|globe|logo|popup|marker|user-location|cooperative|touch-pan-blocker|crosshair|ctrl-top-|attrib-empty|track-pointer|touch-zoom-blocker/;

/** Top-level blocks of a stylesheet (a rule or an at-rule with its body). */
function blocks(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return out;
}

export function subset(css) {
  return blocks(css.replace(/\/\*[\s\S]*?\*\//g, ''))
    .flatMap((block) => {
      const head = block.slice(0, block.indexOf('{'));
      if (head.startsWith('@keyframes')) return [];
      if (head.startsWith('@')) {
        const inner = subset(block.slice(block.indexOf('{') + 1, -1));
        return inner ? [`${head}{${inner}}`] : [];
      }
      // A rule listing several selectors keeps those still in use.
      const selectors = head.split(',').filter((s) => !UNUSED.test(s));
      return selectors.length ? [`${selectors.join(',')}${block.slice(block.indexOf('{'))}`] : [];
    })
    .join('');
}

if (process.argv[1]?.endsWith('maplibre-css-subset.mjs')) {
  const version = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')).version;
  writeFileSync(OUT, `/* maplibre-gl ${version} dist/maplibre-gl.css (BSD-3-Clause), rules of unused controls removed by scripts/maplibre-css-subset.mjs */\n${subset(readFileSync(SOURCE, 'utf8'))}\n`);
}
