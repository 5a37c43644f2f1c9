import type { Plugin } from 'vite';
export function startFiles(catalog: { geometry?: { file?: string }; sozialraeume?: { file?: string } | null; references?: string[]; tables?: Array<{ file: string }>; indicators?: Array<{ id: string; table: string; also?: Array<{ table: string }>; denominator?: string }> }, riversFile: string): string[];
export function dataPreload(options?: { dataDir?: string; dataBase?: string; riversFile?: string }): Plugin;
