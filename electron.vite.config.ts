import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig(({ command }) => ({
  main: {
    // True only for `electron-vite dev`: a built app never honours the dev server's address (src/main/dev-server.ts).
    define: { __LINKWORK_DEV_SERVER__: JSON.stringify(command === 'serve') },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      minify: true,
      // One chunk, loaded from disk or loopback: its size costs nothing over a network.
      chunkSizeWarningLimit: 2048,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react()],
  },
}));
