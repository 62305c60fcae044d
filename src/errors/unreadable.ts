import { inputMessages } from '../messages/input.js';
import { worded } from '../messages/wording.js';
import { issueAt, type Issue } from './issue.js';

// Apart from ./issue.ts, which every error imports: the wording of an input that threw is
// loaded only by the code that reads input with the schemas, never by `evaluate`'s first load.

/** What was thrown, as text: for an issue about input that could not be read. */
export function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unprintable value';
  }
}

/** The issue of an input that threw when read (a getter, a Proxy trap): never a crash of the host. */
export function unreadableAt(path: readonly (string | number)[], error: unknown): Issue {
  return issueAt(path, worded(inputMessages, 'input.unreadable', { thrown: describeThrown(error) }));
}
