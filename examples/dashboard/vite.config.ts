// The example dashboard's Vite config. `ankang-eco-indicators` resolves to the package's
// source, so the page's code imports it by name, exactly as a consumer's would.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./', import.meta.url));
const packageEntry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  resolve: { alias: [{ find: /^ankang-eco-indicators$/, replacement: packageEntry }] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
});
