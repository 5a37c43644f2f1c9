// The way from the atlas to its explanation in Leichte Sprache (leichte-sprache.html).
export const deEasyRead = {
  /** the page beside the atlas's own pages */
  page: 'leichte-sprache.html',
  /** the link's text, the same in every view, as the issue names it */
  link: 'Leichte Sprache',
  /** said after the link's text where it opens a new window (embedded atlas) */
  newWindow: '(öffnet ein neues Fenster)',
  /** the line in "Über die Daten" */
  aboutLine: 'Der Sozialatlas in Leichter Sprache',
};
