// The share dialog's choices and preview in English (the dialog's other words are in app.ts).
import type { deShare } from '../de/share';
import type { TextsOf } from '../texts-of';

export const enShare: TextsOf<typeof deShare> = {
  choices: 'What is embedded',
  width: 'Width',
  widthResponsive: 'as wide as the page’s column (100%)',
  widthFixed: 'fixed, in pixels',
  widthPx: 'Width in pixels',
  height: 'Height in pixels',
  controls: 'Controls',
  controlsOption: { full: 'all (workbench)', minimal: 'a few (search, table, share)', none: 'none (only map, legend and area card)' },
  controlsDefault: 'as the embedding sets them',
  start: 'Starts with',
  startOption: { view: 'this view', overview: 'the indicator for the whole district' },
  language: 'Language',
  /** each language named in itself, as a language menu does */
  languageOption: { de: 'Deutsch', en: 'English' },
  preview: 'Preview',
  previewNote: (width, height, percent) =>
    `This is how the embed looks at ${width} × ${height} pixels${percent < 100 ? `, shown here at ${percent}% of its size` : ''}.`,
  previewTitle: 'Preview of the embed',
  componentWidth: 'The width of the web component is set by the part of the page it stands in.',
  sizeRange: (min, max) => `Between ${min} and ${max} pixels.`,
};
