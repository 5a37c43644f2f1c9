// MapLibre's stylesheet without the rules of controls and overlays the atlas never creates.
// The stylesheet is inlined into the start bundle (the map lives in a shadow root), and two
// thirds of its 70 KB are the SVG icons of the compass, geolocation, fullscreen, globe, terrain
// and logo controls, popups and markers, in a light and a dark variant each.

/** Selectors of what the atlas does not use: a rule keeps only its other selectors. */
export const UNUSED = /maplibregl-(ctrl-(compass|geolocate|fullscreen|shrink|terrain|globe|logo)|popup|marker|user-location|cooperative|mobile-message|desktop-message|pseudo-fullscreen)|maplibregl-map:fullscreen/;

/** Splits CSS into top-level blocks ("selector{…}" or "@media …{…}"), respecting nesting and strings. */
function blocks(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  let quote = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '/' && css[i + 1] === '*') i = css.indexOf('*/', i + 2) + 1 || css.length;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Commas at the top level of a selector list (not inside :is(…) or attribute brackets). */
function selectors(list) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

export function trimMaplibreCss(css, unused = UNUSED) {
  const kept = [];
  for (const block of blocks(css)) {
    const open = block.indexOf('{');
    if (open < 0) {
      kept.push(block);
      continue;
    }
    const head = block.slice(0, open).trim();
    const body = block.slice(open + 1, -1);
    if (head.startsWith('@keyframes')) {
      if (!unused.test(head)) kept.push(block);
    } else if (head.startsWith('@')) {
      const inner = trimMaplibreCss(body, unused);
      if (inner) kept.push(`${head}{${inner}}`);
    } else {
      const left = selectors(head).filter((s) => !unused.test(s));
      if (left.length) kept.push(`${left.join(',')}{${body}}`);
    }
  }
  return kept.join('');
}

/** Vite plugin: trims maplibre-gl.css wherever it is imported (also with ?inline). */
export function maplibreCss() {
  return {
    name: 'atlas-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/.test(id)) return null;
      return { code: trimMaplibreCss(code), map: null };
    },
  };
}
