import { describe, expect, it } from 'vitest';
import { DataFileError, formatDataPlace, formatIssues } from '../../src/index.js';
import { decodeDataBytes } from '../../src/data.js';

const text = 'key,value\necoPlanAdopted,是\n';
const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value);
const utf16 = (value: string, littleEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(2 + value.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < value.length; index++)
    view.setUint16(2 + index * 2, value.charCodeAt(index), littleEndian);
  return bytes;
};
/** `text` as GBK, the encoding Excel on Chinese Windows saves CSV in: 是 is CA C7. */
const gbk = Uint8Array.from([...utf8('key,value\necoPlanAdopted,'), 0xca, 0xc7, 0x0a]);

function refusal(bytes: Uint8Array, encoding?: 'utf-8' | 'gb18030', lang: 'zh' | 'en' = 'en'): string {
  try {
    decodeDataBytes(bytes, 'figures.csv', encoding);
  } catch (error) {
    if (error instanceof DataFileError) return formatIssues(error.issues, { bullet: '', place: formatDataPlace, lang });
    throw error;
  }
  throw new Error('decoded');
}

describe('decodeDataBytes', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 with a BOM, as they are', () => {
    expect(decodeDataBytes(utf8(text), 'a')).toBe(text);
    expect(decodeDataBytes(utf8(`\uFEFF${text}`), 'a')).toBe(text);
    expect(decodeDataBytes(utf16(text, true), 'a')).toBe(text);
    expect(decodeDataBytes(utf16(text, false), 'a')).toBe(text);
  });

  it('refuses GBK without the option, naming the encoding and --encoding gb18030, and reads it with the option', () => {
    const message = refusal(gbk);
    expect(message).toMatch(/^figures\.csv:2: not UTF-8 \(byte 0xCA at offset 25\); it reads as GB18030\/GBK/);
    expect(message).toContain('add --encoding gb18030 to read it');
    expect(refusal(gbk, undefined, 'zh')).toContain('请加 --encoding gb18030 读取');
    expect(decodeDataBytes(gbk, 'figures.csv', 'gb18030')).toBe(text);
  });

  it('names the reader’s own control instead of --encoding when given one (a page’s), in both languages', () => {
    const hints = { encoding: { zh: '请在文件旁选 GB18030 读取', en: 'choose GB18030 beside the file to read it' } };
    const said = (lang: 'zh' | 'en') => {
      try {
        decodeDataBytes(gbk, 'figures.csv', 'utf-8', hints);
      } catch (error) {
        if (error instanceof DataFileError)
          return formatIssues(error.issues, { bullet: '', place: formatDataPlace, lang });
        throw error;
      }
      throw new Error('decoded');
    };
    expect(said('en')).toContain('"CSV": choose GB18030 beside the file to read it, or save it as UTF-8');
    expect(said('zh')).toContain('的编码）：请在文件旁选 GB18030 读取，或另存为 UTF-8');
    expect(said('en')).not.toContain('--encoding');
  });

  it('lets a UTF-8 BOM decide the encoding, whatever was asked', () => {
    expect(decodeDataBytes(utf8(`\uFEFF${text}`), 'a', 'gb18030')).toBe(text);
  });

  it('refuses what it cannot read exactly: other bytes, UTF-16 without a BOM, UTF-32, NUL, nothing', () => {
    expect(refusal(Uint8Array.from([0x6b, 0x65, 0x79, 0x0a, 0xff, 0xfe, 0x41]))).toContain(
      'figures.csv:2: not UTF-8 (byte 0xFF at offset 4), in an encoding that cannot be told',
    );
    expect(refusal(utf16(text, true).subarray(2))).toContain('looks like UTF-16LE without a byte-order mark');
    expect(refusal(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toContain('the input is UTF-32');
    expect(refusal(utf8('key,value\npm25,3\u00000\n'))).toContain('figures.csv:2: a NUL byte');
    expect(refusal(new Uint8Array())).toBe('figures.csv: no data (the input is empty)');
    expect(refusal(utf8(' \r\n'))).toBe('figures.csv: no data (the input is blank)');
    expect(refusal(gbk.subarray(0, gbk.length - 2), 'gb18030')).toContain('not valid GB18030 (GBK) text');
  });
});
