// The one JSON parser of the package's files (data files here, rule and case files on the
// command line): strict RFC 8259, as JSON.parse reads it, but losing nothing: each number's
// literal goes to the caller, who keeps every digit, a key given twice in one object is refused
// with its place instead of keeping the last value, and the line of each top-level entry and
// its fields is reported so that each figure keeps its place. Messages in both languages.

import { ReadError } from '../errors/read-error.js';
import { jsonMessages as m } from '../messages/json.js';
import { worded, type IssueText } from '../messages/wording.js';

/** What a JSON text error says: a code of `json.*` (docs/issue-codes.md), its params and its wording. */
export type JsonText = IssueText<keyof typeof m>;

/** Why a JSON text was refused, and where: the line, and the path of the value at fault. */
export class JsonTextError extends ReadError<keyof typeof m> {
  override name = 'JsonTextError' as const;
  constructor(
    /** 1-based. */
    readonly line: number,
    /** 1-based, in UTF-16 code units. */
    readonly column: number,
    /** The keys and indexes from the top of the text to the value at fault. */
    readonly path: readonly (string | number)[],
    /** `syntax` for text that is not JSON; `content` for JSON this reader refuses (a key given twice, a number). */
    readonly kind: 'syntax' | 'content',
    text: JsonText,
  ) {
    super(text);
  }
}

/** Thrown by a number reader to refuse a literal; the parser adds the place. */
export class JsonNumberRefused extends ReadError<keyof typeof m> {
  override name = 'JsonNumberRefused' as const;
}

/** How {@link parseJsonText} reads a text: what a number becomes, and who is told of each entry as it is read. */
export interface JsonTextOptions {
  /** What a number literal becomes (the literal is valid JSON); throws {@link JsonNumberRefused} to refuse it. */
  readonly readNumber: (literal: string) => unknown;
  /**
   * Receives each top-level entry (an object's member, an array's element) as soon as it is
   * parsed, with its 1-based line; the top-level object or array is then returned empty, so that
   * a file of a million entries costs one entry at a time. A key given twice at the top is the
   * caller's to notice.
   */
  readonly onEntry?: (key: string | number, value: unknown, line: number) => void;
  /** Called with the name and 1-based line of each field of a top-level entry, before the entry itself. */
  readonly onField?: (name: string, line: number) => void;
}

/** Objects and arrays nested deeper than this are refused: no data, rule or case file comes near. */
export const maxJsonDepth = 1000;

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Characters a string holds as they are: not a quote, a backslash or a control character (JSON's rule).
// eslint-disable-next-line no-control-regex
const plainRun = /[^"\\\u0000-\u001f]*/y;
const hex4 = /^[0-9a-fA-F]{4}$/;
const escapes: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses `text` as JSON; throws {@link JsonTextError} naming the place of the first problem. */
export function parseJsonText(text: string, options: JsonTextOptions): unknown {
  return new JsonTextParser(text, options).parse();
}

class JsonTextParser {
  private index = 0;
  private readonly path: (string | number)[] = [];
  /** The line at {@link lineOffset}, and where it starts: values are reported in text order, so lines are counted once. */
  private line = 1;
  private lineOffset = 0;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly options: JsonTextOptions,
  ) {}

  parse(): unknown {
    this.skipWhitespace();
    if (this.index >= this.text.length) throw this.syntax(worded(m, 'json.no_value', {}));
    const value = this.value(0);
    this.skipWhitespace();
    if (this.index < this.text.length) throw this.syntax(worded(m, 'json.after_value', this.foundHere()));
    return value;
  }

  /** The 1-based line of `offset`, counting on from the last one asked (or from the start). */
  private lineAt(offset: number): number {
    if (offset < this.lineOffset) {
      this.line = 1;
      this.lineOffset = 0;
      this.lineStart = 0;
    }
    for (let index = this.text.indexOf('\n', this.lineOffset); index !== -1 && index < offset;) {
      this.line++;
      this.lineStart = index + 1;
      index = this.text.indexOf('\n', index + 1);
    }
    // The newline search restarts from `offset`; a newline exactly there belongs to the next line.
    this.lineOffset = offset;
    return this.line;
  }

  /** The error at `offset`, placed by line and column. */
  private errorAt(offset: number, kind: 'syntax' | 'content', text: JsonText): JsonTextError {
    const line = this.lineAt(offset);
    return new JsonTextError(line, offset - this.lineStart + 1, [...this.path], kind, text);
  }

  private syntax(message: JsonText, offset = this.index): JsonTextError {
    return this.errorAt(offset, 'syntax', message);
  }

  private content(message: JsonText, offset: number): JsonTextError {
    return this.errorAt(offset, 'content', message);
  }

  /** The params of what is here: the character, or nothing at the end of the input. */
  private foundHere(): { found?: string } {
    if (this.index >= this.text.length) return {};
    return { found: String.fromCodePoint(this.text.codePointAt(this.index) ?? 0) };
  }

  private skipWhitespace(): void {
    const { text } = this;
    while (this.index < text.length) {
      const code = text.charCodeAt(this.index);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.index++;
    }
  }

  private value(depth: number): unknown {
    if (depth === 2 && typeof this.path[1] === 'string') this.options.onField?.(this.path[1], this.lineAt(this.index));
    const { text } = this;
    const code = text.charCodeAt(this.index);
    if (code === 0x7b) return this.object(depth);
    if (code === 0x5b) return this.array(depth);
    if (code === 0x22) return this.string();
    if (code === 0x2d || (code >= 0x30 && code <= 0x39)) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, this.index)) {
        this.index += word.length;
        return value;
      }
    }
    throw this.syntax(worded(m, 'json.expected_value', this.foundHere()));
  }

  private enter(depth: number): void {
    if (depth >= maxJsonDepth) throw this.content(worded(m, 'json.too_deep', { max: maxJsonDepth }), this.index);
  }

  private object(depth: number): Record<string, unknown> {
    this.enter(depth);
    this.index++;
    const result: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    this.skipWhitespace();
    if (this.text.charCodeAt(this.index) === 0x7d) {
      this.index++;
      return result;
    }
    for (;;) {
      if (this.text.charCodeAt(this.index) !== 0x22)
        throw this.syntax(worded(m, 'json.expected_key', this.foundHere()));
      const keyOffset = this.index;
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.index) !== 0x3a)
        throw this.syntax(worded(m, 'json.expected_colon', this.foundHere()));
      this.index++;
      this.skipWhitespace();
      this.path.push(key);
      const onEntry = depth === 0 ? this.options.onEntry : undefined;
      const streamed = onEntry !== undefined;
      const first = streamed ? undefined : seen.get(key);
      if (first !== undefined) {
        const firstLine = this.lineAt(first);
        throw this.content(worded(m, 'json.key_twice', { firstLine }), keyOffset);
      }
      if (!streamed) seen.set(key, keyOffset);
      const line = streamed ? this.lineAt(keyOffset) : 0;
      const value = this.value(depth + 1);
      this.path.pop();
      // `__proto__` is data like any key (as JSON.parse makes it), never the prototype.
      if (onEntry !== undefined) onEntry(key, value, line);
      else Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      if (this.closesAfterValue('}')) return result;
    }
  }

  private array(depth: number): unknown[] {
    this.enter(depth);
    this.index++;
    const result: unknown[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.index) === 0x5d) {
      this.index++;
      return result;
    }
    const onEntry = depth === 0 ? this.options.onEntry : undefined;
    for (let index = 0; ; index++) {
      this.path.push(index);
      const line = onEntry === undefined ? 0 : this.lineAt(this.index);
      const value = this.value(depth + 1);
      this.path.pop();
      if (onEntry !== undefined) onEntry(index, value, line);
      else result.push(value);
      if (this.closesAfterValue(']')) return result;
    }
  }

  /**
   * After a member or element: `true` past the closing bracket, `false` past a comma (another
   * follows), a syntax error for anything else. One rule for objects and arrays.
   */
  private closesAfterValue(close: '}' | ']'): boolean {
    this.skipWhitespace();
    const next = this.text[this.index];
    if (next === ',') {
      this.index++;
      this.skipWhitespace();
      return false;
    }
    if (next === close) {
      this.index++;
      return true;
    }
    throw this.syntax(worded(m, 'json.expected_comma', { close, ...this.foundHere() }));
  }

  private string(): string {
    const { text } = this;
    const opening = this.index;
    this.index++;
    let result = '';
    for (;;) {
      plainRun.lastIndex = this.index;
      plainRun.exec(text);
      result += text.slice(this.index, plainRun.lastIndex);
      this.index = plainRun.lastIndex;
      if (this.index >= text.length) throw this.syntax(worded(m, 'json.unclosed_string', {}), opening);
      const code = text.charCodeAt(this.index);
      if (code === 0x22) {
        this.index++;
        return result;
      }
      if (code !== 0x5c) {
        const character = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
        throw this.syntax(worded(m, 'json.control_character', { character }));
      }
      const escape = text[this.index + 1] ?? '';
      if (escape === 'u') {
        const digits = text.slice(this.index + 2, this.index + 6);
        if (!hex4.test(digits)) throw this.syntax(worded(m, 'json.bad_unicode_escape', {}));
        result += String.fromCharCode(Number.parseInt(digits, 16));
        this.index += 6;
        continue;
      }
      const escaped = Object.hasOwn(escapes, escape) ? escapes[escape] : undefined;
      if (escaped === undefined) throw this.syntax(worded(m, 'json.unknown_escape', { escape }));
      result += escaped;
      this.index += 2;
    }
  }

  private number(): unknown {
    numberPattern.lastIndex = this.index;
    const match = numberPattern.exec(this.text);
    if (match === null) throw this.syntax(worded(m, 'json.expected_number', this.foundHere()));
    const literal = match[0];
    const offset = this.index;
    this.index += literal.length;
    try {
      return this.options.readNumber(literal);
    } catch (error) {
      if (error instanceof JsonNumberRefused) throw this.content(error.text, offset);
      throw error;
    }
  }
}
