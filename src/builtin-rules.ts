// The built-in rule set: every file of rules/, bundled as data so the package runs in browsers.
// test/builtin-rules.test.ts fails when this list and rules/ disagree.
import rule01 from '../rules/01-ecological-red-line.json';
import rule02 from '../rules/02-ecological-land.json';
import rule03 from '../rules/03-planning-eia.json';
import rule04 from '../rules/04-energy-intensity.json';
import rule05 from '../rules/05-water-intensity.json';
import rule06 from '../rules/06-industrial-land-output.json';
import rule07 from '../rules/07-cleaner-production-audit.json';
import rule08 from '../rules/08-air-quality.json';
import rule09 from '../rules/09-surface-water-quality.json';
import rule10 from '../rules/10-soil-quality.json';
import rule11 from '../rules/11-pollutant-reduction.json';
import rule12 from '../rules/12-ecological-index.json';
import rule13 from '../rules/13-forest-land.json';
import rule14 from '../rules/14-protected-species.json';
import rule15 from '../rules/15-hazardous-waste.json';
import rule16 from '../rules/16-contaminated-sites.json';
import rule17 from '../rules/17-environmental-incidents.json';
import rule18 from '../rules/18-drinking-water-sources.json';
import rule19 from '../rules/19-urban-sewage.json';
import rule20 from '../rules/20-urban-household-waste.json';
import rule21 from '../rules/21-park-green-space.json';
import rule22 from '../rules/22-green-buildings.json';
import rule23 from '../rules/23-green-travel.json';
import rule24 from '../rules/24-efficient-appliances.json';
import rule25 from '../rules/25-green-procurement.json';
import rule26 from '../rules/26-eco-civilization-plan.json';
import rule27 from '../rules/27-performance-assessment.json';
import rule28 from '../rules/28-damage-accountability.json';
import rule29 from '../rules/29-discharge-permits.json';
import rule30 from '../rules/30-demonstration-counties.json';
import rule31 from '../rules/31-leader-training.json';
import rule32 from '../rules/32-public-awareness.json';
import rule33 from '../rules/33-environmental-disclosure.json';
import rule34 from '../rules/34-public-satisfaction.json';

/** The rule files of `rules/`, in file order. */
export const builtinRuleFiles: readonly { readonly file: string; readonly rule: unknown }[] = [
  { file: '01-ecological-red-line.json', rule: rule01 },
  { file: '02-ecological-land.json', rule: rule02 },
  { file: '03-planning-eia.json', rule: rule03 },
  { file: '04-energy-intensity.json', rule: rule04 },
  { file: '05-water-intensity.json', rule: rule05 },
  { file: '06-industrial-land-output.json', rule: rule06 },
  { file: '07-cleaner-production-audit.json', rule: rule07 },
  { file: '08-air-quality.json', rule: rule08 },
  { file: '09-surface-water-quality.json', rule: rule09 },
  { file: '10-soil-quality.json', rule: rule10 },
  { file: '11-pollutant-reduction.json', rule: rule11 },
  { file: '12-ecological-index.json', rule: rule12 },
  { file: '13-forest-land.json', rule: rule13 },
  { file: '14-protected-species.json', rule: rule14 },
  { file: '15-hazardous-waste.json', rule: rule15 },
  { file: '16-contaminated-sites.json', rule: rule16 },
  { file: '17-environmental-incidents.json', rule: rule17 },
  { file: '18-drinking-water-sources.json', rule: rule18 },
  { file: '19-urban-sewage.json', rule: rule19 },
  { file: '20-urban-household-waste.json', rule: rule20 },
  { file: '21-park-green-space.json', rule: rule21 },
  { file: '22-green-buildings.json', rule: rule22 },
  { file: '23-green-travel.json', rule: rule23 },
  { file: '24-efficient-appliances.json', rule: rule24 },
  { file: '25-green-procurement.json', rule: rule25 },
  { file: '26-eco-civilization-plan.json', rule: rule26 },
  { file: '27-performance-assessment.json', rule: rule27 },
  { file: '28-damage-accountability.json', rule: rule28 },
  { file: '29-discharge-permits.json', rule: rule29 },
  { file: '30-demonstration-counties.json', rule: rule30 },
  { file: '31-leader-training.json', rule: rule31 },
  { file: '32-public-awareness.json', rule: rule32 },
  { file: '33-environmental-disclosure.json', rule: rule33 },
  { file: '34-public-satisfaction.json', rule: rule34 },
];
