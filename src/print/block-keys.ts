// The optional blocks a sheet can carry, in their order on paper. Their own module: the print
// dialog lists them without loading what draws them. 'profile' and 'contributions' are no blocks
// of the sheet: the area profile and the workshop's results follow it on A4 pages of their own
// (see export.ts); the contributions' pins are on the map as on screen.
export const BLOCK_KEYS = ['chart', 'comparison', 'scatter', 'ranking', 'funnel', 'table', 'profile', 'contributions'] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];
