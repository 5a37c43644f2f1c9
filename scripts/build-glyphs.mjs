// Builds the SDF glyph ranges the map's labels use, public/fonts/<fontstack>/{0-255,8192-8447}.pbf, so that
// no font or glyph is ever fetched from another origin.
//
// Glyphs are rasterised by @mapbox/tiny-sdf on a canvas in Debian's Chromium (headless, driven by
// playwright-core; no browser is downloaded) from DejaVu Sans, and written in the protobuf range
// format MapLibre GL JS reads from glyph servers: 24 px glyphs, 3 px buffer, radius 8, cutoff 0.25.
// The font reaches the page through page.route on a made-up origin; every other request is aborted.
//
//   npm run build:glyphs            (needs /usr/share/fonts/truetype/dejavu: apt-get install fonts-dejavu-core)
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const FONT_DIR = process.env.DEJAVU_DIR ?? '/usr/share/fonts/truetype/dejavu';
const FONTS = [
  { stack: 'Atlas Sans Regular', file: `${FONT_DIR}/DejaVuSans.ttf`, weight: '400' },
  { stack: 'Atlas Sans Bold', file: `${FONT_DIR}/DejaVuSans-Bold.ttf`, weight: '700' },
];
// Latin-1 (ASCII plus ä ö ü Ä Ö Ü ß, « », °) must be complete; of General Punctuation
// (– — ‚ ‘ ’ „ “ ” … in names such as "Beispiel-Sozialraum 3 – Siegburg") whatever the font has.
const RANGES = [
  { first: 0, last: 255, complete: true },
  { first: 8192, last: 8447, complete: false },
];
const OUT_DIR = new URL('../public/fonts/', import.meta.url);

// The glyph server format (node-fontnik / sdf-glyph-foundry); MapLibre assumes a 3 px border.
const SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 };
// TinySDF's glyphTop is measured up from the alphabetic baseline; PBF `top` is measured from an
// origin above the em box. MapLibre's own TinySDF path (GlyphManager._createGlyph) converts with
// `top: glyphTop - topAdjustment` (27.5 at 24 px, calibrated against server fonts); PBF metrics are
// integers, so 27.
const TOP_ADJUSTMENT = 27;

const ORIGIN = 'http://glyphs.invalid';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const tinySdfModule = readFileSync(new URL('../node_modules/@mapbox/tiny-sdf/index.js', import.meta.url));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  for (const font of FONTS) {
    const ttf = readFileSync(font.file);
    const info = readTrueType(ttf);
    const dir = new URL(`${encodeURIComponent(font.stack)}/`, OUT_DIR);
    mkdirSync(dir, { recursive: true });
    for (const { first, last, complete } of RANGES) {
      const glyphs = await rasterise(browser, ttf, font.weight, info, first, last, complete);
      const range = `${first}-${last}`;
      const pbf = encodeGlyphs(font.stack, range, glyphs);
      writeFileSync(new URL(`${range}.pbf`, dir), pbf);
      console.log(`${font.stack}/${range}.pbf: ${glyphs.length} glyphs, ${pbf.length} bytes (from ${font.file}, ${info.version})`);
    }
  }
} finally {
  await browser.close();
}

/** Draws every code point of first..last the font maps (control characters excepted) with TinySDF. */
async function rasterise(browser, ttf, weight, info, first, last, complete) {
  const context = await browser.newContext();
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>glyphs</title>' });
      if (url === `${ORIGIN}/tiny-sdf.js`) return route.fulfill({ contentType: 'text/javascript', body: tinySdfModule });
      if (url === `${ORIGIN}/font.ttf`) return route.fulfill({ contentType: 'font/ttf', body: ttf });
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    const codePoints = [];
    for (let id = first; id <= last; id++) {
      // C0/C1 controls and line/paragraph separators: no glyph, as from a glyph server
      if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(String.fromCodePoint(id))) continue;
      if (!complete && !info.glyphOf.has(id)) continue;
      if (!info.glyphOf.has(id)) throw new Error(`font has no glyph for U+${id.toString(16).padStart(4, '0')}`);
      codePoints.push(id);
    }
    const glyphs = await page.evaluate(
      async ({ weight, sdfOptions, codePoints }) => {
        const family = 'Atlas Glyph Source';
        const face = new FontFace(family, 'url(/font.ttf)', { weight });
        document.fonts.add(await face.load());
        const font = `${weight} ${sdfOptions.fontSize}px "${family}"`;
        if (!document.fonts.check(font)) throw new Error(`font not usable: ${font}`);
        const { default: TinySDF } = await import('/tiny-sdf.js');
        const sdf = new TinySDF({ ...sdfOptions, fontFamily: `"${family}"`, fontWeight: weight });
        return codePoints.map((id) => {
          const char = String.fromCodePoint(id);
          const g = sdf.draw(char);
          return {
            id,
            format: /\p{Cf}/u.test(char), // soft hyphen: invisible, as in MapLibre's own TinySDF path
            bitmap: Array.from(g.data),
            width: g.glyphWidth,
            height: g.glyphHeight,
            left: g.glyphLeft,
            top: g.glyphTop,
            advance: g.glyphAdvance,
          };
        });
      },
      { weight, sdfOptions: SDF, codePoints },
    );
    return glyphs.map((g) => {
      // The canvas must have drawn with this font, not a fallback: compare with the font's hmtx.
      const expected = info.advanceOf(g.id) * (SDF.fontSize / info.unitsPerEm);
      if (!g.format && Math.abs(g.advance - expected) > 0.05) {
        throw new Error(`U+${g.id.toString(16)}: canvas advance ${g.advance} != font advance ${expected}`);
      }
      const empty = g.format || g.width === 0 || g.height === 0;
      return {
        id: g.id,
        bitmap: empty ? null : Uint8Array.from(g.bitmap),
        width: empty ? 0 : g.width,
        height: empty ? 0 : g.height,
        left: empty ? 0 : g.left,
        top: empty ? 0 : g.top - TOP_ADJUSTMENT,
        advance: g.format ? 0 : Math.round(g.advance),
      };
    });
  } finally {
    await context.close();
  }
}

// --- TrueType: just enough of cmap, head, hhea, hmtx and name to check coverage and advances.
function readTrueType(buf) {
  const tables = {};
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables[buf.toString('latin1', rec, rec + 4)] = buf.readUInt32BE(rec + 8);
  }
  const unitsPerEm = buf.readUInt16BE(tables.head + 18);
  const numberOfHMetrics = buf.readUInt16BE(tables.hhea + 34);

  // cmap: the Windows Unicode BMP subtable (3, 1), format 4.
  const glyphOf = new Map();
  const cmap = tables.cmap;
  for (let i = 0, n = buf.readUInt16BE(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    if (buf.readUInt16BE(rec) !== 3 || buf.readUInt16BE(rec + 2) !== 1) continue;
    const sub = cmap + buf.readUInt32BE(rec + 4);
    if (buf.readUInt16BE(sub) !== 4) continue;
    const segCount = buf.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segCount * 2 + 2;
    const deltas = starts + segCount * 2;
    const rangeOffsets = deltas + segCount * 2;
    for (let s = 0; s < segCount; s++) {
      const start = buf.readUInt16BE(starts + s * 2);
      const end = buf.readUInt16BE(ends + s * 2);
      const delta = buf.readInt16BE(deltas + s * 2);
      const ro = buf.readUInt16BE(rangeOffsets + s * 2);
      for (let c = start; c <= Math.min(end, RANGES.at(-1).last); c++) {
        let gid = 0;
        if (ro === 0) gid = (c + delta) & 0xffff;
        else {
          const at = rangeOffsets + s * 2 + ro + (c - start) * 2;
          const raw = buf.readUInt16BE(at);
          gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (gid !== 0 && c !== 0xffff) glyphOf.set(c, gid);
      }
    }
    break;
  }
  const advanceOf = (codePoint) => {
    const gid = Math.min(glyphOf.get(codePoint), numberOfHMetrics - 1);
    return buf.readUInt16BE(tables.hmtx + gid * 4);
  };

  // name ID 5 (version string), Windows Unicode record.
  let version = 'unknown version';
  const name = tables.name;
  const strings = name + buf.readUInt16BE(name + 4);
  for (let i = 0, n = buf.readUInt16BE(name + 2); i < n; i++) {
    const rec = name + 6 + i * 12;
    if (buf.readUInt16BE(rec) === 3 && buf.readUInt16BE(rec + 6) === 5) {
      const start = strings + buf.readUInt16BE(rec + 10);
      version = Buffer.from(buf.subarray(start, start + buf.readUInt16BE(rec + 8))).swap16().toString('utf16le');
      break;
    }
  }
  return { unitsPerEm, glyphOf, advanceOf, version };
}

// --- Protobuf, as MapLibre reads it (src/style/parse_glyph_pbf.ts):
// message glyphs { repeated fontstack stacks = 1; }
// message fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
// message glyph { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3;
//   required uint32 height = 4; required sint32 left = 5; required sint32 top = 6; required uint32 advance = 7; }
// bitmap is (width + 6) × (height + 6) bytes; whitespace has none (an empty bytes field would not match).
function encodeGlyphs(name, range, glyphs) {
  const stack = Buffer.concat([
    bytesField(1, Buffer.from(name, 'utf8')),
    bytesField(2, Buffer.from(range, 'utf8')),
    ...glyphs.map((g) => {
      if (g.bitmap && g.bitmap.length !== (g.width + 2 * SDF.buffer) * (g.height + 2 * SDF.buffer)) {
        throw new Error(`U+${g.id.toString(16)}: bitmap size does not match ${g.width}×${g.height}`);
      }
      return bytesField(
        3,
        Buffer.concat([
          varintField(1, g.id),
          ...(g.bitmap ? [bytesField(2, g.bitmap)] : []),
          varintField(3, g.width),
          varintField(4, g.height),
          varintField(5, zigzag(g.left)),
          varintField(6, zigzag(g.top)),
          varintField(7, g.advance),
        ]),
      );
    }),
  ]);
  return bytesField(1, stack);
}

function varintField(number, value) {
  return Buffer.concat([varint((number << 3) | 0), varint(value)]);
}

function bytesField(number, bytes) {
  return Buffer.concat([varint((number << 3) | 2), varint(bytes.length), bytes]);
}

function varint(n) {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`not a uint32: ${n}`);
  const out = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Buffer.from(out);
}

function zigzag(n) {
  return ((n << 1) ^ (n >> 31)) >>> 0;
}
