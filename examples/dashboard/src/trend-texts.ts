// The Trends view's own words, in Chinese and English. They come with the view's module
// (trends.ts), fetched when Trends is first opened; the words the page shows before the view
// arrives (its loading and error line) and those both views use are in texts.ts.
import type { LoadWords } from './lazy-module.js';
import type { Lang } from './texts.js';

/** The Trends view's words in one language. */
export interface TrendTexts {
  readonly trendHeading: string;
  readonly trendSourceSample: string;
  readonly trendSourceFiles: (names: readonly string[]) => string;
  readonly baseYear: string;
  readonly targetYear: string;
  readonly bureauFilter: string;
  readonly allBureaus: string;
  readonly failuresOnly: string;
  readonly sort: string;
  readonly sortNumber: string;
  readonly sortGap: string;
  readonly sortProgress: string;
  readonly sortHint: string;
  readonly gridHeading: string;
  readonly gridCaption: string;
  readonly cardsHeading: string;
  readonly shown: (shown: number, total: number) => string;
  readonly progressLegend: string;
  readonly target: string;
  readonly gapShare: (percent: string) => string;
  /** An indicator without any measure (its checks are all alternatives of `any` groups). */
  readonly noMeasure: string;
  /** An indicator whose measures are all of yes/no checks: no chart, the lines say it. */
  readonly yesNoOnly: string;
  readonly measuresHeading: string;
  readonly latest: (year: number) => string;
  readonly seriesIssues: string;
  readonly noIndicators: string;
  /** Above the cards while the charts' module is fetched (with the view), or why the charts are missing. */
  readonly chartsLoad: LoadWords;
  /** In each chart's place, while the module is fetched and after it failed. */
  readonly chartLoading: string;
  readonly chartFailed: string;
}

/** The Trends view's words, by language. */
export const trendTexts: Readonly<Record<Lang, TrendTexts>> = {
  zh: {
    trendHeading: '历年趋势与进展',
    trendSourceSample:
      '数据：2016—2020 年样例序列（示意数据，并非官方统计）。每年以上一年为基线评估；进展按 Open SDG（加拿大统计局年均复合增长率法）测度。',
    trendSourceFiles: (names) =>
      `数据：${names.join('、')}（您的文件，按年份和指标代码合并）。每年以上一年为基线评估；进展按 Open SDG 方法测度。`,
    baseYear: '基年',
    targetYear: '目标年',
    bureauFilter: '责任单位',
    allBureaus: '全部',
    failuresOnly: '只看最新年份未达标的指标',
    sort: '排序',
    sortNumber: '按序号',
    sortGap: '按差距（最大在前）',
    sortProgress: '按进展（最差在前）',
    sortHint:
      '差距：最新年份未达标检查与目标的差距占目标的比例，取其最大者；只有是/否检查未达标的指标排在有数值差距的指标之后。',
    gridHeading: '各责任单位历年状态',
    gridCaption:
      '✔ 达标  ✘ 未达标  ？ 缺数据；数字为达标指标数/指标数（对照当年目标，以上一年为基线）。点击责任单位可只看其指标。',
    cardsHeading: '各项指标历年数值与目标',
    shown: (shown, total) => `显示 ${shown} / ${total} 项指标`,
    progressLegend: '折线颜色表示该测量值的进展类别；虚线为目标。',
    target: '目标',
    gapShare: (percent) => `差距 ${percent}`,
    noMeasure: '目标年任务表中没有可测度进展的检查（只有备选条件组）。',
    yesNoOnly: '是/否检查，无图表：进展按基年和最近一年是否达到要求判断，见下方“进展依据”。',
    measuresHeading: '进展依据',
    latest: (year) => `${year} 年`,
    seriesIssues: '这些年份的数据有误，未能评估：',
    noIndicators: '没有符合筛选条件的指标。',
    chartsLoad: {
      loading: '正在加载图表…',
      failed:
        '图表未能加载（网络或服务器出错）。各项指标的历年状态与进展依据照常显示；刷新页面可再次加载图表（页面上所做的修改不会保留）。',
    },
    chartLoading: '图表加载中…',
    chartFailed: '图表未能加载',
  },
  en: {
    trendHeading: 'Trends and progress',
    trendSourceSample:
      'Data: the 2016–2020 sample series (illustrative, not official statistics). Each year is evaluated with the previous year as its baseline; progress is measured by the Open SDG method (Statistics Canada’s compound annual growth rate).',
    trendSourceFiles: (names) =>
      `Data: ${names.join(', ')} (your files, merged by year and key). Each year is evaluated with the previous year as its baseline; progress by the Open SDG method.`,
    baseYear: 'Base year',
    targetYear: 'Target year',
    bureauFilter: 'Bureau',
    allBureaus: 'All',
    failuresOnly: 'Only indicators failing in the latest year',
    sort: 'Sort',
    sortNumber: 'By number',
    sortGap: 'By gap (largest first)',
    sortProgress: 'By progress (worst first)',
    sortHint:
      'Gap: the largest shortfall of a failing check in the latest year, as a share of its target; indicators that fail only yes/no checks come after those with a numeric gap.',
    gridHeading: 'Bureaus by year',
    gridCaption:
      '✔ pass  ✘ fail  ? missing data; the numbers are indicators passing / indicators (against each year’s targets, with the previous year as the baseline). Pick a bureau to see only its indicators.',
    cardsHeading: 'Indicators: values over the years against the target',
    shown: (shown, total) => `${shown} of ${total} indicators shown`,
    progressLegend: 'A line’s colour is its progress category; the dashed line is the target.',
    target: 'Target',
    gapShare: (percent) => `gap ${percent}`,
    noMeasure: 'No check of the target year’s table to measure progress by (only groups of alternatives).',
    yesNoOnly:
      'Yes/no checks, no chart: progress is whether each was met in the base year and the latest year; see “How progress was decided” below.',
    measuresHeading: 'How progress was decided',
    latest: (year) => `${year}`,
    seriesIssues: 'The figures of these years are invalid, not evaluated:',
    noIndicators: 'No indicator matches the filters.',
    chartsLoad: {
      loading: 'Loading the charts…',
      failed:
        'The charts could not be loaded (a network or server error). Each indicator’s statuses over the years and how its progress was decided are shown as usual; reloading the page tries again (changes made on the page are not kept).',
    },
    chartLoading: 'Loading the chart…',
    chartFailed: 'Chart not loaded',
  },
};
