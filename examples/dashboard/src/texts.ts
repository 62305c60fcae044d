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
  },
};
