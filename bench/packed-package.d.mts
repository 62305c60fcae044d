/** The repository's root folder, with a trailing separator. */
export declare const repositoryRoot: string;

export interface PackedPackage {
  /** A project with only the packed tarball (and its runtime dependencies) installed. */
  readonly consumer: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The paths the tarball holds, relative to its package folder. */
  readonly files: readonly string[];
  /** Deletes the temporary folder. */
  readonly remove: () => void;
}

export declare function installPackedPackage(options?: {
  readonly into?: string;
  /** A built checkout of the repository to pack. @defaultValue this one */
  readonly root?: string;
}): PackedPackage;
