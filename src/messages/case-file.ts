// The catalogue of `case_file.*`: what is said of a declarative case file (`parseCaseFile`,
// `runCase`, `ankang-eco test`) beyond the shape of its values.

import { fixed } from './wording.js';

export const caseFileMessages = {
  'case_file.expectation': fixed(
    'expected "pass", "fail" or "missing", or { "status": …, "standardStatus": … }',
    '应为 "pass"、"fail" 或 "missing"，或 { "status": …, "standardStatus": … }',
  ),
  'case_file.no_cases': fixed('a case file has at least one case', '案例文件至少包含一个案例'),
  'case_file.expects_nothing': fixed(
    'a case expects something: targets, city, bureaus or indicators (a case that checks nothing cannot fail)',
    '案例必须有所期望：targets、city、bureaus 或 indicators（什么都不检查的案例不可能失败）',
  ),
} as const;
