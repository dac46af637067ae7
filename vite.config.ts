import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { licensesPlugin } from './scripts/licenses.mjs';

/**
 * Builds the renderer. `base: './'` keeps asset URLs relative so the same build loads from
 * Electron's file:// and from the browser host.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), licensesPlugin(process.cwd())],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // plotly alone is several MB minified; it is loaded on demand, so the warning says nothing new.
    chunkSizeWarningLimit: 6000,
  },
});
