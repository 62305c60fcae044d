// The page's downloads: the fill-in template of a bureau (CSV and XLSX, the content
// `ankang-eco template` writes) and the report of the evaluation on screen (Markdown and CSV,
// what `ankang-eco evaluate --format markdown|csv --sources` writes for the same files). Made
// in the browser with the package's own writers and handed to it as a file: nothing is sent
// anywhere. This module (the panel, its words and the writers) is fetched the first time the
// panel is opened.
import {
  builtinRuleSet,
  bureaus,
  formatCsvReport,
  formatMarkdownReport,
  type Evaluation,
  type Language,
} from 'ankang-eco-indicators';
import { templateCsv, templateRows, templateWorkbook } from 'ankang-eco-indicators/data';
import { createEvaluator } from 'ankang-eco-indicators/policy';
import { downloadTexts } from './download-texts.js';
import type { PageParts } from './texts.js';

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
 * types in formatted as text; its parts stored, as a page has no zlib).
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
  return {
    name,
    blob: new Blob([templateWorkbook(rows, lang).slice()], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
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

/** What the panel needs of the page: its parts, and the evaluation on screen (none when files were refused). */
export interface DownloadPage extends PageParts {
  readonly evaluation: () => Evaluation<string> | undefined;
}

/** The downloads panel, once made: `render` after the language or the evaluation on screen changed. */
export interface DownloadPanel {
  readonly render: () => void;
}

/** The years a template may be for: 2016 to this year. */
const templateYears = Array.from({ length: new Date().getFullYear() - 2015 }, (_, index) => 2016 + index);

/** The panel's controls, made once in `#downloads-body`, and drawn in the page's language. */
export function createDownloadPanel(page: DownloadPage): DownloadPanel {
  const { byId, element } = page;
  const select = (id: string): HTMLSelectElement => element('select', { id, 'data-testid': id }) as HTMLSelectElement;
  const button = (id: string, text: string): HTMLButtonElement =>
    element('button', { type: 'button', id, 'data-testid': id }, text) as HTMLButtonElement;
  const bureau = select('template-bureau');
  const year = select('template-year');
  const templateCsvButton = button('template-csv', 'CSV');
  const templateXlsxButton = button('template-xlsx', 'XLSX');
  const reportMarkdownButton = button('report-markdown', 'Markdown');
  const reportCsvButton = button('report-csv', 'CSV');
  const templateHeading = element('span', { class: 'download-heading' });
  const bureauLabel = element('label', { for: 'template-bureau' });
  const yearLabel = element('label', { for: 'template-year' });
  const reportHeading = element('span', { class: 'download-heading' });
  const hint = element('p', { class: 'hint' });
  byId('downloads-body').replaceChildren(
    element(
      'div',
      { class: 'controls' },
      templateHeading,
      bureauLabel,
      bureau,
      yearLabel,
      year,
      templateCsvButton,
      templateXlsxButton,
    ),
    element('div', { class: 'controls' }, reportHeading, reportMarkdownButton, reportCsvButton),
    hint,
  );
  for (const [format, control] of [
    ['csv', templateCsvButton],
    ['xlsx', templateXlsxButton],
  ] as const)
    control.addEventListener('click', () => {
      save(templateDownload(format, bureau.value, Number(year.value), page.lang()));
    });
  for (const [format, control] of [
    ['markdown', reportMarkdownButton],
    ['csv', reportCsvButton],
  ] as const)
    control.addEventListener('click', () => {
      const evaluation = page.evaluation();
      if (evaluation !== undefined) save(reportDownload(format, evaluation, page.lang()));
    });

  function render(): void {
    const lang = page.lang();
    const words = downloadTexts[lang];
    templateHeading.textContent = words.templateHeading;
    bureauLabel.textContent = words.templateBureau;
    yearLabel.textContent = words.templateYear;
    reportHeading.textContent = words.reportHeading;
    hint.textContent = words.hint;
    const chosenBureau = bureau.value === '' ? 'all' : bureau.value;
    bureau.replaceChildren(
      new Option(words.allBureaus, 'all', false, chosenBureau === 'all'),
      ...bureaus.map((info) => new Option(info.name[lang], info.id, false, info.id === chosenBureau)),
    );
    // As the command line's template: last year's figures unless another year is chosen.
    const chosenYear = year.value === '' ? new Date().getFullYear() - 1 : Number(year.value);
    year.replaceChildren(
      ...templateYears.map((value) => new Option(String(value), String(value), false, value === chosenYear)),
    );
    const none = page.evaluation() === undefined;
    reportMarkdownButton.disabled = none;
    reportCsvButton.disabled = none;
  }

  return { render };
}
