// A core Form as a Slack modal, and a submitted modal back as the form's values. Pure
// functions, so Slack's limits are tested without a network. Each field is one input block
// whose block_id is the field's name: the core's reasons per field become Slack's `errors`
// by block_id as they are. The modal's private_metadata carries the form id and, when known,
// the DM channel to answer in.
import type { types } from '@slack/bolt';
import type { Form, FormField } from '../../core/types.ts';

/** callback_id of every modal the bot opens for a core form. */
export const FORM_CALLBACK = 'duban_form';
/** action_id of the one element of each input block. */
const VALUE_ACTION = 'value';
/** Slack's limits: modal title and buttons, select options, option text and value, placeholders, labels, inputs. */
export const MAX_TITLE = 24;
export const MAX_OPTIONS = 100;
export const MAX_OPTION_TEXT = 75;
export const MAX_PLACEHOLDER = 150;
export const MAX_FIELD_LABEL = 2000;
export const MAX_INPUT = 3000;

export interface FormMeta {
  form: string;
  /** The DM channel (`D…`) to post the answers in; the user's DM is opened when absent. */
  channel?: string;
}

export function formView(form: Form, meta: FormMeta): types.ModalView {
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK,
    private_metadata: JSON.stringify(meta.channel ? { f: meta.form, c: meta.channel } : { f: meta.form }),
    title: plain(clip(form.title, MAX_TITLE)),
    submit: plain(clip(form.submitLabel, MAX_TITLE)),
    blocks: form.fields.map(inputBlock),
  };
}

/** The form id and answer channel from a submitted modal's private_metadata; undefined when unreadable. */
export function readMeta(privateMetadata: string | undefined): FormMeta | undefined {
  try {
    const raw = JSON.parse(privateMetadata ?? '') as { f?: unknown; c?: unknown };
    if (typeof raw.f !== 'string' || !raw.f) return undefined;
    return { form: raw.f, ...(typeof raw.c === 'string' && /^D[A-Z0-9]+$/.test(raw.c) ? { channel: raw.c } : {}) };
  } catch {
    return undefined;
  }
}

/** The shape of view.state.values: block_id -> action_id -> the element's state. */
export type ViewState = Record<
  string,
  Record<string, { type?: string; value?: string | null; selected_option?: { value: string } | null }>
>;

/** The submitted values by field name (= block_id); an empty field is ''. */
export function valuesOf(state: ViewState): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const element = actions[VALUE_ACTION] ?? Object.values(actions)[0];
    if (!element) continue;
    values[blockId] = element.selected_option?.value ?? element.value ?? '';
  }
  return values;
}

/**
 * The core's reasons per field as Slack's `errors` by block_id. A reason for a field the modal
 * does not show is put under the first block, so no reason is lost.
 */
export function blockErrors(errors: Record<string, string>, blockIds: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const first = blockIds[0];
  for (const [field, reason] of Object.entries(errors)) {
    const block = blockIds.includes(field) ? field : first;
    if (block === undefined) continue;
    out[block] = out[block] ? `${out[block]} ${reason}` : reason;
  }
  return out;
}

function inputBlock(field: FormField): types.InputBlock {
  return {
    type: 'input',
    block_id: field.name,
    label: plain(clip(field.label, MAX_FIELD_LABEL)),
    optional: field.optional === true,
    element: element(field),
  };
}

function element(field: FormField): types.InputBlockElement {
  const placeholder = field.placeholder ? { placeholder: plain(clip(field.placeholder, MAX_PLACEHOLDER)) } : {};
  switch (field.kind) {
    case 'select': {
      const options = (field.options ?? []).map((o) => ({ text: plain(clip(o.label, MAX_OPTION_TEXT)), value: o.value }));
      const initial = options.find((o) => o.value === field.initial);
      const select: types.StaticSelect = {
        type: 'static_select',
        action_id: VALUE_ACTION,
        ...placeholder,
        ...(initial ? { initial_option: initial } : {}),
      };
      // Over 100 options: groups of 100, so none is dropped.
      if (options.length <= MAX_OPTIONS) return { ...select, options };
      const option_groups = [];
      for (let i = 0; i < options.length; i += MAX_OPTIONS) {
        option_groups.push({
          label: plain(`${i + 1}–${Math.min(i + MAX_OPTIONS, options.length)}`),
          options: options.slice(i, i + MAX_OPTIONS),
        });
      }
      return { ...select, option_groups };
    }
    case 'number':
      // The core reads the number (0–100, a decimal rounded): Slack only keeps out what is no number at all.
      return {
        type: 'number_input',
        action_id: VALUE_ACTION,
        is_decimal_allowed: true,
        ...placeholder,
        ...(field.initial !== undefined && /^-?\d+(\.\d+)?$/.test(field.initial) ? { initial_value: field.initial } : {}),
      };
    case 'text':
    case 'multiline': {
      const max = Math.min(field.maxLength ?? MAX_INPUT, MAX_INPUT);
      return {
        type: 'plain_text_input',
        action_id: VALUE_ACTION,
        multiline: field.kind === 'multiline',
        max_length: max,
        ...placeholder,
        ...(field.initial ? { initial_value: [...field.initial].slice(0, max).join('') } : {}),
      };
    }
  }
}

function plain(text: string): types.PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

/** Cuts a text to `max` characters (code points), ending with an ellipsis when cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
