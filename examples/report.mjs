// An embedding example: the 2020 evaluation of the sample data as a report grouped by bureau,
// through the public API of the built package (run `npm run build`, then `node examples/report.mjs`).
import { readFile } from 'node:fs/promises';
import { evaluate, formatReport } from '../dist/index.js';

const read = async (name) => JSON.parse(await readFile(new URL(name, import.meta.url), 'utf8'));
const lang = process.argv.includes('--en') ? 'en' : 'zh';

const evaluation = await evaluate(2020, await read('./ankang-2020.json'), {
  baseline: await read('./ankang-2019.json'),
});
console.log(formatReport(evaluation, { lang }));
if (lang === 'zh') {
  console.log('');
  console.log(formatReport(evaluation, { lang: 'en' }));
}
