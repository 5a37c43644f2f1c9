// English names of the areas the atlas's build scripts write in German (see ../de/area-names.ts).
import type { deAreaNames } from '../de/area-names';
import type { TextsOf } from '../texts-of';

export const enAreaNames: TextsOf<typeof deAreaNames> = {
  sampleSozialraum: (number, gemeinde) => `Sample social area ${number} – ${gemeinde}`,
  gridCell: (cell, place) => `Grid cell ${cell} (${place})`,
  gridEdge: 'edge',
};
