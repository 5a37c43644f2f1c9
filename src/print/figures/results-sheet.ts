// "Ergebnisse des Workshops" as A4 portrait pages of print primitives, after the map sheet: the
// workshop's title, guiding question and date, then its contributions by category and area, each
// with its number (the one on its pin), text, organisation and votes. Tagged as the rest of the PDF
// (H1, H2 per category with its mark as on the map, H3 per area, each area's contributions a list
// L > LI > Lbl + LBody), so that it is read aloud in order. Real text, searchable. Pure: no DOM.
import { groupResults, type ResultItem, type WorkshopResults } from '../../domain/workshop-results';
import { markParts } from '../../symbology/point-marks';
import { shapeCentre } from '../../symbology/point-shapes';
import { CONTRIBUTION_STYLE, symbolOf } from '../../symbology/points';
import { printTexts } from '../../messages/print';
import { resultsTexts as T } from '../../messages/print-results';
import { textWidth, wrap } from '../measure';
import { SCREEN_PX_MM } from '../print-map';
import { pageSize, type Primitive } from '../sheet';
import { INK, MUTED } from './figure-kit';

export interface ResultsSheetOptions {
  kreisName: string;
  /** the day printed, as the footer says it ("7. Dezember 2026") */
  created: string;
  /** the workshop's day as it is written ("7. Dezember 2026") */
  date: string;
  /** orders area names in the reader's language */
  compare: (a: string, b: string) => number;
}

const { width: W, height: H } = pageSize('A4', 'portrait');
const MARGIN = 15;
const FOOT = 8;
const BOTTOM = H - MARGIN - FOOT;
const TEXT_PT = 9;
const LINE = 4.2;
const ORG_PT = 7.5;
const ORG_LINE = 3.5;
/** the number's column, then the text, then the votes' column at the right */
const NUMBER_X = MARGIN + 8;
const TEXT_X = MARGIN + 10;
const VOTES_W = 22;
const TEXT_W = W - MARGIN - VOTES_W - TEXT_X;

/** Lines of a text at a size that fit a width: its own line breaks kept, words too long for a line broken. */
export function textLines(text: string, sizePt: number, width: number, bold = false): string[] {
  return text.split(/\r\n|\r|\n/).flatMap((paragraph) =>
    wrap(paragraph, sizePt, width, bold).flatMap((line) => {
      if (textWidth(line, sizePt, bold) <= width) return [line];
      const parts: string[] = [];
      let part = '';
      for (const ch of line) {
        if (part && textWidth(part + ch, sizePt, bold) > width) parts.push(part), (part = '');
        part += ch;
      }
      return part ? [...parts, part] : parts;
    }),
  );
}

interface Laid {
  item: ResultItem;
  lines: string[];
  org: string[];
  height: number;
}

function lay(item: ResultItem): Laid {
  const lines = textLines(item.text, TEXT_PT, TEXT_W);
  const org = item.organisation ? textLines(item.organisation, ORG_PT, TEXT_W) : [];
  return { item, lines, org, height: lines.length * LINE + org.length * ORG_LINE + 2 };
}

export function resultsSheet(results: WorkshopResults, options: ResultsSheetOptions): Primitive[][] {
  const { workshop } = results;
  const pages: Primitive[][] = [];
  let page: Primitive[] = [];
  let list: Primitive[] | null = null;
  let y = 0;
  const text = (t: string, x: number, at: number, size: number, extra: Partial<Extract<Primitive, { kind: 'text' }>> = {}): Primitive => ({ kind: 'text', x, y: at, text: t, size, colour: INK, ...extra });
  const startPage = () => {
    page = [];
    list = null;
    pages.push(page);
    y = MARGIN + 6;
    if (pages.length > 1) {
      page.push({ kind: 'group', tag: 'P', children: [text(T.continued(workshop.title), MARGIN, y, 10, { bold: true, colour: MUTED })] });
      y += 8;
    }
  };
  /** A new page unless `need` mm fit below. */
  const room = (need: number) => {
    if (y + need > BOTTOM) startPage();
  };
  const paragraph = (lines: string[], size: number, line: number, extra: Partial<Extract<Primitive, { kind: 'text' }>> = {}) => {
    const children = lines.map((l, i) => text(l, MARGIN, y + i * line, size, extra));
    y += lines.length * line;
    return children;
  };

  startPage();
  page.push({ kind: 'group', tag: 'H1', children: paragraph([T.title], 16, 8, { bold: true }) });
  const frame: Primitive[] = [...paragraph(textLines(workshop.title, 12, W - 2 * MARGIN, true), 12, 5.5, { bold: true })];
  y += 1;
  if (workshop.question) frame.push(...paragraph(textLines(T.question(workshop.question), TEXT_PT, W - 2 * MARGIN), TEXT_PT, LINE));
  frame.push(...paragraph([T.date(options.date)], TEXT_PT, LINE));
  const votes = results.items.reduce((n, i) => n + i.votes, 0);
  frame.push(...paragraph([T.summary(results.items.length, votes)], TEXT_PT, LINE, { colour: MUTED }));
  page.push({ kind: 'group', tag: 'P', children: frame });
  y += 1;
  page.push({ kind: 'group', tag: 'P', children: paragraph(textLines(results.items.length ? T.howToRead : T.none, ORG_PT, W - 2 * MARGIN), ORG_PT, ORG_LINE, { colour: MUTED }) });
  y += 3;

  for (const group of groupResults(results.items, options.compare)) {
    const first = lay(group.areas[0]!.items[0]!);
    room(8 + 6 + first.height);
    y += 4;
    // the category's mark as on the map and in its legend: decoration, the heading says it in words
    const symbol = symbolOf(CONTRIBUTION_STYLE, group.category);
    const [, cy] = shapeCentre(symbol.shape, symbol.r * SCREEN_PX_MM);
    for (const part of markParts(symbol, CONTRIBUTION_STYLE, MARGIN + 3, y - 1.4 - cy, SCREEN_PX_MM)) page.push({ kind: 'polygon', points: part.polygon, fill: part.fill });
    page.push({ kind: 'group', tag: 'H2', children: [text(T.category(group.category, group.count), MARGIN + 8.5, y, 11, { bold: true })] });
    y += 4;
    for (const area of group.areas) {
      const laid = area.items.map(lay);
      room(6 + laid[0]!.height);
      y += 2.5;
      page.push({ kind: 'group', tag: 'H3', children: [text(area.area ?? T.noArea, MARGIN, y, 9.5, { bold: true })] });
      y += 4.5;
      list = null;
      for (const item of laid) {
        room(item.height);
        if (!list) {
          list = [];
          page.push({ kind: 'group', tag: 'L', children: list });
        }
        (list as Primitive[]).push(entry(item, y));
        y += item.height;
      }
    }
  }
  pages.forEach((p, i) => {
    p.push({ kind: 'group', tag: 'P', children: [text(options.kreisName, MARGIN, H - MARGIN + 2, 8, { bold: true })] });
    p.push({ kind: 'group', tag: 'P', children: [text(printTexts.profile.footer(options.created, i + 1, pages.length), W - MARGIN, H - MARGIN + 2, 8, { align: 'right' })] });
  });
  return pages;
}

/** One contribution: its number as the list label; text, organisation and votes as its body. */
function entry({ item, lines, org }: Laid, top: number): Primitive {
  const base = top + 3.2;
  const body: Primitive[] = [
    ...lines.map((line, i): Primitive => ({ kind: 'text', x: TEXT_X, y: base + i * LINE, text: line, size: TEXT_PT, colour: INK })),
    ...org.map((line, i): Primitive => ({ kind: 'text', x: TEXT_X, y: base + lines.length * LINE + i * ORG_LINE - 0.6, text: line, size: ORG_PT, colour: MUTED })),
    { kind: 'text', x: W - MARGIN, y: base, text: T.votes(item.votes), size: 8.5, colour: item.votes ? INK : MUTED, bold: item.votes > 0, align: 'right' },
  ];
  return {
    kind: 'group',
    tag: 'LI',
    children: [
      { kind: 'group', tag: 'Lbl', children: [{ kind: 'text', x: NUMBER_X, y: base, text: T.number(item.number), size: TEXT_PT, bold: true, align: 'right', colour: INK }] },
      { kind: 'group', tag: 'LBody', children: body },
    ],
  };
}
