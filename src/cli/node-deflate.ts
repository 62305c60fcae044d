import { deflateRawSync } from 'node:zlib';
import type { DeflateRaw } from 'ankang-eco-indicators/data';

// DEFLATE for the workbooks the command line writes (ankang-eco template --format xlsx): zlib at
// its best compression. Reading needs none of Node's own: the data entry inflates with the
// platform's DecompressionStream, in Node as in browsers.

/** zlib's raw deflate, at its best compression. */
export const nodeDeflateRaw: DeflateRaw = (data) => deflateRawSync(data, { level: 9 });
