import type { Plugin } from 'vite';
export const UNUSED: RegExp;
export function trimMaplibreCss(css: string, unused?: RegExp): string;
export function maplibreCss(): Plugin;
