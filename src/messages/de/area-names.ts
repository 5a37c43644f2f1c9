// German names of the areas the atlas's own build scripts write into its data files (the sample
// Sozialräume of scripts/build-sozialraeume.mjs, the grid cells of scripts/extract-zensus-grid.mjs).
// The files carry them in German; these are also the patterns by which src/data/area-names.ts
// recognises them, so that another language can show them in its words.

export const deAreaNames = {
  sampleSozialraum: (number: string, gemeinde: string) => `Beispiel-Sozialraum ${number} – ${gemeinde}`,
  gridCell: (cell: string, place: string) => `Rasterzelle ${cell} (${place})`,
  /** the place of a cell outside the Kreis, drawn at its edge */
  gridEdge: 'Rand',
} as const;
