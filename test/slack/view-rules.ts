// Slack's documented rules for views (modals and the Home tab), as the Web API stand-in
// enforces them: views.open and views.publish answer `invalid_arguments` with the broken
// rules, as Slack does, so a test fails where Slack would refuse the view.
type Json = Record<string, any>;

const len = (text: unknown) => (typeof text === 'string' ? [...text].length : 0);

/** The rules the view breaks; empty when Slack would take it. */
export function viewProblems(view: Json | undefined, kind: 'modal' | 'home'): string[] {
  if (!view || typeof view !== 'object') return ['no view'];
  const problems: string[] = [];
  const fail = (rule: string) => problems.push(rule);
  if (view.type !== kind) fail(`type must be ${kind}`);
  const blocks: Json[] = Array.isArray(view.blocks) ? view.blocks : [];
  if (blocks.length > 100) fail('more than 100 blocks');
  if (len(view.private_metadata) > 3000) fail('private_metadata over 3000');
  if (len(view.callback_id) > 255) fail('callback_id over 255');
  if (kind === 'modal') {
    if (!view.title || len(view.title.text) === 0 || len(view.title.text) > 24) fail('title must be 1-24 characters');
    for (const button of ['submit', 'close']) if (view[button] && len(view[button].text) > 24) fail(`${button} over 24`);
    if (blocks.some((b) => b.type === 'input') && !view.submit) fail('a modal with inputs needs submit');
  }
  const blockIds = blocks.map((b) => b.block_id).filter((id) => id !== undefined);
  if (new Set(blockIds).size !== blockIds.length) fail('duplicate block_id');
  for (const block of blocks) {
    if (len(block.block_id) > 255) fail('block_id over 255');
    if (block.type === 'section' && len(block.text?.text) > 3000) fail('section text over 3000');
    if (block.type === 'input') inputProblems(block, fail);
    if (block.type === 'actions' && (block.elements?.length ?? 0) > 25) fail('more than 25 elements in actions');
  }
  return problems;
}

function inputProblems(block: Json, fail: (rule: string) => void): void {
  if (len(block.label?.text) === 0 || len(block.label?.text) > 2000) fail('input label must be 1-2000 characters');
  const e: Json = block.element ?? {};
  if (len(e.placeholder?.text) > 150) fail('placeholder over 150');
  if (e.type === 'static_select') {
    const options: Json[] = e.options ?? (e.option_groups ?? []).flatMap((g: Json) => g.options);
    if (e.options && e.options.length > 100) fail('more than 100 options');
    for (const o of options) {
      if (len(o.text?.text) > 75) fail('option text over 75');
      if (len(o.value) > 150) fail('option value over 150');
    }
    if (e.initial_option && !options.some((o) => o.value === e.initial_option.value && o.text?.text === e.initial_option.text?.text)) {
      fail('initial_option matches no option');
    }
  } else if (e.type === 'plain_text_input') {
    if (e.max_length !== undefined && (e.max_length < 1 || e.max_length > 3000)) fail('max_length must be 1-3000');
    if (e.initial_value !== undefined && e.max_length !== undefined && len(e.initial_value) > e.max_length)
      fail('initial_value longer than max_length');
  } else if (e.type === 'number_input') {
    if (typeof e.is_decimal_allowed !== 'boolean') fail('number_input needs is_decimal_allowed');
    if (e.initial_value !== undefined && !/^-?\d+(\.\d+)?$/.test(e.initial_value)) fail('number_input initial_value is not a number');
  } else {
    fail(`unexpected input element ${String(e.type)}`);
  }
}
