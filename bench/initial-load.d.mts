export declare const gzipSize: (contents: string | Uint8Array) => number;

export declare function staticallyLoaded(
  entries: Iterable<string>,
  importsOf: (name: string) => Iterable<string>,
): Set<string>;
