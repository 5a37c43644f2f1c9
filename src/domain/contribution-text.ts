// How long a contribution's text is "as the user sees it": in graphemes (an emoji with skin tone or a
// letter with a combining accent is one), so that the limit a person is told matches what they typed,
// and a text cut to the limit never ends in half a character.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function textLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** The text cut to at most `max` graphemes (unchanged when it is not longer). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const parts = graphemes(text);
  return parts.length <= max ? text : parts.slice(0, max).join('');
}
