import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ZipArchive, type InflateRaw } from './zip.js';
import { zipBytes, type DeflateRaw } from '../../data/xlsx/zip-writer.js';

// DEFLATE on Node, for the container of zip.ts: the one part of the XLSX reader and writer that
// is Node's own (a browser has DecompressionStream instead).

/** zlib's raw inflate, stopped at `maxLength` bytes (its maxOutputLength): past it, `undefined`. */
export const nodeInflateRaw: InflateRaw = (data, maxLength) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(maxLength, 1) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw error;
  }
};

/** zlib's raw deflate, at its best compression. */
export const nodeDeflateRaw: DeflateRaw = (data) => deflateRawSync(data, { level: 9 });

/** A ZIP archive's entries, inflated with zlib within `maxUncompressed` bytes together. */
export const openZip = (bytes: Uint8Array, maxUncompressed: number): ZipArchive =>
  new ZipArchive(bytes, maxUncompressed, nodeInflateRaw);

/** A ZIP archive of `files` (name → bytes), deflated with zlib. */
export const writeZip = (files: readonly (readonly [string, Uint8Array])[]): Uint8Array =>
  zipBytes(files, nodeDeflateRaw);
