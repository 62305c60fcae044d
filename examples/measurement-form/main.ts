// A measurement form built by react-jsonschema-form (RJSF) from the package's JSON Schema as
// shipped (`schema/zh/draft-07/measurements.json`, or `en/` with `?lang=en`), validated by
// RJSF's default validator (ajv, draft-07), then evaluated by the package. Everything the form
// shows comes from the schema: titles, descriptions, examples, the yes/no/no-data choices, the
// grouping by indicator (`x-indicators`, `x-bureaus`) and the one message of an invalid value
// (`errorMessage`). Plain `createElement`, no JSX, so that it needs no build step of its own.
import Form from '@rjsf/core';
import {
  englishStringTranslator,
  TranslatableString,
  type ObjectFieldTemplateProps,
  type RJSFSchema,
  type RJSFValidationError,
  type UiSchema,
} from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { evaluate, formatReport, type Evaluation, type Measurements } from 'ankang-eco-indicators';
import enSchema from 'ankang-eco-indicators/schema/en/draft-07/measurements.json' with { type: 'json' };
import zhSchema from 'ankang-eco-indicators/schema/zh/draft-07/measurements.json' with { type: 'json' };
import { createElement as h, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

type Lang = 'zh' | 'en';
interface Localized {
  readonly zh: string;
  readonly en: string;
}
/** What this page reads of a measurement's field, beyond JSON Schema's own keywords. */
interface MeasurementField {
  readonly title: string;
  readonly errorMessage: string;
  readonly 'x-kind': string;
  readonly 'x-indicators': readonly { readonly number: number; readonly bureau: string; readonly name: Localized }[];
  readonly 'x-bureaus': readonly { readonly id: string; readonly name: Localized }[];
}

const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const schema = (lang === 'zh' ? zhSchema : enSchema) as unknown as RJSFSchema;
const fields = schema.properties as unknown as Readonly<Record<string, MeasurementField>>;
document.title = String(schema.title);

const words = {
  submit: { zh: '评估 2020 年', en: 'Evaluate 2020' },
  errors: { zh: '请更正', en: 'Please correct' },
  city: { zh: '全市', en: 'City' },
} as const;

/** The widgets: a yes/no fact is a three-way radio group (yes, no, no data), never a checkbox. */
const uiSchema: UiSchema = {
  'ui:submitButtonOptions': { submitText: words.submit[lang] },
  ...Object.fromEntries(
    Object.entries(fields)
      .filter(([, field]) => field['x-kind'] === 'boolean')
      .map(([key]) => [key, { 'ui:widget': 'radio', 'ui:options': { inline: true } }]),
  ),
};

/** RJSF's own words (the error list's heading) in the page's language. */
function translateString(text: TranslatableString, params?: string[]): string {
  if (lang === 'zh' && text === TranslatableString.ErrorsLabel) return words.errors.zh;
  return englishStringTranslator(text, params);
}

/**
 * One message per field, the schema's `errorMessage` (as ajv-errors would give it), instead of
 * one message per failed keyword with the raw pattern.
 */
function oneMessagePerField(errors: RJSFValidationError[]): RJSFValidationError[] {
  const seen = new Set<string>();
  const result: RJSFValidationError[] = [];
  for (const error of errors) {
    const key = (error.property ?? '').replace(/^\./, '');
    const field = fields[key];
    if (field === undefined) result.push(error);
    else if (!seen.has(key)) {
      seen.add(key);
      result.push({ ...error, message: field.errorMessage, stack: `${field.title}: ${field.errorMessage}` });
    }
  }
  return result;
}

/** The root object's fields, grouped by the first indicator that reads each (`x-indicators`). */
function IndicatorGroups(props: ObjectFieldTemplateProps): ReactNode {
  if (props.fieldPathId.$id !== 'root') {
    return h('div', null, ...props.properties.map((property) => property.content));
  }
  const groups = new Map<number, { heading: string; bureau: string; contents: ReactNode[] }>();
  for (const property of props.properties) {
    const [indicator] = fields[property.name]?.['x-indicators'] ?? [];
    if (indicator === undefined) throw new Error(`${property.name} belongs to no indicator`);
    const bureau = fields[property.name]?.['x-bureaus'].find(({ id }) => id === indicator.bureau);
    const group = groups.get(indicator.number) ?? {
      heading: `${indicator.number}. ${indicator.name[lang]}`,
      bureau: bureau?.name[lang] ?? indicator.bureau,
      contents: [],
    };
    group.contents.push(property.content);
    groups.set(indicator.number, group);
  }
  return h(
    'div',
    null,
    h('h1', { 'data-testid': 'form-title' }, props.title),
    h(
      'div',
      { className: 'indicator-groups' },
      ...[...groups].map(([number, group]) =>
        h(
          'fieldset',
          { key: number, className: 'indicator', 'data-testid': `indicator-${number}` },
          h('legend', null, group.heading),
          h('p', { className: 'bureau' }, group.bureau),
          ...group.contents,
        ),
      ),
    ),
  );
}

function App(): ReactNode {
  const [formData, setFormData] = useState<unknown>({});
  const [submitted, setSubmitted] = useState<Measurements | undefined>(undefined);
  const [evaluation, setEvaluation] = useState<Evaluation | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const onSubmit = ({ formData: data }: { formData?: unknown }) => {
    // What the schema accepted, which is what `evaluate` accepts (a test checks both agree).
    const measurements = (data ?? {}) as Measurements;
    setSubmitted(measurements);
    evaluate(2020, measurements).then(
      (result) => {
        setEvaluation(result);
        setFailure(undefined);
      },
      (error: unknown) => {
        setEvaluation(undefined);
        setFailure(String(error));
      },
    );
  };
  return h(
    'main',
    null,
    h(Form, {
      schema,
      uiSchema,
      validator,
      formData,
      onChange: ({ formData: data }: { formData?: unknown }) => {
        setFormData(data ?? {});
      },
      onSubmit,
      // The form lists the errors itself; without a handler RJSF logs them to the console too.
      onError: () => undefined,
      transformErrors: oneMessagePerField,
      translateString,
      templates: { ObjectFieldTemplate: IndicatorGroups },
      showErrorList: 'top',
      noHtml5Validate: true,
    }),
    submitted === undefined ? null : h('pre', { hidden: true, 'data-testid': 'submitted' }, JSON.stringify(submitted)),
    failure === undefined ? null : h('p', { role: 'alert', 'data-testid': 'failure' }, failure),
    evaluation === undefined
      ? null
      : h(
          'section',
          { 'data-testid': 'evaluation', 'data-status': evaluation.status },
          h('h2', null, words.city[lang]),
          h('pre', { className: 'result', 'data-testid': 'report' }, formatReport(evaluation, { lang })),
        ),
  );
}

const container = document.getElementById('app');
if (container === null) throw new Error('index.html has no #app');
createRoot(container).render(h(App));
