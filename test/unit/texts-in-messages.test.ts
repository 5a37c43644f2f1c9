// Every user-facing text lives in src/messages (issue 23): no German string literal and no 'de-DE'
// anywhere else in src/, so that a second language is one more definition, not a hunt through
// forty files. The few German literals that are data, not text, are listed below with a reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { looksGerman } from './german-words';

const SRC = join(__dirname, '../../src');

/** German literals that are not user-facing texts: file (from src/), the literal, why it may stay. */
const ALLOWED: ReadonlyArray<{ file: string; text: string; reason: string }> = [
  { file: 'data/import/columns.ts', text: 'schlüssel', reason: 'a key column header recognised in imported tables' },
  { file: 'data/import/columns.ts', text: 'regionalschlüssel', reason: 'a key column header recognised in imported tables' },
  { file: 'data/import/columns.ts', text: 'gemeindeschlüssel', reason: 'a key column header recognised in imported tables' },
  { file: 'data/import/geometry.ts', text: 'schlüssel', reason: 'a key property recognised in imported GeoJSON' },
  { file: 'map/canvas/canvas-map.ts', text: 'Rhein-Sieg-Kreis', reason: 'a sample measured once to warm the label fonts, never shown' },
  { file: 'print/font-metrics.ts', text: '*', reason: 'the characters whose widths the table holds (Latin-1 with umlauts), not a text' },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(SRC, 'messages') ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The string literals and template pieces of a file that look German, as "line: text". */
function germanLiterals(path: string): string[] {
  const file = relative(SRC, path);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const text = node.text;
      const allowed = ALLOWED.some((a) => a.file === file && (a.text === '*' || a.text === text));
      if (!allowed && looksGerman(text)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('texts live in src/messages', () => {
  // Read while the tests are collected: parsing some 280 files takes seconds on a busy machine.
  const files = sources(SRC);
  const german = files.flatMap(germanLiterals);

  it('scans the source tree', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no German string literal outside src/messages', () => {
    expect(german).toEqual([]);
  });

  it("names the German locale ('de-DE') only in src/messages", () => {
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('de-DE')).map((f) => relative(SRC, f))).toEqual([]);
  });

  // The tables in use are the holders (src/messages/<table>.ts), which a language pack swaps: a
  // module that imports the German table itself would stay German in the English atlas.
  it('reads texts through the holders, never from src/messages/de/ directly', () => {
    const direct = files.filter((f) => /^import (?!type )[^;]*from '[./]*messages\/de\//m.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(direct).toEqual([]);
  });

  // A holder no pack fills stays German in English (the sample Sozialräume' names did once): every
  // holder has its setter in install.ts, whose type every pack must fill completely.
  it('has every holder filled by every language pack', () => {
    const holders = readdirSync(join(SRC, 'messages')).filter((f) => f.endsWith('.ts')).flatMap((f) => [...readFileSync(join(SRC, 'messages', f), 'utf8').matchAll(/export const (use\w+Texts) =/g)].map((m) => m[1]));
    expect(holders.length).toBeGreaterThan(20);
    const install = readFileSync(join(SRC, 'messages', 'install.ts'), 'utf8');
    expect(holders.filter((h) => !new RegExp(`: ${h},`).test(install)).map((h) => `install.ts: ${h}`)).toEqual([]);
    for (const lang of ['de', 'en']) expect(readFileSync(join(SRC, 'messages', lang, 'pack.ts'), 'utf8')).toMatch(/installTexts\(\{/);
  });

  it('recognises German texts and leaves code alone', () => {
    for (const text of ['Karte wird geladen …', 'Schließen', 'keine Angabe', 'Stand 2022', 'nur ein Jahr']) expect(looksGerman(text), text).toBe(true);
    for (const text of ['indikator', 'gemeinde', 'sozialraeume', 'data-testid', 'text/csv;charset=utf-8', 'kreis', 'value', 'aria-label']) expect(looksGerman(text), text).toBe(false);
  });

  it('allows only literals that are still there', () => {
    const stale = ALLOWED.filter((a) => a.text !== '*' && !readFileSync(join(SRC, a.file), 'utf8').includes(`'${a.text}'`));
    expect(stale).toEqual([]);
  });
});
