// One language per document: the texts are module state, so an atlas asking for another language
// than the atlases already on the page speak runs in a frame (ui/language-frame.ts) instead.
import { describe, expect, it } from 'vitest';
import { claim, leave } from '../../src/messages/language';

describe('claim', () => {
  it('lets atlases of one language share the page and keeps another language out while they are there', () => {
    const [a, b, c, d] = [{}, {}, {}, {}];
    expect(claim(a, 'de')).toBe(true);
    expect(claim(b, 'de')).toBe(true);
    expect(claim(c, 'en')).toBe(false);
    leave(a);
    expect(claim(c, 'en')).toBe(false);
    leave(b);
    // The page is empty again: the next atlas decides.
    expect(claim(c, 'en')).toBe(true);
    expect(claim(d, 'de')).toBe(false);
    // An atlas alone on the page may change its own language.
    expect(claim(c, 'de')).toBe(true);
    expect(claim(d, 'de')).toBe(true);
    leave(c);
    leave(d);
  });
});
