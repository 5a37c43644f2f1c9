// Builds the SDF glyph ranges the map's labels use (public/fonts/<stack>/0-255.pbf), so that
// no font or glyph is ever fetched from another origin. Glyphs are rasterised by
// @mapbox/tiny-sdf in Debian's Chromium (it needs a real canvas) from DejaVu Sans, and written
// in the protobuf format MapLibre reads (the format of glyph servers: 24 px, 3 px buffer).
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../test/e2e/harness.mjs';

const FONTS = [
  { stack: 'Atlas Sans Regular', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', weight: 'normal' },
  { stack: 'Atlas Sans Bold', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', weight: 'bold' },
];
const RANGE = [0, 255]; // Latin-1: German umlauts, ß, typographic quotes are in 0x80–0xFF / handled below
// MapLibre's own local-glyph path uses the same offset to put TinySDF metrics on the PBF baseline.
const TOP_ADJUSTMENT = 27;

const tinySdfSource = readFileSync(new URL('../node_modules/@mapbox/tiny-sdf/index.js', import.meta.url), 'utf8').replace(
  'export default class TinySDF',
  'class TinySDF',
);

const browser = await launchBrowser();
try {
  for (const font of FONTS) {
    const page = await browser.newPage();
    const ttf = readFileSync(font.file).toString('base64');
    const glyphs = await page.evaluate(
      async ({ ttf, weight, source, range }) => {
        const face = new FontFace('AtlasGlyphSource', `url(data:font/ttf;base64,${ttf})`, { weight });
        document.fonts.add(await face.load());
        const TinySDF = new Function(`${source}; return TinySDF;`)();
        const sdf = new TinySDF({ fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25, fontFamily: 'AtlasGlyphSource', fontWeight: weight });
        const out = [];
        for (let id = range[0]; id <= range[1]; id++) {
          const g = sdf.draw(String.fromCharCode(id));
          out.push({ id, bitmap: Array.from(g.data), width: g.glyphWidth, height: g.glyphHeight, left: g.glyphLeft, top: g.glyphTop, advance: g.glyphAdvance });
        }
        return out;
      },
      { ttf, weight: font.weight, source: tinySdfSource, range: RANGE },
    );
    await page.close();
    const dir = new URL(`../public/fonts/${font.stack}/`, import.meta.url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL(`${RANGE[0]}-${RANGE[1]}.pbf`, dir), encodeGlyphs(font.stack, `${RANGE[0]}-${RANGE[1]}`, glyphs));
    console.log(`${font.stack}: ${glyphs.length} glyphs`);
  }
} finally {
  await browser.close();
}

// --- protobuf: message glyphs { repeated fontstack stacks = 1; }
// fontstack { string name = 1; string range = 2; repeated glyph glyphs = 3; }
// glyph { uint32 id = 1; bytes bitmap = 2; uint32 width = 3; uint32 height = 4; sint32 left = 5; sint32 top = 6; uint32 advance = 7; }
function encodeGlyphs(name, range, glyphs) {
  const stack = [
    field(1, 2, Buffer.from(name)),
    field(2, 2, Buffer.from(range)),
    ...glyphs.map((g) => {
      const empty = g.width === 0 || g.height === 0;
      return field(
        3,
        2,
        Buffer.concat([
          field(1, 0, g.id),
          ...(empty ? [] : [field(2, 2, Buffer.from(g.bitmap))]),
          field(3, 0, empty ? 0 : g.width),
          field(4, 0, empty ? 0 : g.height),
          field(5, 0, zigzag(g.left)),
          field(6, 0, zigzag(g.top - TOP_ADJUSTMENT)),
          field(7, 0, Math.round(g.advance)),
        ]),
      );
    }),
  ];
  return field(1, 2, Buffer.concat(stack));
}

function field(number, wireType, value) {
  const key = varint((number << 3) | wireType);
  if (wireType === 0) return Buffer.concat([key, varint(value)]);
  return Buffer.concat([key, varint(value.length), value]);
}

function varint(n) {
  const bytes = [];
  let v = n >>> 0;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

function zigzag(n) {
  return ((n << 1) ^ (n >> 31)) >>> 0;
}
