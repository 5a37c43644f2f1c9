// The way from the atlas to its explanation in easy read (easy-read.html, the English counterpart of
// leichte-sprache.html, which links to the German page in Leichte Sprache with hreflang="de").
import type { deEasyRead } from '../de/easy-read';

export const enEasyRead: typeof deEasyRead = {
  /** the page beside the atlas's own pages */
  page: 'easy-read.html',
  /** the link's text, the same in every view */
  link: 'Easy read',
  /** said after the link's text where it opens a new window (embedded atlas) */
  newWindow: '(opens a new window)',
  /** the line in "About the data" */
  aboutLine: 'The social atlas in easy read',
};
