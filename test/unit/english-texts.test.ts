// The English tables (src/messages/en/) against the German ones (src/messages/de/): every German
// module has an English one with the same exports (de → en in the name), every table the same keys,
// and no English text, nor what an English function writes, looks German. The functions are called
// with arguments made from their parameter types (read from the German module with the compiler),
// so a text added later, in German only or with a new parameter, is tested without a line here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { looksGerman } from './german-words';

const MESSAGES = join(__dirname, '../../src/messages');
const GERMAN_DIR = join(MESSAGES, 'de');

/** German words an English text may carry: proper names and what the files themselves contain. */
const KEPT_GERMAN: ReadonlyArray<{ text: string; reason: string }> = [
  { text: 'Rhein-Sieg-Kreis', reason: 'the district’s name' },
  { text: 'schlüssel', reason: 'a key column header the import recognises, quoted as it is written' },
  { text: 'Deutsch', reason: 'the language switch and the share dialog name German in German, as language menus do' },
];

/**
 * Words of the German tables an English text may write too, by reason: looksGerman misses German
 * words it does not know ("Speichern", "Abbrechen"), so every English word is also looked up among
 * the words the German tables write; only these may be in both.
 */
const SHARED = new Set(
  [
    // names: places, offices, products, data sets, programmes, methods and the German school types
    'Troisdorf NRW GENESIS Regionalstatistik MSB OpenStreetMap ODbL Eurostat GISCO EUPL healthcare services',
    'Made Natural Earth PDFKit Excel Windows Latin Startchancen Gymnasium Realschule Sekundarschule Berufskolleg Hauptschule Gesamtschule',
    'Wilson Byar Poisson Jenks ckmeans',
    // the language switch names each language in itself
    'English',
    // formats, standards and keys
    'CSV csv JSON json GeoJSON geojson TopoJSON topojson FeatureCollection Topology Polygon MultiPolygon ZIP zip shp shx dbf prj',
    'xlsx txt UTF ISO UTM WGS EPSG ETRS HTTP PDF PNG iframe AGS ARS Esc digit numeric long html',
    // field names and values as written in the files the atlas reads
    'jahr kategorie bedarf angebot idee frage ags ars gemeinde schluessel gebiet sozialraum parent formula numerator',
    'factor sample true false wilson byar none reason tables features objects type name base grid interval denominator',
    'nrw bund lat lon easting northing rechtswert hochwert adresse table series kreis',
    // words both languages write
    'Details Orange Pink Format Export Link Workshop Text Organisation Definition Code Index Live optional Absolute robust',
    'positive negative bivariate Bivariate log with was also fallen null undefined',
  ].flatMap((line) => line.split(' ')),
);

/** The strings the samples pass in, which both tables echo. */
const SAMPLE_WORDS = ['Siegburg'];

const germanModules = import.meta.glob<Record<string, unknown>>('../../src/messages/de/*.ts', { eager: true });
const englishModules = import.meta.glob<Record<string, unknown>>('../../src/messages/en/*.ts', { eager: true });

/** The English name of a German export: de → en, deMap → enMap, tableTextsDe → tableTextsEn; others stay. */
function englishName(name: string): string {
  return name.replace(/^de(?=[A-Z]|$)/, 'en').replace(/De$/, 'En');
}

// ---- arguments from parameter types -------------------------------------------------------------

const program = ts.createProgram(
  readdirSync(GERMAN_DIR).map((f) => join(GERMAN_DIR, f)),
  { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, noEmit: true, types: [] },
);
const checker = program.getTypeChecker();

/** A few values of a type, chosen to take each branch a text has: one and many, empty and not, each literal. */
function samples(type: ts.Type, depth = 0): unknown[] {
  if (depth > 4) return [undefined];
  if (type.isUnion()) return [...new Set(type.types.flatMap((t) => samples(t, depth + 1)))];
  if (type.isStringLiteral() || type.isNumberLiteral()) return [type.value];
  const flags = type.flags;
  if (flags & ts.TypeFlags.BooleanLiteral) return [checker.typeToString(type) === 'true'];
  if (flags & ts.TypeFlags.Boolean) return [true, false];
  if (flags & ts.TypeFlags.Number) return [1, 3, 404, 2000];
  if (flags & ts.TypeFlags.String) return [SAMPLE_WORDS[0], ''];
  if (flags & ts.TypeFlags.Null) return [null];
  if (flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return [undefined];
  if (checker.isTupleType(type)) return [checker.getTypeArguments(type as ts.TypeReference).map((t) => samples(t, depth + 1)[0])];
  if (checker.isArrayType(type)) {
    const element = samples(checker.getTypeArguments(type as ts.TypeReference)[0], depth + 1);
    return [[0, 1, 2, 3].map((i) => element[i % element.length]), []];
  }
  const properties = type.getProperties();
  const values = properties.map((p) => samples(checker.getTypeOfSymbol(p), depth + 1));
  const variants = Math.max(1, ...values.map((v) => v.length));
  return Array.from({ length: variants }, (_, i) => Object.fromEntries(properties.map((p, k) => [p.name, values[k][i % values[k].length]])));
}

/** Argument lists for a call signature: the i-th list takes each parameter's i-th sample. */
function argumentLists(signature: ts.Signature): unknown[][] {
  const parameters = signature.getParameters().map((p) => samples(checker.getTypeOfSymbol(p)));
  const lists = Math.max(1, ...parameters.map((p) => p.length));
  return Array.from({ length: lists }, (_, i) => parameters.map((p) => p[i % p.length]));
}

/** The German types of every export, by module file name and export name. */
function germanTypes(file: string): Map<string, ts.Type> {
  const source = program.getSourceFile(join(GERMAN_DIR, file))!;
  const symbol = checker.getSymbolAtLocation(source)!;
  return new Map(checker.getExportsOfModule(symbol).map((s) => [s.name, checker.getTypeOfSymbolAtLocation(s, source)]));
}

// ---- walking a German table beside its English one ----------------------------------------------

interface Walk {
  /** keys, kinds and lengths that differ, each named by its path */
  differences: string[];
  /** every English text and every text an English function wrote, with its path */
  english: { path: string; text: string }[];
  /** the same of the German table, to show that the samples reach its German words */
  german: string[];
}

/** A property's type, or the index signature's where the table is a record ("schemeNames"). */
function propertyType(type: ts.Type, key: string): ts.Type | undefined {
  const property = type.getProperty(key);
  return property ? checker.getTypeOfSymbol(property) : checker.getIndexTypeOfType(type, ts.IndexKind.String);
}

const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

function walk(de: unknown, en: unknown, type: ts.Type | undefined, path: string, out: Walk): void {
  if (kind(de) !== kind(en)) {
    out.differences.push(`${path}: German is ${kind(de)}, English is ${kind(en)}`);
    return;
  }
  if (typeof de === 'string') {
    out.german.push(de);
    out.english.push({ path, text: en as string });
  } else if (typeof de === 'function') {
    const signature = type?.getCallSignatures()[0];
    if (!signature) {
      out.differences.push(`${path}: no signature found to call it with`);
      return;
    }
    argumentLists(signature).forEach((args, i) => {
      const call = `${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
      let results: [unknown, unknown];
      try {
        results = [(de as (...a: unknown[]) => unknown)(...args), (en as (...a: unknown[]) => unknown)(...args)];
      } catch (e) {
        out.differences.push(`${call} throws: ${String(e)}`);
        return;
      }
      walk(results[0], results[1], signature.getReturnType(), i === 0 ? `${path}()` : call, out);
    });
  } else if (Array.isArray(de)) {
    const english = en as unknown[];
    if (de.length !== english.length) out.differences.push(`${path}: German has ${de.length} entries, English ${english.length}`);
    de.forEach((d, i) => walk(d, english[i], type && checker.getIndexTypeOfType(type, ts.IndexKind.Number), `${path}[${i}]`, out));
  } else if (de && typeof de === 'object') {
    const english = en as Record<string, unknown>;
    const keys = new Set([...Object.keys(de), ...Object.keys(english)]);
    for (const key of keys) {
      const at = `${path}.${key}`;
      if (!(key in english)) out.differences.push(`${at}: missing in English`);
      else if (!(key in de)) out.differences.push(`${at}: only in English`);
      else walk((de as Record<string, unknown>)[key], english[key], type && propertyType(type, key), at, out);
    }
  }
}

/** Each German module beside its English one, walked once while the tests are collected. */
const modules = readdirSync(GERMAN_DIR).map((file) => {
  const de = germanModules[`../../src/messages/de/${file}`];
  const en = englishModules[`../../src/messages/en/${file}`];
  const out: Walk = { differences: [], english: [], german: [] };
  if (!en) out.differences.push(`en/${file}: missing`);
  else {
    const types = germanTypes(file);
    const names = new Set([...Object.keys(de).map(englishName), ...Object.keys(en)]);
    for (const name of names) {
      const germanName = Object.keys(de).find((n) => englishName(n) === name);
      if (germanName === undefined) out.differences.push(`en/${file}: export ${name} has no German counterpart`);
      else if (!(name in en)) out.differences.push(`en/${file}: export ${name} missing (German ${germanName})`);
      else walk(de[germanName], en[name], types.get(germanName), `${file.replace(/\.ts$/, '')}.${name}`, out);
    }
  }
  return { file, ...out };
});

const words = (text: string) => text.match(/[A-Za-zÄÖÜäöüß]{3,}/g) ?? [];
/** Every word the German tables write with the same calls, but the samples' own ("Siegburg"). */
const allGerman = modules.flatMap((m) => m.german);
const germanVocabulary = new Set(allGerman.flatMap(words).filter((w) => !SAMPLE_WORDS.includes(w)));

function withoutKeptGerman(text: string): string {
  return KEPT_GERMAN.reduce((t, k) => t.split(k.text).join(''), text);
}

describe('English texts', () => {
  it('names English exports as the issue does', () => {
    expect(['de', 'deMap', 'deFormat', 'tableTextsDe', 'importTextsDe', 'placeTexts', 'MAP_LOCALE', 'table'].map(englishName)).toEqual([
      'en',
      'enMap',
      'enFormat',
      'tableTextsEn',
      'importTextsEn',
      'placeTexts',
      'MAP_LOCALE',
      'table',
    ]);
  });

  it.each(modules.map((m) => [m.file, m] as const))('en/%s has the German module’s exports and keys', (_file, m) => {
    expect(m.differences).toEqual([]);
  });

  it.each(modules.map((m) => [m.file, m] as const))('en/%s has no text that looks German', (_file, m) => {
    expect(m.english.filter((e) => looksGerman(withoutKeptGerman(e.text))).map((e) => `${e.path}: ${e.text}`)).toEqual([]);
  });

  it.each(modules.map((m) => [m.file, m] as const))('en/%s uses no word of the German tables but those both languages write', (_file, m) => {
    expect(m.english.flatMap((e) => words(withoutKeptGerman(e.text)).filter((w) => germanVocabulary.has(w) && !SHARED.has(w)).map((w) => `${e.path}: ${w}`))).toEqual([]);
  });

  it('reaches the German tables’ texts with the same calls', () => {
    // If the samples missed texts (a function not called, a branch not taken), the tests above would
    // pass on nothing. The same calls on the German tables give as many texts, and looksGerman finds
    // German in three of four of them (the rest: short words it does not know, such as "Speichern").
    expect(allGerman.length).toBe(modules.flatMap((m) => m.english).length);
    expect(allGerman.length).toBeGreaterThan(1500);
    expect(allGerman.filter(looksGerman).length / allGerman.length).toBeGreaterThan(0.7);
  });

  it('keeps only German words and shared words that are still written in the English tables', () => {
    const english = modules.flatMap((m) => m.english.map((e) => e.text));
    const all = english.join('\n');
    const written = new Set(english.map(withoutKeptGerman).flatMap(words));
    expect(KEPT_GERMAN.filter((k) => !all.includes(k.text)).map((k) => k.text)).toEqual([]);
    expect([...SHARED].filter((w) => !written.has(w) || !germanVocabulary.has(w))).toEqual([]);
  });
});
