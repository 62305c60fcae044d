import { describe, expect, it } from 'vitest';
import { InputTooLargeError } from '../../src/cli/read-input.js';
import { commandLineHints } from '../../src/data/option-hints.js';
import { readRelationships } from '../../src/data/xlsx/parts.js';
import { workbookXmlBudget, XmlReader } from '../../src/data/xlsx/xml.js';
import { ZipArchive } from '../../src/data/xlsx/zip.js';
import { csvRecords } from '../../src/data/csv-records.js';
import { measurementNumber, parseJsonText, ReadError } from '../../src/data.js';
import { issueWordings } from '../../scripts/issue-codes.js';

// The readers' internal errors are thin subclasses of one base, each worded from a catalogue:
// what the caller turns into an issue at its place is a code, its params and its wording.

/** What `read` throws. */
function thrownBy(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('ReadError, the base of the readers’ errors', () => {
  it.each([
    ['JsonTextError', () => parseJsonText('{"a": 1,', { readNumber: Number }), 'json.expected_key'],
    [
      'JsonTextError (a number refused)',
      () => parseJsonText('1e5000', { readNumber: measurementNumber }),
      'json.number_too_long',
    ],
    ['CsvSyntaxError', () => [...csvRecords('a,"b\n')], 'data_file.csv_unclosed_quote'],
    [
      'ZipError',
      () => new ZipArchive(new Uint8Array(30), 1000, commandLineHints.maxBytes),
      'workbook.zip_no_end_record',
    ],
    [
      'XmlError',
      () => {
        const reader = new XmlReader('<!DOCTYPE x><a/>', workbookXmlBudget());
        while (reader.next() !== 'end');
      },
      'workbook.xml_doctype',
    ],
    [
      'PartError',
      () =>
        readRelationships(
          '<r><Relationship Id="a" Target="x"/><Relationship Id="a" Target="y"/></r>',
          '',
          workbookXmlBudget(),
        ),
      'workbook.relationship_twice',
    ],
    [
      'InputTooLargeError',
      () => {
        throw new InputTooLargeError(64);
      },
      'cli.input_too_large',
    ],
  ] as const)('%s is a ReadError with a code of a catalogue, worded by it', (name, read, code) => {
    const error = thrownBy(read);
    expect(error).toBeInstanceOf(ReadError);
    const { text } = error as ReadError<string>;
    expect([(error as Error).name, text.code]).toEqual([name.split(' ')[0], code]);
    expect((error as Error).message).toBe(text.en);
    expect(text.en).toBe(issueWordings[code]?.en(text.params as never));
    expect(text.zh).toBe(issueWordings[code]?.zh(text.params as never));
  });
});
