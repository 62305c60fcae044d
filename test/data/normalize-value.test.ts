import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measurementCatalogue, type MeasurementInfo } from '../../src/index.js';
import { normalizeMeasurementValue } from '../../src/data.js';

const accepted = (key: string, value: unknown, catalogue?: Readonly<Record<string, MeasurementInfo>>): unknown => {
  const result = normalizeMeasurementValue(key, value, catalogue);
  if (!result.success) throw new Error(`refused ${JSON.stringify(value)}: ${result.message.en}`);
  return result.value;
};
const refusal = (key: string, value: unknown): { zh: string; en: string } => {
  const result = normalizeMeasurementValue(key, value);
  if (result.success) throw new Error(`accepted ${JSON.stringify(value)} as ${JSON.stringify(result.value)}`);
  return result.message;
};

/** A catalogue with a day count, as the counts that derive percentages are (`326天`). */
const withDays = {
  ...measurementCatalogue,
  airGoodDays: { kind: 'count', unit: { zh: '天', en: 'days' }, label: { zh: '优良天数', en: 'Good-air days' } },
} as const;

describe('normalizeMeasurementValue: values as people type them', () => {
  it.each([
    ['airGoodDaysPercent', '８９．３', '89.3'],
    ['airGoodDaysPercent', '89.3％', '89.3'],
    ['airGoodDaysPercent', '89.3%', '89.3'],
    ['airGoodDaysPercent', ' 89.3 % ', '89.3'],
    ['airGoodDaysPercent', '８９．３％', '89.3'],
    ['pm25', '28微克/立方米', '28'],
    ['pm25', '28 µg/m³', '28'],
    ['pm25', '28μg/m3', '28'],
    ['waterUse', '7.62亿立方米', '7.62'],
    ['forestLandArea', '1884760公顷', '1884760'],
    ['forestLandArea', '1884760 ha', '1884760'],
    ['majorEnvironmentalIncidents', '0起', '0'],
    ['energyPerGdp', '0.90000000000000001', '0.90000000000000001'],
    ['energyPerGdp', '-0', '-0'],
  ])('%s %j is %j, digit for digit', (key, typed, value) => {
    expect(accepted(key, typed)).toBe(value);
  });

  it("reads a key's own unit as the rule set declares it: 326天 for a day count", () => {
    expect(accepted('airGoodDays', '326天', withDays)).toBe('326');
    expect(accepted('airGoodDays', '326 days', withDays)).toBe('326');
  });

  it.each([
    ['是', true],
    ['否', false],
    ['TRUE', true],
    ['false', false],
    ['Yes', true],
    ['no', false],
    [true, true],
    [false, false],
  ])('yes/no %j is %j', (typed, value) => {
    expect(accepted('ecoPlanAdopted', typed)).toBe(value);
  });

  it('keeps numbers as they are, and reads null, undefined and blank text as no data', () => {
    expect(accepted('pm25', 33)).toBe(33);
    expect(accepted('pm25', 1e-7)).toBe(1e-7);
    for (const empty of [null, undefined, '', '   ', '\u3000']) expect(accepted('pm25', empty)).toBeNull();
  });

  it.each([
    ['energyPerGdp', '0,95', 'comma', '0.95?'],
    ['forestLandArea', '1,884,760', 'comma', '1884760?'],
    ['forestLandArea', '1,884', 'comma', '1.884 or 1884?'],
    ['forestLandArea', '1，884', 'comma', '1.884 or 1884?'],
    ['surfaceWaterWorseThanVCount', '340-364', 'a range', ''],
    ['airGoodDaysPercent', '约94', 'an approximation', ''],
    ['airGoodDaysPercent', '94左右', 'an approximation', ''],
    [
      'surfaceWaterGoodPercent',
      '35/38',
      'is a fraction: give the counts as surfaceWaterSectionsGood (35) and surfaceWaterSections (38)',
      '',
    ],
    ['pm25', '1e5', 'exponent notation', ''],
    ['pm25', '28ppm', 'is not the unit of pm25 (its unit is µg/m³)', ''],
    ['pm25', '31%', 'is not the unit of pm25', ''],
    ['ecologicalIndex', '70分', 'has no unit', ''],
    ['pm25', 'abc', 'expected a number such as 95.2', ''],
    ['pm25', '.5', 'expected a number such as 95.2', ''],
    ['pm25', '+5', 'expected a number such as 95.2', ''],
    ['pm25', '5.', 'expected a number such as 95.2', ''],
    ['pm25', '1.2.3', 'expected a number such as 95.2', ''],
    ['ecoPlanAdopted', 'maybe', 'expected 是/否', ''],
    ['ecoPlanAdopted', 1, 'expected 是/否', ''],
    ['pm25', true, 'expected a number or a decimal as text', ''],
    ['pm25', { value: 3 }, 'expected a number or a decimal as text, got an object', ''],
    ['pm25', Number.NaN, 'expected a finite number', ''],
  ])('%s %j is refused (%s), never guessed', (key, typed, because, hint) => {
    const message = refusal(key, typed);
    expect(message.en).toContain(because);
    expect(message.en).toContain(hint);
    expect(message.zh).not.toBe(message.en);
    expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a key the catalogue does not know, naming the key probably meant', () => {
    expect(refusal('greenTravelPercnt', '52').en).toBe(
      'unknown measurement key "greenTravelPercnt"; did you mean "greenTravelPercent"?',
    );
    expect(refusal('greenTravelPercnt', '52').zh).toContain('是否想写 "greenTravelPercent"');
  });

  it('shows invisible characters escaped and long text cut in its messages', () => {
    expect(refusal('pm25', 'ab\u200bc').en).toContain('"ab\\u200bc"');
    expect(refusal('pm25', 'x'.repeat(5000)).en).toContain('(5000 characters)');
  });

  it('law: a plain decimal typed with full-width digits and a ％ reads as the ASCII decimal itself', () => {
    const plain = fc
      .tuple(fc.stringMatching(/^(0|[1-9]\d{0,2})$/), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
      .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));
    const fullWidth = (text: string): string =>
      text.replace(/[0-9.]/g, (character) =>
        character === '.' ? '．' : String.fromCharCode(character.charCodeAt(0) - 0x30 + 0xff10),
      );
    fc.assert(
      fc.property(plain, fc.constantFrom('', '%', '％', ' %'), (decimal, mark) => {
        expect(accepted('greenTravelPercent', `${fullWidth(decimal)}${mark}`)).toBe(decimal);
        expect(accepted('greenTravelPercent', `${decimal}${mark}`)).toBe(decimal);
      }),
    );
  });
});

describe('normalizeMeasurementValue: unit spellings (spec/data-files.md, "Values as people type them")', () => {
  const spellings = [
    'm²/人',
    'm2/人',
    '㎡/人',
    '平方米/人',
    '平方米',
    'm²',
    '㎡',
    'm² per person',
    'm2/person',
    'M2 Per Person',
  ];

  it.each(spellings)('parkGreenAreaPerCapita "12.3%s" reads as 12.3, with or without a space', (unit) => {
    expect(accepted('parkGreenAreaPerCapita', `12.3${unit}`)).toBe('12.3');
    expect(accepted('parkGreenAreaPerCapita', `12.3 ${unit}`)).toBe('12.3');
  });

  it('any spelling, spaced and cased any way, reads as the figure (property)', () => {
    const spaced = (text: string, spaces: readonly boolean[], upper: readonly boolean[]): string =>
      Array.from(text)
        .map((character, index) => {
          const cased = upper[index] === true ? character.toUpperCase() : character;
          return spaces[index] === true ? ` ${cased}` : cased;
        })
        .join('');
    fc.assert(
      fc.property(
        fc.constantFrom(...spellings),
        fc.array(fc.boolean(), { maxLength: 20 }),
        fc.array(fc.boolean(), { maxLength: 20 }),
        (unit, spaces, upper) => accepted('parkGreenAreaPerCapita', `12.3${spaced(unit, spaces, upper)}`) === '12.3',
      ),
    );
  });

  it.each([
    ['pm25', '28 µg/m³'],
    ['pm25', '28μg/m3'],
    ['pm25', '28 ug/m3'],
    ['pm25', '28微克/m³'],
    ['waterUse', '7.62亿m³'],
    ['waterUse', '7.62 亿㎥'],
    ['waterPerGdp', '69.97 ㎥/万元'],
  ])('%s %j reads as its figure: µ, μ and u, ³ and 3, ㎥ and 立方米 are one', (key, typed) => {
    expect(accepted(key, typed)).toBe(/^[\d.]+/.exec(typed)?.[0]);
  });

  it('a unit of another dimension is refused, naming the key’s unit in both languages', () => {
    for (const typed of ['12.3 公顷', '12.3 m³/人', '12.3 ㎏', '12.3%']) {
      const message = refusal('parkGreenAreaPerCapita', typed);
      expect(message.en).toContain('is not the unit of parkGreenAreaPerCapita (its unit is m² per person)');
      expect(message.zh).toContain('不是 parkGreenAreaPerCapita 的单位（应为 平方米/人）');
    }
    // Per person is the park area's alone: PM2.5 has no unit without its "per".
    expect(refusal('pm25', '28 µg').en).toContain('is not the unit of pm25');
  });
});

describe('normalizeMeasurementValue: a fraction is answered by what the key has', () => {
  it('a derived percentage: its counts, named with the figures typed', () => {
    const message = refusal('surfaceWaterClassIorIIPercent', '35/38');
    expect(message.en).toBe(
      '"35/38" is a fraction: give the counts as surfaceWaterSectionsClassIorII (35) and surfaceWaterSections (38), from which surfaceWaterClassIorIIPercent is derived, or the percentage itself',
    );
    expect(message.zh).toBe(
      '"35/38" 是分数：请把计数分别填为 surfaceWaterSectionsClassIorII（35）和 surfaceWaterSections（38），由它们推算 surfaceWaterClassIorIIPercent；或直接填写百分比',
    );
  });

  it('a percentage without counts (soil): the percentage, never counts it has not got', () => {
    const message = refusal('soilPointCompliancePercent', '35/38');
    expect(message.en).toBe(
      '"35/38" is a fraction: soilPointCompliancePercent has no counts to give; give the percentage itself (35/38 is 92.1)',
    );
    expect(message.zh).toBe(
      '"35/38" 是分数：soilPointCompliancePercent 没有对应的计数，请直接填写百分比（如 35/38 即 92.1）',
    );
    expect(refusal('soilPointCompliancePercent', '1/0').en).toBe(
      '"1/0" is a fraction: soilPointCompliancePercent has no counts to give; give the percentage itself',
    );
  });

  it('a count, and an amount', () => {
    expect(refusal('airGoodDays', '324/335').en).toBe(
      '"324/335" is a fraction, but airGoodDays is one count: give airGoodDays alone; airGoodDays (the part) and airValidDays (the whole) each go on a row of their own',
    );
    expect(refusal('parkGreenAreaPerCapita', '123/10').en).toBe(
      '"123/10" is a fraction: give parkGreenAreaPerCapita as a decimal',
    );
  });

  it("a rule set's own derivations decide: soil with counts of its own is answered with them", () => {
    const result = normalizeMeasurementValue('soilPointCompliancePercent', '35/38', measurementCatalogue, [
      { key: 'soilPointCompliancePercent', part: 'soilPointsCompliant', whole: 'soilPoints' },
    ]);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.message.en).toContain('give the counts as soilPointsCompliant (35) and soilPoints (38)');
  });
});
