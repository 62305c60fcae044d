// The WHATWG globals the data readers and writers use, the same in browsers and in Node (20.12
// and later: `DecompressionStream('deflate-raw')` came to Node 20 in 20.12.0). Declared here, in
// one place, because the library's own types are ECMAScript's alone (no DOM, no Node): only
// what is used, as the platforms define it.

/** A WHATWG `TextDecoder`. */
export interface WebTextDecoder {
  decode(input: Uint8Array): string;
}

/** The reading side of a web stream, as the inflater uses it. */
export interface WebStreamReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}

/** The writing side of a web stream, as the inflater uses it. */
export interface WebStreamWriter {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

/** A WHATWG `DecompressionStream`. */
export interface WebDecompressionStream {
  readonly readable: { getReader(): WebStreamReader };
  readonly writable: { getWriter(): WebStreamWriter };
}

declare const TextDecoder: new (
  label: string,
  options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
) => WebTextDecoder;
declare const TextEncoder: new () => { encode(input: string): Uint8Array };
declare const DecompressionStream: new (format: 'deflate-raw') => WebDecompressionStream;

/** A decoder of `label` (`utf-8`, `gb18030`, `utf-16le`, …); `fatal` throws a `TypeError` on bytes the encoding cannot hold. */
export const textDecoder = (
  label: string,
  options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
): WebTextDecoder => new TextDecoder(label, options);

/** The UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A stream that inflates raw DEFLATE (RFC 1951). */
export const rawInflater = (): WebDecompressionStream => new DecompressionStream('deflate-raw');
