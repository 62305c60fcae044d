// A pull reader for the XML of workbook parts, bounded: every part of a workbook (the workbook,
// its relationships, styles, shared strings and sheets) is read through it, one event at a
// time, never built into a tree, so that what a part costs is its text and a few counters.
// Elements (names without their namespace prefix), attributes (read on demand), text with the
// five entities and character references, CDATA. What a workbook part never needs is refused
// rather than half-read: a document type declaration (entity expansion is how "billion laughs"
// attacks work), an unknown entity, broken or unbalanced markup, and anything past the limits
// of `xmlLimits`: nesting, elements, attributes, and the length of a text or a name.
//
// Platform-neutral on purpose (no Node built-ins): the reader runs wherever the inflated text
// of a part can be had.

import type { LocalizedText } from '../../vocabulary/localized-text.js';

/** Why a part's XML cannot be read, in Chinese and English (the caller names the part). */
export class XmlError extends Error {
  override name = 'XmlError' as const;
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

/**
 * The bounds of every XML part of a workbook. Each is far above what Excel, WPS or LibreOffice
 * write (a sheet nests 7 deep, a cell holds at most 32,767 characters, an element has a few
 * attributes) and far below what costs memory or time: a part past one is refused by name.
 */
export const xmlLimits = {
  /** Elements open inside each other, at most. */
  depth: 64,
  /** Elements in all the parts of one workbook together, at most: four for each cell a workbook may have. */
  elements: 20_000_000,
  /** Attributes of one element, at most. */
  attributes: 1_000,
  /** Characters of one text (a text node, an attribute value, a cell's or a shared string's text), at most. */
  textLength: 1_000_000,
  /** Characters of an element's or attribute's name, at most. */
  nameLength: 256,
} as const;

/** What the parts of one workbook may still spend: elements, counted across its parts. */
export interface XmlBudget {
  elements: number;
}

/** A fresh budget for one workbook. */
export const workbookXmlBudget = (): XmlBudget => ({ elements: xmlLimits.elements });

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Whether `code` is a character XML 1.0 allows (a character reference to anything else is refused). */
const xmlCharacter = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** Text with its entities and character references replaced. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{1,8});)?/g, (whole, entity: string | undefined) => {
    if (entity === undefined)
      throw new XmlError({ zh: '单独的 "&"（XML 中应写作 &amp;）', en: 'a bare "&" (XML writes it &amp;)' });
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      if (!xmlCharacter(code))
        throw new XmlError({
          zh: `字符引用不是 XML 允许的字符：${whole}`,
          en: `a character reference to a character XML does not allow: ${whole}`,
        });
      return String.fromCodePoint(code);
    }
    if (Object.hasOwn(entities, entity)) return entities[entity] ?? whole;
    throw new XmlError({ zh: `未知的实体 ${whole}`, en: `unknown entity ${whole}` });
  });
}

/** What {@link XmlReader.next} found. */
export type XmlEvent = 'open' | 'close' | 'text' | 'end';

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
/** Where a name ends: white space, `/`, `>` or `=`. */
const endsName = (code: number): boolean => isSpace(code) || code === 0x2f || code === 0x3e || code === 0x3d;

/**
 * The events of one part's XML, pulled one at a time: `open` (an element, its attributes read
 * on demand with {@link attribute}), `close` (also right after a self-closing element), `text`
 * (its decoded text with {@link text}), then `end`. The markup is checked as it is read: each
 * closing tag closes the element open, one root element, nothing but white space outside it,
 * and the limits of {@link xmlLimits}; past any of them {@link next} throws {@link XmlError}.
 */
export class XmlReader {
  readonly #xml: string;
  readonly #budget: XmlBudget;
  #at: number;
  /** The qualified names of the elements open, outermost first. */
  readonly #open: string[] = [];
  #rootSeen = false;
  /** A self-closing element read: its `close` comes next. */
  #pendingClose = false;
  /** The current element's attributes: name start, name end, value start, value end, for each. */
  #attributes = new Int32Array(32);
  #attributeCount = 0;
  #textStart = 0;
  #textEnd = 0;
  /** The current text came from a CDATA section: taken as it is, without entities. */
  #cdata = false;

  /** The local name (without its prefix) of the element of the current `open` or `close`. */
  name = '';
  /** Whether the current `open` is a self-closing element (its `close` follows at once). */
  selfClosing = false;

  constructor(xml: string, budget: XmlBudget) {
    this.#xml = xml;
    this.#budget = budget;
    this.#at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** How many elements are open: 1 inside the root element (after its `open`), 0 outside it. */
  get depth(): number {
    return this.#open.length;
  }

  /**
   * The local name of the element open at nesting `level` (1 is the root): after an `open`,
   * `nameAt(depth)` is the element itself and `nameAt(depth - 1)` its parent; at a `text`,
   * `nameAt(depth)` holds the text.
   */
  nameAt(level: number): string | undefined {
    const name = this.#open[level - 1];
    return name === undefined ? undefined : local(name);
  }

  /** The next event. */
  next(): XmlEvent {
    if (this.#pendingClose) {
      this.#pendingClose = false;
      this.#open.pop();
      return 'close';
    }
    const xml = this.#xml;
    const { length } = xml;
    for (;;) {
      const at = this.#at;
      if (at >= length) {
        if (this.#open.length > 0 || !this.#rootSeen)
          throw new XmlError({ zh: '文档不完整', en: 'the document is not complete' });
        return 'end';
      }
      if (xml.charCodeAt(at) !== 0x3c) {
        let end = xml.indexOf('<', at);
        if (end === -1) end = length;
        this.#at = end;
        if (this.#open.length === 0) {
          if (!isBlank(xml, at, end))
            throw new XmlError({ zh: '根元素之外有文本', en: 'text outside the root element' });
          continue;
        }
        return this.#textEvent(at, end, false);
      }
      const second = xml.charCodeAt(at + 1);
      if (second === 0x3f) {
        // A processing instruction (the XML declaration among them): nothing a workbook needs from it.
        const close = xml.indexOf('?>', at + 2);
        if (close === -1) throw new XmlError({ zh: '处理指令没有结束', en: 'a processing instruction is not closed' });
        this.#at = close + 2;
        continue;
      }
      if (second === 0x21) {
        if (xml.startsWith('<!--', at)) {
          const close = xml.indexOf('-->', at + 4);
          if (close === -1) throw new XmlError({ zh: '注释没有结束', en: 'a comment is not closed' });
          this.#at = close + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', at)) {
          const close = xml.indexOf(']]>', at + 9);
          if (close === -1) throw new XmlError({ zh: 'CDATA 段没有结束', en: 'a CDATA section is not closed' });
          if (this.#open.length === 0)
            throw new XmlError({ zh: '根元素之外有文本', en: 'text outside the root element' });
          this.#at = close + 3;
          return this.#textEvent(at + 9, close, true);
        }
        throw new XmlError({
          zh: '不读取文档类型声明（<!DOCTYPE …>）',
          en: 'a document type declaration (<!DOCTYPE …>) is not read',
        });
      }
      if (second === 0x2f) return this.#closeTag(at);
      return this.#openTag(at);
    }
  }

  #textEvent(start: number, end: number, cdata: boolean): XmlEvent {
    if (end - start > xmlLimits.textLength) throw tooLong();
    this.#textStart = start;
    this.#textEnd = end;
    this.#cdata = cdata;
    return 'text';
  }

  /** A name from `start`: its end, checked against the limit. */
  #nameEnd(start: number): number {
    const xml = this.#xml;
    let end = start;
    const { length } = xml;
    while (end < length && !endsName(xml.charCodeAt(end))) end++;
    if (end === start) throw new XmlError({ zh: '标签已损坏', en: 'a broken tag' });
    if (end - start > xmlLimits.nameLength)
      throw new XmlError({
        zh: `名称超过 ${xmlLimits.nameLength} 个字符`,
        en: `a name longer than ${xmlLimits.nameLength} characters`,
      });
    return end;
  }

  #closeTag(at: number): XmlEvent {
    const xml = this.#xml;
    const nameEnd = this.#nameEnd(at + 2);
    let end = nameEnd;
    while (end < xml.length && isSpace(xml.charCodeAt(end))) end++;
    if (xml.charCodeAt(end) !== 0x3e) throw new XmlError({ zh: '结束标签已损坏', en: 'a broken closing tag' });
    const open = this.#open.pop();
    const name = xml.slice(at + 2, nameEnd);
    if (open !== name)
      throw new XmlError({
        zh: `</${name}> 关闭的是 <${open ?? '（无）'}>`,
        en: `</${name}> closes <${open ?? 'nothing'}>`,
      });
    this.name = local(name);
    this.#at = end + 1;
    return 'close';
  }

  #openTag(at: number): XmlEvent {
    const xml = this.#xml;
    const { length } = xml;
    if (this.#open.length === 0 && this.#rootSeen)
      throw new XmlError({ zh: '根元素不止一个', en: 'more than one root element' });
    if (--this.#budget.elements < 0)
      throw new XmlError({
        zh: `工作簿的元素超过 ${xmlLimits.elements} 个`,
        en: `the workbook has more than ${xmlLimits.elements} elements`,
      });
    if (this.#open.length >= xmlLimits.depth)
      throw new XmlError({
        zh: `元素嵌套超过 ${xmlLimits.depth} 层`,
        en: `elements nested more than ${xmlLimits.depth} deep`,
      });
    const nameEnd = this.#nameEnd(at + 1);
    const name = xml.slice(at + 1, nameEnd);
    let cursor = nameEnd;
    let count = 0;
    for (;;) {
      const spaceStart = cursor;
      while (cursor < length && isSpace(xml.charCodeAt(cursor))) cursor++;
      const code = xml.charCodeAt(cursor);
      if (code === 0x3e || (code === 0x2f && xml.charCodeAt(cursor + 1) === 0x3e)) break;
      if (cursor === spaceStart || cursor >= length)
        throw new XmlError({ zh: `标签 <${name} 已损坏`, en: `a broken tag <${name}` });
      const attributeStart = cursor;
      const attributeEnd = this.#nameEnd(cursor);
      cursor = attributeEnd;
      while (cursor < length && isSpace(xml.charCodeAt(cursor))) cursor++;
      if (xml.charCodeAt(cursor) !== 0x3d)
        throw new XmlError({ zh: `标签 <${name} 已损坏`, en: `a broken tag <${name}` });
      cursor++;
      while (cursor < length && isSpace(xml.charCodeAt(cursor))) cursor++;
      const quote = xml.charCodeAt(cursor);
      if (quote !== 0x22 && quote !== 0x27)
        throw new XmlError({ zh: `标签 <${name} 已损坏`, en: `a broken tag <${name}` });
      const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", cursor + 1);
      if (valueEnd === -1) throw new XmlError({ zh: `标签 <${name} 已损坏`, en: `a broken tag <${name}` });
      if (valueEnd - cursor - 1 > xmlLimits.textLength) throw tooLong();
      if (count >= xmlLimits.attributes)
        throw new XmlError({
          zh: `元素 <${name}> 的属性超过 ${xmlLimits.attributes} 个`,
          en: `the element <${name}> has more than ${xmlLimits.attributes} attributes`,
        });
      if (count * 4 + 4 > this.#attributes.length) {
        const grown = new Int32Array(this.#attributes.length * 2);
        grown.set(this.#attributes);
        this.#attributes = grown;
      }
      // The same attribute twice is not XML, and would leave which one counts to chance.
      for (let other = 0; other < count; other++) {
        const otherStart = this.#attributes[other * 4] ?? 0;
        const otherEnd = this.#attributes[other * 4 + 1] ?? 0;
        if (
          otherEnd - otherStart === attributeEnd - attributeStart &&
          xml.startsWith(xml.slice(attributeStart, attributeEnd), otherStart)
        )
          throw new XmlError({
            zh: `元素 <${name}> 的属性 ${xml.slice(attributeStart, attributeEnd)} 出现两次`,
            en: `the element <${name}> has the attribute ${xml.slice(attributeStart, attributeEnd)} twice`,
          });
      }
      this.#attributes[count * 4] = attributeStart;
      this.#attributes[count * 4 + 1] = attributeEnd;
      this.#attributes[count * 4 + 2] = cursor + 1;
      this.#attributes[count * 4 + 3] = valueEnd;
      count++;
      cursor = valueEnd + 1;
    }
    this.#attributeCount = count;
    const selfClosing = xml.charCodeAt(cursor) === 0x2f;
    this.#at = cursor + (selfClosing ? 2 : 1);
    this.#open.push(name);
    this.#rootSeen = true;
    this.#pendingClose = selfClosing;
    this.selfClosing = selfClosing;
    this.name = local(name);
    return 'open';
  }

  /** The value of the current element's attribute `name` (matched by its local name), decoded; `undefined` when it has none. */
  attribute(name: string): string | undefined {
    const xml = this.#xml;
    for (let index = 0; index < this.#attributeCount; index++) {
      const start = this.#attributes[index * 4] ?? 0;
      const end = this.#attributes[index * 4 + 1] ?? 0;
      let localStart = start;
      for (let index = start; index < end; index++) if (xml.charCodeAt(index) === 0x3a) localStart = index + 1;
      if (end - localStart !== name.length || !xml.startsWith(name, localStart)) continue;
      const value = xml.slice(this.#attributes[index * 4 + 2] ?? 0, this.#attributes[index * 4 + 3] ?? 0);
      if (value.includes('<'))
        throw new XmlError({ zh: `属性值中有 "<"：${name}`, en: `a "<" in the value of ${name}` });
      return decodeXmlText(value);
    }
    return undefined;
  }

  /** The text of the current `text` event, entities decoded (a CDATA section as it is). */
  text(): string {
    const raw = this.#xml.slice(this.#textStart, this.#textEnd);
    return this.#cdata ? raw : decodeXmlText(raw);
  }

  /** Whether the current `text` event is only white space. */
  textIsBlank(): boolean {
    return !this.#cdata && isBlank(this.#xml, this.#textStart, this.#textEnd);
  }

  /**
   * Where the current `text` event's characters are in the part's text, when they are its text
   * as it is (no entity, no CDATA): start and end; `undefined` when the text must be decoded.
   */
  rawTextRange(): readonly [number, number] | undefined {
    if (this.#cdata) return undefined;
    // A loop within the text, not indexOf: that would search the rest of the part for each text.
    for (let index = this.#textStart; index < this.#textEnd; index++)
      if (this.#xml.charCodeAt(index) === 0x26) return undefined;
    return [this.#textStart, this.#textEnd];
  }
}

/** The local part of a qualified name: `x:c` is `c`. */
const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

function isBlank(xml: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isSpace(xml.charCodeAt(index))) return false;
  return true;
}

const tooLong = (): XmlError =>
  new XmlError({
    zh: `文本超过 ${xmlLimits.textLength} 个字符`,
    en: `a text longer than ${xmlLimits.textLength} characters`,
  });
