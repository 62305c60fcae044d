// The dashboard's own words, in Chinese and English. Names of indicators, bureaus and
// measurements, and every explanation, come from the package.
import type { Status } from 'ankang-eco-indicators';
import type { LoadWords } from './lazy-module.js';

/** A language the dashboard speaks. */
export type Lang = 'zh' | 'en';

/** The words of the page in one language. */
export interface Texts {
  readonly title: string;
  readonly year: string;
  readonly language: string;
  readonly baseline: string;
  readonly baselineSample: string;
  readonly baselineNone: string;
  readonly reset: string;
  readonly city: string;
  readonly bureaus: string;
  readonly indicators: string;
  readonly measurements: string;
  readonly measurementsHint: string;
  readonly bureau: string;
  readonly status: string;
  readonly standardStatus: string;
  readonly counts: (counts: { readonly pass: number; readonly fail: number; readonly missing: number }) => string;
  readonly targets: (targets: number | 'standard', year: number) => string;
  readonly statusNames: Readonly<Record<Status, string>>;
  readonly noData: string;
  readonly yes: string;
  readonly no: string;
  readonly issues: string;
  readonly checks: string;
  readonly measurement: string;
  readonly actual: string;
  readonly threshold: string;
  readonly gap: string;
  readonly result: string;
  readonly lastYear: string;
  readonly against: string;
  readonly ruleSet: string;
  readonly viewYear: string;
  readonly viewTrends: string;
  readonly views: string;
  /** In the Trends view's place while its module is fetched (the first time it is opened), or why it is missing. */
  readonly trendViewLoad: LoadWords;
  /** The button beside a module that could not be fetched. */
  readonly reload: string;
  /** Checks by status, after the indicators' counts. */
  readonly checkCounts: (counts: { readonly pass: number; readonly fail: number; readonly missing: number }) => string;
  readonly note: string;
  /** Punctuation: after a label, between clauses, around a parenthesis (full-width in Chinese). */
  readonly colon: string;
  readonly separator: string;
  readonly open: string;
  readonly close: string;
  readonly sourcesHeading: string;
  // ── The data panel: the user's own files ──
  readonly dataHeading: string;
  readonly dropHint: string;
  readonly pickFiles: string;
  readonly dropHere: string;
  /** A file's encoding, in the file list. */
  readonly encoding: (name: string) => string;
  readonly encodings: Readonly<Record<'utf-8' | 'gb18030', string>>;
  readonly ignoreUnknown: string;
  readonly useSample: string;
  /** What the page does with the files, and that nothing leaves the machine. */
  readonly privacy: string;
  /** While the file readers are fetched (the first time a file is dropped or picked), or why they are missing. */
  readonly intakeLoad: LoadWords;
  /** The baseline of files: the data's previous year, when it has it. */
  readonly baselineOfData: (year: number, present: boolean) => string;
  /** The form when the figures are the files': read-only. */
  readonly measurementsOfFiles: (year: number) => string;
  /** In the results' place when the files were refused. */
  readonly notEvaluated: string;
  // ── Downloads (their panel's own words come with it: download-texts.ts) ──
  readonly downloadsHeading: string;
  readonly downloadsLoad: LoadWords;
}

/** What the page lends the modules it loads later (the Trends view, the file readers): its language, words and elements. */
export interface PageParts {
  readonly lang: () => Lang;
  readonly texts: () => Texts;
  /** The element of the page with `id`. */
  readonly byId: (id: string) => HTMLElement;
  /** A new element with attributes and text or children. */
  readonly element: (
    tag: string,
    attributes?: Readonly<Record<string, string>>,
    ...children: readonly (Node | string)[]
  ) => HTMLElement;
}

/** Every word of the page, by language. */
export const texts: Readonly<Record<Lang, Texts>> = {
  zh: {
    title: '安康市生态文明建设示范市指标看板',
    year: '评估年份',
    language: '语言',
    baseline: '对照基线',
    baselineSample: '2019 年样例数据',
    baselineNone: '无基线',
    reset: '恢复样例数据',
    city: '全市',
    bureaus: '各责任单位',
    indicators: '各项指标',
    measurements: '测量值',
    measurementsHint:
      '修改任意数值，结果随即更新。数值可写小数（如 95.2）；留空表示无数据。示例数据仅供演示，并非官方统计。',
    bureau: '责任单位',
    status: '年度目标',
    standardStatus: '创建标准',
    counts: ({ pass, fail, missing }) => `达标 ${pass}，未达标 ${fail}，缺数据 ${missing}`,
    targets: (targets, year) =>
      targets === 'standard' ? `${year} 年无年度任务表，按创建标准评估` : `对照 ${targets} 年目标`,
    statusNames: { pass: '✔ 达标', fail: '✘ 未达标', missing: '？ 缺数据' },
    noData: '无数据',
    yes: '是',
    no: '否',
    issues: '输入有误，未能评估：',
    checks: '检查项',
    measurement: '测量值',
    actual: '实际值',
    threshold: '目标',
    gap: '差距',
    result: '结果',
    lastYear: '上年',
    against: '对照',
    ruleSet: '规则集',
    viewYear: '单年评估',
    viewTrends: '历年趋势',
    views: '视图',
    trendViewLoad: {
      loading: '正在加载历年趋势视图…',
      failed:
        '历年趋势视图未能加载（网络或服务器出错）。单年评估照常可用；刷新页面可再次加载（页面上所做的修改不会保留）。',
    },
    reload: '刷新页面',
    checkCounts: ({ pass, fail, missing }) => `检查：达标 ${pass}，未达标 ${fail}，缺数据 ${missing}`,
    note: '备注',
    colon: '：',
    separator: '；',
    open: '（',
    close: '）',
    sourcesHeading: '数值来源',
    dataHeading: '用您自己的数据评估',
    dropHint: '把 CSV、XLSX 或 JSON 数据文件（长格式或宽格式，可一次多个）拖到本页任意位置，或',
    pickFiles: '选择文件…',
    dropHere: '松开鼠标即读取这些文件',
    encoding: (name) => `${name} 的编码`,
    encodings: { 'utf-8': 'UTF-8', gb18030: 'GB18030（GBK）' },
    ignoreUnknown: '跳过未知的指标代码（给出警告）',
    useSample: '改回样例数据',
    privacy:
      '文件只在本浏览器中读取，不会上传，也不会发往任何地方：页面加载之后，只向提供本页面的服务器请求本页面自己的部件（如历年趋势视图的代码）。',
    intakeLoad: {
      loading: '正在加载文件读取程序…',
      failed: '文件读取程序未能加载（网络或服务器出错），文件未读取；刷新页面可再次加载。',
    },
    baselineOfData: (year, present) =>
      present ? `基线：数据中的上一年（${year} 年）` : `基线：数据中没有上一年（${year} 年）`,
    measurementsOfFiles: (year) =>
      `以下是从您的文件中读到的 ${year} 年数值（只读）。要修改某个数值，请修改文件后重新拖入；“改回样例数据”回到可编辑的样例。`,
    notEvaluated: '未能评估：请先处理上面列出的文件问题。',
    downloadsHeading: '下载：填报模板与评估报告',
    downloadsLoad: {
      loading: '正在准备下载…',
      failed: '下载功能未能加载（网络或服务器出错）；刷新页面可再次加载。',
    },
  },
  en: {
    title: 'Ankang Ecological Civilization Demonstration City: Indicator Dashboard',
    year: 'Year',
    language: 'Language',
    baseline: 'Baseline',
    baselineSample: '2019 sample data',
    baselineNone: 'No baseline',
    reset: 'Reset to the sample data',
    city: 'City',
    bureaus: 'Bureaus',
    indicators: 'Indicators',
    measurements: 'Measurements',
    measurementsHint:
      'Edit any value and the results follow. Decimals such as 95.2 are fine; leave a field empty for no data. The sample data is illustrative, not official statistics.',
    bureau: 'Bureau',
    status: 'Year targets',
    standardStatus: 'Creation standard',
    counts: ({ pass, fail, missing }) => `${pass} pass, ${fail} fail, ${missing} missing`,
    targets: (targets, year) =>
      targets === 'standard'
        ? `${year} has no task table of its own: judged by the creation standard`
        : `Against the ${targets} targets`,
    statusNames: { pass: '✔ Pass', fail: '✘ Fail', missing: '? Missing data' },
    noData: 'No data',
    yes: 'Yes',
    no: 'No',
    issues: 'Invalid input, not evaluated:',
    checks: 'Checks',
    measurement: 'Measurement',
    actual: 'Actual',
    threshold: 'Target',
    gap: 'Gap',
    result: 'Result',
    lastYear: 'last year',
    against: 'against',
    ruleSet: 'Rule set',
    viewYear: 'One year',
    viewTrends: 'Trends',
    views: 'View',
    trendViewLoad: {
      loading: 'Loading the Trends view…',
      failed:
        'The Trends view could not be loaded (a network or server error). The one-year view works as usual; reloading the page tries again (changes made on the page are not kept).',
    },
    reload: 'Reload the page',
    checkCounts: ({ pass, fail, missing }) => `checks: ${pass} pass, ${fail} fail, ${missing} missing`,
    note: 'Note',
    colon: ': ',
    separator: '; ',
    open: ' (',
    close: ')',
    sourcesHeading: 'Where the figures came from',
    dataHeading: 'Evaluate your own figures',
    dropHint: 'Drop CSV, XLSX or JSON data files (long or wide layout, several at once) anywhere on this page, or',
    pickFiles: 'Pick files…',
    dropHere: 'Release to read these files',
    encoding: (name) => `Encoding of ${name}`,
    encodings: { 'utf-8': 'UTF-8', gb18030: 'GB18030 (GBK)' },
    ignoreUnknown: 'Leave out unknown keys (with a warning)',
    useSample: 'Back to the sample data',
    privacy:
      'Your files are read in this browser and never uploaded or sent anywhere: once it has loaded, the page asks only the server it came from, and only for its own parts (such as the Trends view’s code).',
    intakeLoad: {
      loading: 'Loading the file readers…',
      failed:
        'The file readers could not be loaded (a network or server error); the files were not read. Reloading the page tries again.',
    },
    baselineOfData: (year, present) =>
      present ? `Baseline: the data’s previous year (${year})` : `Baseline: the data have no previous year (${year})`,
    measurementsOfFiles: (year) =>
      `The ${year} figures read from your files (read-only). To change one, edit the file and drop it again; “Back to the sample data” returns to the editable sample.`,
    notEvaluated: 'Not evaluated: see the problems with the files listed above.',
    downloadsHeading: 'Downloads: fill-in templates and reports',
    downloadsLoad: {
      loading: 'Preparing the download…',
      failed: 'The downloads could not be loaded (a network or server error). Reloading the page tries again.',
    },
  },
};
