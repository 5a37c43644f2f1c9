// The optional blocks a sheet can carry, in their order on paper. Their own module: the print
// dialog lists them without loading what draws them. 'profile' is no block of the sheet: the
// area profile follows it on A4 pages of its own (see export.ts).
export const BLOCK_KEYS = ['chart', 'comparison', 'scatter', 'ranking', 'funnel', 'table', 'profile'] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];
