// jsPDF's standard fonts (Helvetica) are WinAnsi-encoded: one byte per glyph. A single character
// outside that code page makes jsPDF write the whole line as two-byte codes, which Helvetica
// shows (and pdftotext extracts) as garbage. So PDF text is brought into WinAnsi first.

/** The characters of Windows-1252 outside Latin-1 (jsPDF maps them to their byte). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Nearest WinAnsi spelling of characters our texts use that the code page lacks. */
const SUBSTITUTE: Record<string, string> = {
  '\u2212': '-', // minus sign, as format.ts writes negative differences
  '\u2009': ' ', // thin space
  '\u202f': '\u00a0', // narrow no-break space
  '\u2007': '\u00a0', // figure space
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
};

export function encodable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/** The text with every character WinAnsi can encode kept, the rest substituted (or '?'). */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) out += encodable(ch) ? ch : (SUBSTITUTE[ch] ?? (/\s/.test(ch) ? ' ' : '?'));
  return out;
}
