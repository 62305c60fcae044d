// A pull tokenizer for the XML of workbook parts: elements (names without their namespace
// prefix), attributes, text with the five entities and character references, CDATA. What a
// workbook part never needs is refused rather than half-read: a document type declaration
// (entity expansion is how "billion laughs" attacks work), an unknown entity, broken markup.

import type { LocalizedText } from 'ankang-eco-indicators';

/** Why a part's XML cannot be read, in Chinese and English. */
export class XmlError extends Error {
  override name = 'XmlError' as const;
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

/** A token of XML: an opening tag (perhaps self-closing), a closing tag, or text. */
export type XmlToken =
  | {
      readonly type: 'open';
      readonly name: string;
      readonly attributes: ReadonlyMap<string, string>;
      readonly selfClosing: boolean;
    }
  | { readonly type: 'close'; readonly name: string }
  | { readonly type: 'text'; readonly text: string };

const namePattern = /[^\s/>=]+/y;
const attributePattern = /\s*([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The local part of a qualified name: `x:c` is `c`. */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Text with its entities and character references replaced. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[A-Za-z]{1,8});)?/g, (whole, entity: string | undefined) => {
    if (entity === undefined)
      throw new XmlError({ zh: '单独的 "&"（XML 中应写作 &amp;）', en: 'a bare "&" (XML writes it &amp;)' });
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      if (code > 0x10ffff)
        throw new XmlError({ zh: `字符引用超出范围：${whole}`, en: `a character reference out of range: ${whole}` });
      return String.fromCodePoint(code);
    }
    if (Object.hasOwn(entities, entity)) return entities[entity] ?? whole;
    throw new XmlError({ zh: `未知的实体 ${whole}`, en: `unknown entity ${whole}` });
  });
}

/** The tokens of `xml`, one at a time. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  let index = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { length } = xml;
  while (index < length) {
    const open = xml.indexOf('<', index);
    if (open === -1) {
      const rest = xml.slice(index);
      if (rest.trim() !== '') yield { type: 'text', text: decodeXmlText(rest) };
      return;
    }
    if (open > index) yield { type: 'text', text: decodeXmlText(xml.slice(index, open)) };
    if (xml.startsWith('<?', open)) {
      const close = xml.indexOf('?>', open + 2);
      if (close === -1) throw new XmlError({ zh: '处理指令没有结束', en: 'a processing instruction is not closed' });
      index = close + 2;
      continue;
    }
    if (xml.startsWith('<!--', open)) {
      const close = xml.indexOf('-->', open + 4);
      if (close === -1) throw new XmlError({ zh: '注释没有结束', en: 'a comment is not closed' });
      index = close + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', open)) {
      const close = xml.indexOf(']]>', open + 9);
      if (close === -1) throw new XmlError({ zh: 'CDATA 段没有结束', en: 'a CDATA section is not closed' });
      yield { type: 'text', text: xml.slice(open + 9, close) };
      index = close + 3;
      continue;
    }
    if (xml.startsWith('<!', open))
      throw new XmlError({
        zh: '不读取文档类型声明（<!DOCTYPE …>）',
        en: 'a document type declaration (<!DOCTYPE …>) is not read',
      });
    if (xml.charCodeAt(open + 1) === 0x2f) {
      namePattern.lastIndex = open + 2;
      const name = namePattern.exec(xml)?.[0];
      const close = xml.indexOf('>', open);
      if (name === undefined || close === -1) throw new XmlError({ zh: '结束标签已损坏', en: 'a broken closing tag' });
      yield { type: 'close', name: local(name) };
      index = close + 1;
      continue;
    }
    namePattern.lastIndex = open + 1;
    const name = namePattern.exec(xml)?.[0];
    if (name === undefined) throw new XmlError({ zh: '标签已损坏', en: 'a broken tag' });
    let at = namePattern.lastIndex;
    const attributes = new Map<string, string>();
    for (;;) {
      attributePattern.lastIndex = at;
      const match = attributePattern.exec(xml);
      if (match === null) break;
      attributes.set(local(match[1] ?? ''), decodeXmlText(match[2] ?? match[3] ?? ''));
      at = attributePattern.lastIndex;
    }
    while (at < length && /\s/.test(xml[at] ?? '')) at++;
    const selfClosing = xml.startsWith('/>', at);
    if (!selfClosing && xml[at] !== '>')
      throw new XmlError({ zh: `标签 <${name} 已损坏`, en: `a broken tag <${name}` });
    yield { type: 'open', name: local(name), attributes, selfClosing };
    index = at + (selfClosing ? 2 : 1);
  }
}

/** An element as a small tree, for the small parts of a workbook (not its sheets, which are streamed). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly (XmlElement | string)[];
}

/** The root element of `xml`, as a tree. */
export function parseXml(xml: string): XmlElement {
  const stack: { name: string; attributes: ReadonlyMap<string, string>; children: (XmlElement | string)[] }[] = [];
  let root: XmlElement | undefined;
  for (const token of xmlTokens(xml)) {
    if (token.type === 'text') {
      stack[stack.length - 1]?.children.push(token.text);
      continue;
    }
    if (token.type === 'open') {
      const element = { name: token.name, attributes: token.attributes, children: [] as (XmlElement | string)[] };
      if (stack.length === 0) {
        if (root !== undefined) throw new XmlError({ zh: '根元素不止一个', en: 'more than one root element' });
        root = element;
      } else stack[stack.length - 1]?.children.push(element);
      if (!token.selfClosing) stack.push(element);
      continue;
    }
    const top = stack.pop();
    if (top?.name !== token.name)
      throw new XmlError({
        zh: `</${token.name}> 关闭的是 <${top?.name ?? '（无）'}>`,
        en: `</${token.name}> closes <${top?.name ?? 'nothing'}>`,
      });
  }
  if (root === undefined || stack.length > 0)
    throw new XmlError({ zh: '文档不完整', en: 'the document is not complete' });
  return root;
}

/** The child elements of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}
