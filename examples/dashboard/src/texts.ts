// The dashboard's own words, in Chinese and English. Names of indicators, bureaus and
// measurements, and every explanation, come from the package.
import type { Status } from 'ankang-eco-indicators';

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
  readonly trendHeading: string;
  readonly trendSourceSample: string;
  readonly trendSourceFile: (name: string) => string;
  readonly seriesFile: string;
  readonly seriesFileHint: string;
  readonly seriesSample: string;
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
  readonly noMeasure: string;
  readonly measuresHeading: string;
  readonly latest: (year: number) => string;
  readonly seriesIssues: string;
  readonly noIndicators: string;
  /** Above the cards while the charts' module is fetched (the first time the view is shown). */
  readonly chartsLoading: string;
  /** Above the cards when the charts' module could not be fetched. */
  readonly chartsFailed: string;
  readonly chartsReload: string;
  /** In each chart's place, while the module is fetched and after it failed. */
  readonly chartLoading: string;
  readonly chartFailed: string;
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
    trendHeading: '历年趋势与进展',
    trendSourceSample:
      '数据：2016—2020 年样例序列（示意数据，并非官方统计）。每年以上一年为基线评估；进展按 Open SDG（加拿大统计局年均复合增长率法）测度。',
    trendSourceFile: (name) => `数据：${name}。每年以上一年为基线评估；进展按 Open SDG 方法测度。`,
    seriesFile: '选择序列文件…',
    seriesFileHint: 'JSON，按年份组织：{ "2019": { … }, "2020": { … } }',
    seriesSample: '使用样例序列',
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
    noMeasure: '没有可测度进展的数值检查（只有是/否或“=”检查）。',
    measuresHeading: '进展依据',
    latest: (year) => `${year} 年`,
    seriesIssues: '序列文件有误，未能评估：',
    noIndicators: '没有符合筛选条件的指标。',
    chartsLoading: '正在加载图表…',
    chartsFailed:
      '图表未能加载（网络或服务器出错）。各项指标的历年状态与进展依据照常显示；刷新页面可再次加载图表（页面上所做的修改不会保留）。',
    chartsReload: '刷新页面',
    chartLoading: '图表加载中…',
    chartFailed: '图表未能加载',
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
    trendHeading: 'Trends and progress',
    trendSourceSample:
      'Data: the 2016–2020 sample series (illustrative, not official statistics). Each year is evaluated with the previous year as its baseline; progress is measured by the Open SDG method (Statistics Canada’s compound annual growth rate).',
    trendSourceFile: (name) =>
      `Data: ${name}. Each year is evaluated with the previous year as its baseline; progress by the Open SDG method.`,
    seriesFile: 'Pick a series file…',
    seriesFileHint: 'JSON keyed by year: { "2019": { … }, "2020": { … } }',
    seriesSample: 'Use the sample series',
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
    noMeasure: 'No numeric check to measure progress by (only yes/no or "=" checks).',
    measuresHeading: 'How progress was decided',
    latest: (year) => `${year}`,
    seriesIssues: 'The series file is invalid, not evaluated:',
    noIndicators: 'No indicator matches the filters.',
    chartsLoading: 'Loading the charts…',
    chartsFailed:
      'The charts could not be loaded (a network or server error). Each indicator’s statuses over the years and how its progress was decided are shown as usual; reloading the page tries again (changes made on the page are not kept).',
    chartsReload: 'Reload the page',
    chartLoading: 'Loading the chart…',
    chartFailed: 'Chart not loaded',
  },
};
