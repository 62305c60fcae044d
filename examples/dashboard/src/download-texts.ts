// The words of the downloads panel (downloads.ts), in Chinese and English: they come with its
// module, fetched the first time the panel is opened. The panel's heading is the page's (texts.ts).
import type { Lang } from './texts.js';

/** The downloads panel's words in one language. */
export interface DownloadTexts {
  readonly templateHeading: string;
  readonly templateBureau: string;
  readonly allBureaus: string;
  readonly templateYear: string;
  readonly reportHeading: string;
  readonly hint: string;
}

/** The downloads panel's words, by language. */
export const downloadTexts: Readonly<Record<Lang, DownloadTexts>> = {
  zh: {
    templateHeading: '填报模板',
    templateBureau: '责任单位',
    allBureaus: '全部',
    templateYear: '数值所属年份',
    reportHeading: '本页评估的报告',
    hint: '模板与命令行 ankang-eco template 生成的相同，填好后可直接拖回本页或交给 ankang-eco evaluate；报告与 ankang-eco evaluate --format markdown（或 csv）--sources 对同样文件的输出相同，语言为页面当前语言。文件在本浏览器中生成，不经过任何服务器。',
  },
  en: {
    templateHeading: 'Fill-in template',
    templateBureau: 'Bureau',
    allBureaus: 'All',
    templateYear: 'Year of the figures',
    reportHeading: 'Report of the evaluation on this page',
    hint: 'The template is the one ankang-eco template writes: filled in, drop it back on this page or give it to ankang-eco evaluate. The report is what ankang-eco evaluate --format markdown (or csv) --sources writes for the same files, in the page’s language. The files are made in this browser, through no server.',
  },
};
