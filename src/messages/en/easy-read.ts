// The way from the atlas to its explanation in easy read. The explanation is in German
// (leichte-sprache.html), so the link says so: a visitor who reads English is not sent to a German
// page unawares (WCAG 3.1.2; the link element carries hreflang="de").
import type { deEasyRead } from '../de/easy-read';

export const enEasyRead: typeof deEasyRead = {
  /** the link's text, the same in every view */
  link: 'Leichte Sprache (German easy read)',
  /** said after the link's text where it opens a new window (embedded atlas) */
  newWindow: '(opens a new window)',
  /** the line in "About the data" */
  aboutLine: 'The social atlas in German easy read (Leichte Sprache)',
};
