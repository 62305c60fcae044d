import { rawInflater } from '../web-platform.js';

// Raw DEFLATE (RFC 1951) inflated with the platform's own `DecompressionStream('deflate-raw')`:
// the same code in browsers and in Node (20.12 and later), no inflater of our own and nothing
// added to a bundle. The stream is asynchronous and has no output cap, so it is fed the
// compressed data a slice at a time, each when it is ready for it, and what comes out is
// counted: past the most the caller allows it stops feeding, cancels the stream and says so.
// A zip bomb costs one slice's worth of output past the limit, not the memory of the machine.

/** Compressed bytes handed to the stream at a time: at most about 1,032 times as many come out of one slice. */
export const inflateSliceBytes = 16 * 1024;

/**
 * `data` inflated, when it inflates to at most `maxLength` bytes; `undefined` when it would be
 * more (the stream is stopped there). Rejects when the data are damaged.
 *
 * Browsers refuse bytes after the end of the compressed data ("junk"), Node's zlib leaves them
 * unread: data that have inflated to exactly `maxLength` bytes (the size a ZIP entry declares,
 * which its CRC-32 then checks) are taken on both, so that a workbook reads the same everywhere.
 */
export async function inflateRaw(data: Uint8Array, maxLength: number): Promise<Uint8Array | undefined> {
  const stream = rawInflater();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Set by the reading side: the feeding side stops at its next slice.
  const state = { stopped: false };
  // A failure of feeding is the stream's own error, which reading reports: it is not reported twice.
  const feeding = (async () => {
    for (let at = 0; at < data.length && !state.stopped; at += inflateSliceBytes) {
      await writer.ready;
      // The reading side may have stopped while this side waited.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (state.stopped) return;
      await writer.write(data.subarray(at, at + inflateSliceBytes));
    }
    if (!state.stopped) await writer.close();
  })().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      let next;
      try {
        next = await reader.read();
      } catch (error) {
        if (length === maxLength) break;
        throw error;
      }
      if (next.done) break;
      const chunk = next.value;
      if (chunk === undefined || chunk.length === 0) continue;
      length += chunk.length;
      if (length > maxLength) {
        state.stopped = true;
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(chunk);
    }
  } finally {
    state.stopped = true;
    await writer.abort().catch(() => undefined);
    await feeding;
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const output = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    output.set(chunk, at);
    at += chunk.length;
  }
  return output;
}
