// The page's downloads: the fill-in template of a bureau (CSV and XLSX, the content
// `ankang-eco template` writes) and the report of the evaluation on screen (Markdown and CSV,
// what `ankang-eco evaluate --format markdown|csv --sources` writes for the same files). Made
// in the browser with the package's own formatters and handed to it as a file: nothing is sent
// anywhere. Fetched the first time a download is asked for.
import {
  builtinRuleSet,
  formatCsvReport,
  formatMarkdownReport,
  type Evaluation,
  type Language,
} from 'ankang-eco-indicators';
import { templateCsv, templateRows, templateWorkbook } from 'ankang-eco-indicators/data';
import { createEvaluator } from 'ankang-eco-indicators/policy';

/** A file to save: its name, and its content with its type. */
export interface Download {
  readonly name: string;
  readonly blob: Blob;
}

/** The built-in rules as the template reads them (the command line reads the same rules from rules/). */
let ruleSet: ReturnType<typeof createEvaluator>['ruleSet'] | undefined;

/**
 * The fill-in template of `bureau` (`all` for every bureau) for the figures of `year`, in
 * `lang`: CSV (UTF-8 with a byte-order mark, as Excel opens it) or XLSX (the columns a bureau
 * types in formatted as text).
 */
export function templateDownload(format: 'csv' | 'xlsx', bureau: string, year: number, lang: Language): Download {
  ruleSet ??= createEvaluator(builtinRuleSet).ruleSet;
  const rows = templateRows(ruleSet, {
    year,
    derivations: ruleSet.derivations,
    ...(bureau === 'all' ? {} : { bureau }),
  });
  const name = `ankang-template-${year}-${bureau}-${lang}.${format}`;
  if (format === 'csv') return { name, blob: new Blob([templateCsv(rows, lang)], { type: 'text/csv;charset=utf-8' }) };
  // Stored, not deflated: a page has no zlib, and every spreadsheet program opens it the same.
  const bytes = templateWorkbook(rows, lang).slice();
  return {
    name,
    blob: new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  };
}

/** The report of `evaluation` in `lang`, with where each figure came from: Markdown or CSV. */
export function reportDownload(format: 'markdown' | 'csv', evaluation: Evaluation<string>, lang: Language): Download {
  const name = `ankang-evaluation-${evaluation.year}-${lang}.${format === 'markdown' ? 'md' : 'csv'}`;
  return format === 'markdown'
    ? {
        name,
        blob: new Blob([formatMarkdownReport(evaluation, { lang, sources: true })], {
          type: 'text/markdown;charset=utf-8',
        }),
      }
    : {
        name,
        blob: new Blob([formatCsvReport(evaluation, { lang, sources: true })], { type: 'text/csv;charset=utf-8' }),
      };
}

/** Hands `file` to the browser to save, as a link to it clicked: the bytes never leave the page. */
export function save(file: Download): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
