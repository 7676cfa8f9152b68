// A core Form as a Slack modal and back, without a network: one input block per field named
// by the field, Slack's limits (title, options, placeholders, lengths), pre-filled values that
// Slack accepts, submitted values by field name, and the core's reasons as Slack's errors.
import { describe, expect, it } from 'vitest';
import { blockErrors, formView, readMeta, valuesOf } from '../../src/adapters/slack/modal.ts';
import type { Form } from '../../src/core/types.ts';
import { viewProblems } from './view-rules.ts';

const form: Form = {
  id: 'report:92',
  title: 'Report progress on a work item now',
  submitLabel: '✅ Submit',
  fields: [
    {
      name: 'item',
      label: 'Item',
      kind: 'select',
      initial: '92',
      options: [
        { value: '92', label: `92. ${'国际'.repeat(60)}` },
        { value: '94', label: '94. 基金会' },
      ],
    },
    { name: 'status', label: 'Status', kind: 'select', initial: 'gone', options: [{ value: 'on-track', label: 'On track' }] },
    { name: 'progress', label: 'Progress (%)', kind: 'number', initial: '60%', placeholder: '0-100' },
    { name: 'note', label: 'Note', kind: 'multiline', maxLength: 5, initial: '初稿已经完成了' },
    { name: 'evidence', label: 'Evidence', kind: 'text', optional: true, placeholder: 'x'.repeat(200) },
  ],
};

describe('form as modal', () => {
  const view = formView(form, { form: form.id, channel: 'D0ZHAO' });
  const blocks = view.blocks as Array<{ block_id: string; optional: boolean; element: Record<string, any> }>;
  const by = Object.fromEntries(blocks.map((b) => [b.block_id, b]));

  it('makes one input block per field, named by the field, within Slack’s limits', () => {
    expect(viewProblems(view as never, 'modal')).toEqual([]);
    expect(blocks.map((b) => b.block_id)).toEqual(['item', 'status', 'progress', 'note', 'evidence']);
    expect(view.callback_id).toBe('duban_form');
    expect([...view.title.text]).toHaveLength(24);
    expect(view.title.text.endsWith('…')).toBe(true);
    expect(by.evidence!.optional).toBe(true);
    expect(by.note!.optional).toBe(false);
    expect([...by.evidence!.element.placeholder.text]).toHaveLength(150);
  });

  it('pre-fills only what Slack accepts: a matching option, a number, text within max_length', () => {
    expect(by.item!.element.initial_option).toEqual(by.item!.element.options[0]);
    expect([...by.item!.element.options[0].text.text]).toHaveLength(75);
    expect(by.item!.element.options[0].value).toBe('92');
    expect(by.status!.element.initial_option).toBeUndefined();
    expect(by.progress!.element).toEqual({
      type: 'number_input',
      action_id: 'value',
      is_decimal_allowed: true,
      placeholder: { type: 'plain_text', text: '0-100', emoji: true },
    });
    expect(by.note!.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 5, initial_value: '初稿已经完' });
    expect(by.evidence!.element).toMatchObject({ multiline: false, max_length: 3000 });
  });

  it('puts more than 100 options in groups of 100, none dropped', () => {
    const options = Array.from({ length: 230 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}. item` }));
    const big = formView(
      { ...form, fields: [{ name: 'item', label: 'Item', kind: 'select', options, initial: '150' }] },
      { form: 'report' },
    );
    expect(viewProblems(big as never, 'modal')).toEqual([]);
    const element = (big.blocks[0] as { element: Record<string, any> }).element;
    expect(element.options).toBeUndefined();
    expect(element.option_groups.map((g: { options: unknown[] }) => g.options.length)).toEqual([100, 100, 30]);
    expect(element.initial_option.value).toBe('150');
  });

  it('carries the form id and the DM channel in private_metadata, and reads back only what it wrote', () => {
    expect(readMeta(view.private_metadata)).toEqual({ form: 'report:92', channel: 'D0ZHAO' });
    expect(readMeta(formView(form, { form: 'report' }).private_metadata)).toEqual({ form: 'report' });
    expect(readMeta('not json')).toBeUndefined();
    expect(readMeta(JSON.stringify({ f: 3 }))).toBeUndefined();
    expect(readMeta(JSON.stringify({ f: 'report', c: 'C0PUBLIC' }))).toEqual({ form: 'report' });
  });
});

describe('submitted modal', () => {
  it('reads the values by field name; an empty or unselected field is empty', () => {
    const values = valuesOf({
      item: { value: { type: 'static_select', selected_option: { value: '92' } } },
      status: { value: { type: 'static_select', selected_option: null } },
      progress: { value: { type: 'number_input', value: '35.5' } },
      note: { value: { type: 'plain_text_input', value: '场地待定' } },
      evidence: { value: { type: 'plain_text_input', value: null } },
    });
    expect(values).toEqual({ item: '92', status: '', progress: '35.5', note: '场地待定', evidence: '' });
  });

  it('turns the core’s reasons into errors by block id; a reason for an unshown field goes under the first', () => {
    expect(blockErrors({ progress: 'not 0-100', evidence: 'not a link' }, ['item', 'progress', 'evidence'])).toEqual({
      progress: 'not 0-100',
      evidence: 'not a link',
    });
    expect(blockErrors({ item: 'not yours', secret: 'other' }, ['item', 'note'])).toEqual({ item: 'not yours other' });
    expect(blockErrors({ x: 'y' }, [])).toEqual({});
  });
});
