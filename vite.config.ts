import { defineConfig, type Plugin } from 'vitest/config';
import { maplibreCss } from './scripts/lib/maplibre-css.mjs';
import { dataPreload } from './scripts/lib/data-preload.mjs';
import { startChunk } from './scripts/lib/start-chunk.mjs';

/**
 * Content-Security-Policy of the atlas pages: everything from its own origin, no inline script
 * or style, no plugins. The same policy goes into both pages as <meta> (static hosting) and is
 * sent as a header by `vite preview`, which the end-to-end tests run against. A web server can
 * send it as a header too and add `frame-ancestors`, which a <meta> cannot carry.
 */
export const CSP = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join('; ');

const cspMeta = (): Plugin => ({
  name: 'atlas-csp',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
});

export default defineConfig(({ mode }) =>
  mode === 'embed'
    ? {
        // `vite build --mode embed`: the web component as one ES module for host pages, in
        // dist/embed/ beside the atlas; its lazily loaded parts sit in the same folder.
        base: './',
        publicDir: false,
        plugins: [maplibreCss()],
        build: {
          target: 'es2022',
          outDir: 'dist/embed',
          emptyOutDir: true,
          sourcemap: false,
          chunkSizeWarningLimit: 1500,
          rollupOptions: {
            input: 'src/embed.ts',
            preserveEntrySignatures: false,
            output: { entryFileNames: 'sozial-atlas.js', chunkFileNames: 'sozial-atlas-[name]-[hash].js', assetFileNames: '[name]-[hash][extname]', codeSplitting: { groups: [startChunk('/src/embed.ts')] } },
          },
        },
      }
    : {
        // Relative base: the built atlas works from any sub-path of the district website.
        base: './',
        plugins: [cspMeta(), maplibreCss(), dataPreload()],
        build: {
          target: 'es2022',
          // Every browser of target es2022 preloads modules itself: no polyfill, one request fewer.
          modulePreload: { polyfill: false },
          sourcemap: false,
          chunkSizeWarningLimit: 1500,
          rollupOptions: { input: { index: 'index.html', embed: 'embed.html', leichteSprache: 'leichte-sprache.html', barrierefreiheit: 'barrierefreiheit.html', easyRead: 'easy-read.html', accessibility: 'accessibility.html' }, output: { codeSplitting: { groups: [startChunk()] } } },
        },
        preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP } },
        test: {
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
);
