// The page's modules behind an `import()` (the Trends view, its charts): where each one is, and
// the line that tells the reader, in the page's language, that it is on its way or why it is
// missing, with a reload. One home for both modules, so they load and fail alike.
/** Where a module behind an `import()` is: not asked for yet, on its way, here, or failed to arrive. */
export type ModuleLoad<Module> =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly module: Module }
  | { readonly state: 'failed' };

/** A module fetched once, the first time it is asked for. */
export interface LazyModule<Module> {
  /** Where the module is now. */
  readonly load: () => ModuleLoad<Module>;
  /**
   * Starts the `import()` the first time, and returns the same promise every time: the module,
   * or `undefined` when it could not be fetched (then `load()` is `failed`). It never rejects.
   */
  readonly request: () => Promise<Module | undefined>;
}

/**
 * A module behind `importModule` (an `import()`), fetched on the first `request()`; `changed`
 * runs when it starts loading, arrives or fails. A failed `import()` is not retried: the browser
 * keeps the failure for the module's address until the page is loaded again.
 */
export function lazyModule<Module>(importModule: () => Promise<Module>, changed: () => void): LazyModule<Module> {
  let load: ModuleLoad<Module> = { state: 'idle' };
  let requested: Promise<Module | undefined> | undefined;
  return {
    load: () => load,
    request: () => {
      if (requested !== undefined) return requested;
      load = { state: 'loading' };
      requested = importModule().then(
        (module) => {
          load = { state: 'loaded', module };
          changed();
          return module;
        },
        (error: unknown) => {
          // The reader is told in their language; the browser's reason stays in the console.
          console.warn(error);
          load = { state: 'failed' };
          changed();
          return undefined;
        },
      );
      changed();
      return requested;
    },
  };
}

/** What the page says of one lazy module: while it is fetched, and when it could not be. */
export interface LoadWords {
  readonly loading: string;
  readonly failed: string;
}

/**
 * Shows in `box` where a lazy module is: hidden before it is asked for and once it is here; a
 * status line while it is fetched; an alert with a reload button when it failed (the page comes
 * back on the same view, `#trends`, and fetches the module afresh): `reloadText` is its label,
 * `reloadTestId` its test id.
 */
export function renderLoadStatus(
  box: HTMLElement,
  load: ModuleLoad<unknown>,
  words: LoadWords,
  reloadText: string,
  reloadTestId: string,
): void {
  box.dataset['state'] = load.state;
  box.hidden = load.state === 'idle' || load.state === 'loaded';
  if (load.state === 'failed') {
    const message = document.createElement('span');
    message.textContent = `${words.failed} `;
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.dataset['testid'] = reloadTestId;
    reload.textContent = reloadText;
    reload.addEventListener('click', () => {
      window.location.reload();
    });
    box.setAttribute('role', 'alert');
    box.replaceChildren(message, reload);
  } else {
    box.setAttribute('role', 'status');
    box.replaceChildren(load.state === 'loading' ? words.loading : '');
  }
}
