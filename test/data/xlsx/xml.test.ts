import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSharedStrings, readStyles, readWorkbookPart, workbookLimits } from '../../../src/data/xlsx/parts.js';
import { XmlError, xmlLimits, XmlReader, type XmlBudget } from '../../../src/data/xlsx/xml.js';
import { escapeXml } from '../../../src/data/xlsx/write-workbook.js';

const unlimited = (): XmlBudget => ({ elements: Number.MAX_SAFE_INTEGER });

/** Every event of `xml`, as `open a`, `close a` and `text …`. */
function events(xml: string, budget: XmlBudget = unlimited()): string[] {
  const reader = new XmlReader(xml, budget);
  const seen: string[] = [];
  for (let event = reader.next(); event !== 'end'; event = reader.next())
    seen.push(event === 'text' ? `text ${reader.text()}` : `${event} ${reader.name}`);
  return seen;
}

/** The message of the XmlError that reading `xml` throws. */
function refusal(xml: string, budget: XmlBudget = unlimited()): string {
  try {
    events(xml, budget);
  } catch (error) {
    if (error instanceof XmlError) return error.text.en;
    throw error;
  }
  throw new Error('read');
}

describe('the XML reader of workbook parts', () => {
  it('reads elements by their local names, attributes on demand, text with entities and CDATA', () => {
    const xml =
      '\uFEFF<?xml version="1.0"?><!-- a comment --><x:a xmlns:x="urn:x" x:b=\'1 &amp; 2\'><c/>t&lt;&#x41;&#66;<![CDATA[<raw&>]]></x:a>';
    expect(events(xml)).toStrictEqual(['open a', 'open c', 'close c', 'text t<AB', 'text <raw&>', 'close a']);
    const reader = new XmlReader(xml, unlimited());
    expect(reader.next()).toBe('open');
    expect([reader.attribute('b'), reader.attribute('xmlns'), reader.attribute('c')]).toStrictEqual([
      '1 & 2',
      undefined,
      undefined,
    ]);
  });

  it('refuses what a part never needs and markup that does not balance', () => {
    expect(refusal('<!DOCTYPE a [<!ENTITY e "e">]><a/>')).toContain('a document type declaration');
    expect(refusal('<a>&e;</a>')).toBe('unknown entity &e;');
    expect(refusal('<a>&#0;</a>')).toContain('a character reference to a character XML does not allow');
    expect(refusal('<a>a & b</a>')).toContain('a bare "&"');
    expect(refusal('<a><b></a></b>')).toBe('</a> closes <b>');
    expect(refusal('<a></a><b/>')).toBe('more than one root element');
    expect(refusal('<a>')).toBe('the document is not complete');
    expect(refusal('')).toBe('the document is not complete');
    expect(refusal('text<a/>')).toBe('text outside the root element');
    expect(refusal('<a b="1" b="2"/>')).toBe('the element <a> has the attribute b twice');
    expect(refusal('<a b=1/>')).toBe('a broken tag <a');
  });

  it('nests at most 64 deep: 64 is read, 65 refused at the 65th', () => {
    const nest = (depth: number): string => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    expect(events(nest(xmlLimits.depth))).toHaveLength(2 * xmlLimits.depth);
    expect(refusal(nest(xmlLimits.depth + 1))).toBe('elements nested more than 64 deep');
    // Millions of unclosed elements stop at the 65th, whatever follows.
    expect(refusal('<a>'.repeat(1_000_000))).toBe('elements nested more than 64 deep');
  });

  it('counts elements across the parts of a workbook: the budget is spent one per element and refused past it', () => {
    const budget = { elements: 10 };
    events('<a><b/><b/><b/></a>', budget);
    expect(budget.elements).toBe(6);
    events('<a><b/><b/><b/><b/></a>', budget);
    expect(budget.elements).toBe(1);
    expect(refusal('<a><b/></a>', budget)).toBe(`the workbook has more than ${xmlLimits.elements} elements`);
  });

  it('refuses an element of more than 1,000 attributes, a text, value or name past its length, at the limit exactly', () => {
    const attributes = (count: number): string =>
      `<a${Array.from({ length: count }, (_, index) => ` n${index}="v"`).join('')}/>`;
    expect(events(attributes(xmlLimits.attributes))).toStrictEqual(['open a', 'close a']);
    expect(refusal(attributes(xmlLimits.attributes + 1))).toBe('the element <a> has more than 1000 attributes');
    expect(events(`<a>${'x'.repeat(xmlLimits.textLength)}</a>`)).toHaveLength(3);
    expect(refusal(`<a>${'x'.repeat(xmlLimits.textLength + 1)}</a>`)).toBe('a text longer than 1000000 characters');
    expect(refusal(`<a b="${'x'.repeat(xmlLimits.textLength + 1)}"/>`)).toBe('a text longer than 1000000 characters');
    expect(refusal(`<a><![CDATA[${'x'.repeat(xmlLimits.textLength + 1)}]]></a>`)).toBe(
      'a text longer than 1000000 characters',
    );
    expect(events(`<${'n'.repeat(xmlLimits.nameLength)}/>`)).toHaveLength(2);
    expect(refusal(`<${'n'.repeat(xmlLimits.nameLength + 1)}/>`)).toBe('a name longer than 256 characters');
  });
});

describe('the small parts of a workbook', () => {
  it('shared strings: any text written as a writer escapes it is read back exactly (runs, entities, OOXML escapes)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 20 }), (texts) => {
        const xml = `<sst>${texts.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`;
        const strings = readSharedStrings(xml, unlimited());
        expect(strings.count).toBe(texts.length);
        expect(texts.map((_, index) => strings.at(index))).toStrictEqual(texts);
      }),
    );
    const strings = readSharedStrings(
      '<sst><si><r><t>eco</t></r><r><rPr/><t>Plan</t></r><rPh><t>フリガナ</t></rPh></si><si/><si><t/></si><si><t>a_x000D_b</t></si></sst>',
      unlimited(),
    );
    expect([0, 1, 2, 3, 4, -1, 0.5].map((index) => strings.at(index))).toStrictEqual([
      'ecoPlan',
      '',
      '',
      'a\rb',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('shared strings: more than a workbook may have cells are refused', () => {
    expect(() =>
      readSharedStrings(`<sst>${'<si/>'.repeat(workbookLimits.sharedStrings + 1)}</sst>`, unlimited()),
    ).toThrow('more than 5000000 shared strings');
  });

  it('styles: number formats by id, custom and built in; an id that is not a plain decimal is refused', () => {
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
      '<cellXfs><xf/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="49"/></cellXfs>' +
      '<dxfs><dxf><numFmt numFmtId="166" formatCode="0%"/></dxf></dxfs></styleSheet>';
    expect(readStyles(styles, unlimited())).toStrictEqual(['number', 'percent', 'date', 'date', 'percent', 'number']);
    expect(() => readStyles('<styleSheet><cellXfs><xf numFmtId="1e1"/></cellXfs></styleSheet>', unlimited())).toThrow(
      'the number format id numFmtId should be a whole decimal number, not "1e1"',
    );
  });

  it('workbook: sheets in order, the 1904 date system, a sheet name given twice refused', () => {
    expect(
      readWorkbookPart(
        '<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="数据" r:id="rId2"/><sheet name="b" r:id="rId1"/></sheets></workbook>',
        unlimited(),
      ),
    ).toStrictEqual({
      sheets: [
        { name: '数据', id: 'rId2' },
        { name: 'b', id: 'rId1' },
      ],
      date1904: true,
    });
    expect(() =>
      readWorkbookPart(
        '<workbook><sheets><sheet name="Data" id="1"/><sheet name="data" id="2"/></sheets></workbook>',
        unlimited(),
      ),
    ).toThrow('the sheet name "data" is given twice');
  });
});
