// The codes of the package's issues, as one type: each catalogue's keys. Types only: nothing
// here loads a catalogue.

import type { caseFileMessages } from './case-file.js';
import type { dataFileMessages } from './data-file.js';
import type { inputMessages } from './input.js';
import type { jsonMessages } from './json.js';
import type { measurementMessages } from './measurement.js';
import type { ruleSetMessages } from './rule-set.js';
import type { valueMessages } from './value.js';
import type { workbookMessages } from './workbook.js';

/**
 * The stable code of an issue of this package (`measurement.not_plain_decimal`), one per thing
 * it says; the `params` it is worded from are listed with it in docs/issue-codes.md.
 */
export type IssueCode =
  | keyof typeof inputMessages
  | keyof typeof measurementMessages
  | keyof typeof ruleSetMessages
  | keyof typeof caseFileMessages
  | keyof typeof dataFileMessages
  | keyof typeof workbookMessages
  | keyof typeof valueMessages
  | keyof typeof jsonMessages;
