// A strict JSON parser (RFC 8259, as JSON.parse reads it) that loses nothing: each number's
// literal goes to the caller, who keeps every digit, and a key given twice in one object is
// refused with its place instead of keeping the last value. Node 20's JSON.parse gives a
// reviver no source text, so the numbers cannot be had from it.

type Path = readonly (string | number)[];

/** Why a JSON text was refused, and where: the line and column, and the path of the value. */
export class JsonTextError extends Error {
  override name = 'JsonTextError' as const;
  constructor(
    /** 1-based. */
    readonly line: number,
    /** 1-based, in UTF-16 code units. */
    readonly column: number,
    /** The path of the value at fault; empty for a syntax error outside any value. */
    readonly path: Path,
    /** `syntax` for text that is not JSON; `content` for JSON this reader refuses (a key given twice, a number). */
    readonly kind: 'syntax' | 'content',
    message: string,
  ) {
    super(message);
  }
}

/** Thrown by a number reader to refuse a literal; the parser adds the place. */
export class JsonNumberRefused extends Error {
  override name = 'JsonNumberRefused' as const;
}

export interface JsonTextOptions {
  /** What a number literal becomes (the literal is valid JSON); throws {@link JsonNumberRefused} to refuse it. */
  readonly readNumber: (literal: string) => unknown;
  /**
   * Whether an entry of the top-level object is kept. An entry not kept is parsed (so the text
   * is still checked) and then dropped: a caller that counts what it drops bounds the memory of
   * a file of a million unknown keys.
   */
  readonly keepTopLevel?: (key: string) => boolean;
}

/** Objects and arrays nested deeper than this are refused: no data of ours comes near. */
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

  constructor(
    private readonly text: string,
    private readonly options: JsonTextOptions,
  ) {}

  parse(): unknown {
    this.skipWhitespace();
    if (this.index >= this.text.length) throw this.syntax('no JSON value');
    const value = this.value(0);
    this.skipWhitespace();
    if (this.index < this.text.length) throw this.syntax(`unexpected ${this.describeHere()} after the JSON value`);
    return value;
  }

  /** The 1-based line and column of `offset`: counted once, when there is an error to place. */
  private place(offset: number): { readonly line: number; readonly column: number } {
    let line = 1;
    let lineStart = 0;
    for (
      let index = this.text.indexOf('\n');
      index !== -1 && index < offset;
      index = this.text.indexOf('\n', index + 1)
    ) {
      line++;
      lineStart = index + 1;
    }
    return { line, column: offset - lineStart + 1 };
  }

  private syntax(message: string, offset = this.index): JsonTextError {
    const { line, column } = this.place(offset);
    return new JsonTextError(line, column, [...this.path], 'syntax', message);
  }

  private content(message: string, offset: number): JsonTextError {
    const { line, column } = this.place(offset);
    return new JsonTextError(line, column, [...this.path], 'content', message);
  }

  private describeHere(): string {
    if (this.index >= this.text.length) return 'end of input';
    const character = String.fromCodePoint(this.text.codePointAt(this.index) ?? 0);
    return JSON.stringify(character);
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
    throw this.syntax(`expected a value, got ${this.describeHere()}`);
  }

  private enter(depth: number): void {
    if (depth >= maxJsonDepth) throw this.content(`nested deeper than ${maxJsonDepth} levels`, this.index);
  }

  private object(depth: number): Record<string, unknown> {
    this.enter(depth);
    this.index++;
    const result: Record<string, unknown> = {};
    // Where each key was first given, for the message about a key given twice.
    const seen = new Map<string, number>();
    this.skipWhitespace();
    if (this.text.charCodeAt(this.index) === 0x7d) {
      this.index++;
      return result;
    }
    for (;;) {
      if (this.text.charCodeAt(this.index) !== 0x22)
        throw this.syntax(`expected a key in double quotes, got ${this.describeHere()}`);
      const keyOffset = this.index;
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.index) !== 0x3a)
        throw this.syntax(`expected ":" after a key, got ${this.describeHere()}`);
      this.index++;
      this.skipWhitespace();
      this.path.push(key);
      const keep = depth > 0 || this.options.keepTopLevel === undefined || this.options.keepTopLevel(key);
      if (keep) {
        const first = seen.get(key);
        if (first !== undefined) {
          throw this.content(
            `given twice (first on line ${this.place(first).line}); a JSON object keeps only one of them`,
            keyOffset,
          );
        }
        seen.set(key, keyOffset);
      }
      const value = this.value(depth + 1);
      this.path.pop();
      // `__proto__` is data like any key (as JSON.parse makes it), never the prototype.
      if (keep) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.index);
      if (next === 0x2c) {
        this.index++;
        this.skipWhitespace();
        continue;
      }
      if (next === 0x7d) {
        this.index++;
        return result;
      }
      throw this.syntax(`expected "," or "}" after a value, got ${this.describeHere()}`);
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
    for (;;) {
      this.path.push(result.length);
      result.push(this.value(depth + 1));
      this.path.pop();
      this.skipWhitespace();
      const next = this.text.charCodeAt(this.index);
      if (next === 0x2c) {
        this.index++;
        this.skipWhitespace();
        continue;
      }
      if (next === 0x5d) {
        this.index++;
        return result;
      }
      throw this.syntax(`expected "," or "]" after a value, got ${this.describeHere()}`);
    }
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
      if (this.index >= text.length) throw this.syntax('a string is not closed', opening);
      const code = text.charCodeAt(this.index);
      if (code === 0x22) {
        this.index++;
        return result;
      }
      if (code !== 0x5c) {
        throw this.syntax(
          `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}) in a string; write it as an escape such as \\n or \\u0009`,
        );
      }
      const escape = text[this.index + 1] ?? '';
      if (escape === 'u') {
        const digits = text.slice(this.index + 2, this.index + 6);
        if (!hex4.test(digits)) throw this.syntax('expected four hexadecimal digits after \\u');
        result += String.fromCharCode(Number.parseInt(digits, 16));
        this.index += 6;
        continue;
      }
      const escaped = Object.hasOwn(escapes, escape) ? escapes[escape] : undefined;
      if (escaped === undefined) throw this.syntax(`an unknown escape \\${escape}`);
      result += escaped;
      this.index += 2;
    }
  }

  private number(): unknown {
    numberPattern.lastIndex = this.index;
    const match = numberPattern.exec(this.text);
    if (match === null) throw this.syntax(`expected a number, got ${this.describeHere()}`);
    const literal = match[0];
    const offset = this.index;
    this.index += literal.length;
    try {
      return this.options.readNumber(literal);
    } catch (error) {
      if (error instanceof JsonNumberRefused) throw this.content(error.message, offset);
      throw error;
    }
  }
}

/** A JSON text error as a problem line: `file:line:column: not valid JSON: …` or `file:line: path: …`. */
export function describeJsonError(error: JsonTextError, name: string): string {
  return error.kind === 'syntax' || error.path.length === 0
    ? `${name}:${error.line}:${error.column}: ${error.kind === 'syntax' ? 'not valid JSON: ' : ''}${error.message}`
    : `${name}:${error.line}: ${error.path.join('.')}: ${error.message}`;
}
