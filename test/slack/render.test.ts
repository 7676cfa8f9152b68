// Rendering a core Reply as Slack messages, without a network: mrkdwn escaping, Slack's
// section, message, block and button limits, and unique action ids.
import { describe, expect, it } from 'vitest';
import {
  buttons,
  editKeyOfBlock,
  escapeMrkdwn,
  MAX_BLOCKS,
  MAX_MESSAGE,
  MAX_SECTION,
  renderReply,
  splitEscaped,
  type ActionsBlock,
  type SectionBlock,
} from '../../src/adapters/slack/render.ts';

const sections = (blocks: Array<{ type: string }>) => blocks.filter((b): b is SectionBlock => b.type === 'section');
const actions = (blocks: Array<{ type: string }>) => blocks.filter((b): b is ActionsBlock => b.type === 'actions');

describe('escaping', () => {
  it('escapes &, < and > and nothing else', () => {
    expect(escapeMrkdwn('R&D <b> 1>0 *bold* _x_ “引号”')).toBe('R&amp;D &lt;b&gt; 1&gt;0 *bold* _x_ “引号”');
  });

  it('escapes the text of the sections and the fallback text', () => {
    const [message] = renderReply({ text: 'A&B <@U123>' });
    expect(message!.text).toBe('A&amp;B &lt;@U123&gt;');
    expect(sections(message!.blocks)[0]!.text).toEqual({ type: 'mrkdwn', text: 'A&amp;B &lt;@U123&gt;' });
  });
});

describe('splitting', () => {
  it('splits long text at line breaks into sections of at most 3,000 characters, losing nothing', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `第 ${i + 1} 项 & 进展 <正常> ${'说明'.repeat(10)}`);
    const text = lines.join('\n');
    const [message, ...rest] = renderReply({ text });
    expect(rest).toHaveLength(0);
    const parts = sections(message!.blocks).map((s) => s.text.text);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SECTION);
    expect(parts.join('\n')).toBe(escapeMrkdwn(text));
    // whole lines: every section starts at a line start
    for (const p of parts) expect(p.startsWith('第 ')).toBe(true);
  });

  it('cuts a single overlong line without breaking an escape sequence or a surrogate pair', () => {
    const line = '&😀'.repeat(1500); // 1,500 × (5 + 2) UTF-16 units once escaped
    const pieces = splitEscaped(line, MAX_SECTION);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(MAX_SECTION);
      expect(p).toMatch(/^(&amp;|😀)+$/u);
    }
    expect(pieces.join('')).toBe(escapeMrkdwn(line));
  });

  it('spreads text over 40,000 characters over several messages within Slack’s limits', () => {
    const text = Array.from({ length: 1200 }, (_, i) => `line ${i} ${'x'.repeat(80)}`).join('\n'); // ~105,000 characters
    const messages = renderReply({ text, choices: [{ key: 'k1', label: 'more' }] });
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const m of messages) {
      expect(m.text.length).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    }
    expect(messages.map((m) => m.text).join('\n')).toBe(text);
    expect(messages.slice(0, -1).every((m) => actions(m.blocks).length === 0)).toBe(true);
    expect(actions(messages.at(-1)!.blocks)).toHaveLength(1);
  });

  it('sends nothing for a reply that is only a file, and no empty section', () => {
    expect(renderReply({ text: '', file: { name: 'a.txt', mime: 'text/plain', data: new Uint8Array([65]) } })).toEqual([]);
    const [message] = renderReply({ text: 'a\n\n\n' });
    expect(sections(message!.blocks).every((s) => s.text.text.trim() !== '')).toBe(true);
  });
});

describe('buttons', () => {
  it('renders choices as buttons whose value is the choice key, 25 to an actions block', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ key: `key${i}`, label: `选项 ${i}` }));
    const [message] = renderReply({ text: '请选择', choices });
    const rows = actions(message!.blocks);
    expect(rows.map((r) => r.elements.length)).toEqual([25, 5]);
    const all = rows.flatMap((r) => r.elements);
    expect(all.map((b) => b.value)).toEqual(choices.map((c) => c.key));
    expect(new Set(all.map((b) => b.action_id)).size).toBe(30);
    expect(all[29]!.action_id).toBe('duban_choice_29');
  });

  it('cuts a label longer than 75 characters with an ellipsis', () => {
    const label = '国际'.repeat(50);
    const [row] = buttons([{ key: 'k', label }]);
    const text = row!.elements[0]!.text.text;
    expect([...text]).toHaveLength(75);
    expect(text.endsWith('…')).toBe(true);
    expect(row!.elements[0]!.text.type).toBe('plain_text');
  });

  it('marks the button rows of a reply with an editKey, so a press says which message it came from', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, label: `c${i}` }));
    const [message] = renderReply({ text: 'poll', choices, editKey: 'poll-m1' });
    const rows = actions(message!.blocks);
    expect(rows.map((r) => r.block_id)).toEqual(['duban_edit:0:poll-m1', 'duban_edit:1:poll-m1']);
    expect(rows.map((r) => editKeyOfBlock(r.block_id))).toEqual(['poll-m1', 'poll-m1']);
    expect(actions(renderReply({ text: 'x', choices })[0]!.blocks)[0]).not.toHaveProperty('block_id');
    expect(editKeyOfBlock('b1')).toBeUndefined();
    expect(editKeyOfBlock(undefined)).toBeUndefined();
    expect(editKeyOfBlock('duban_edit:0:a:b')).toBe('a:b');
  });

  it('keeps a message under 50 blocks however many choices there are', () => {
    const choices = Array.from({ length: 2000 }, (_, i) => ({ key: `k${i}`, label: `c${i}` }));
    const [message] = renderReply({ text: 'many', choices });
    expect(message!.blocks.length).toBe(MAX_BLOCKS);
  });
});
