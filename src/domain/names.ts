// How one place is spelt many ways: the one folding that the search and the import's name
// matching share. Pure, no DOM.

/**
 * Case, diacritics, "ä" against "ae", "ß" against "ss", hyphens and runs of spaces, "St." against
 * "Sankt": all of these spell the same place.
 */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bst\.\s*/g, 'sankt ')
    .replace(/\bst\s+(?=[a-z])/g, 'sankt ')
    .replace(/[-‐‑–—_/]+/g, ' ')
    .replace(/[.'’"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
