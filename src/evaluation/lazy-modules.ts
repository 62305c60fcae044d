// The modules an evaluation loads by `import()` when it first needs them, so that what a browser
// loads before its first evaluation is the code that reads the input, compiles the rules and
// runs the engine. Each is loaded once; after that the runtime takes it without an `await` (each would
// cost every evaluation a turn of the microtask queue).

/** A module loaded on first need: `load()` it (once), or take it if `loaded()`. */
interface LazyModule<T> {
  load(): Promise<T>;
  loaded(): T | undefined;
}

function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let module: T | undefined;
  return { load: async () => (module ??= await importModule()), loaded: () => module };
}

/** The module that assembles `any` groups' results. */
export type GroupsModule = typeof import('./groups.js');

/**
 * {@link GroupsModule}: only a rule set with `any` groups needs it (the built-in rules have
 * none), so `evaluate`'s first load carries none of it.
 */
export const groupsModule: LazyModule<GroupsModule> = lazyModule(() => import('./groups.js'));

/** The module that turns the engine's answers into an evaluation. */
export type AssemblyModule = typeof import('./assemble.js');

/** {@link AssemblyModule}, loaded with the first evaluation, while its engine runs. */
export const assemblyModule: LazyModule<AssemblyModule> = lazyModule(() => import('./assemble.js'));
