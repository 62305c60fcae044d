// The example dashboard's Vite config. `ankang-eco-indicators` and its subpaths resolve to the
// package's source, so the page's code imports them by name, exactly as a consumer's would.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./', import.meta.url));
const source = (file: string): string => fileURLToPath(new URL(`../../src/${file}`, import.meta.url));

/**
 * The built page's Content-Security-Policy, as a `<meta>` in index.html: scripts, styles,
 * fetches and everything else from the page's own origin only, so that the browser itself
 * holds the page's promise that nothing leaves the machine (a script that tried would be
 * refused). The inline script that tells a page opened from disk (`file://`) is allowed by
 * its hash; inline styles are allowed (the notice for `file://` and the charts' SVG use them).
 * Build only: the dev server runs scripts and a websocket of its own.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'dashboard-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        (match) =>
          `'sha256-${createHash('sha256')
            .update(match[1] ?? '')
            .digest('base64')}'`,
      );
      const policy = [
        "default-src 'self'",
        `script-src 'self' ${hashes.join(' ')}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ];
    },
  };
}

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [contentSecurityPolicy()],
  resolve: {
    alias: [
      { find: /^ankang-eco-indicators$/, replacement: source('index.ts') },
      { find: /^ankang-eco-indicators\/data$/, replacement: source('data.ts') },
      { find: /^ankang-eco-indicators\/policy$/, replacement: source('policy.ts') },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
});
