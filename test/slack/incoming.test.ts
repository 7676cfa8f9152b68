// Translating Slack payloads into the core's IncomingMessage, without a network: Slack's
// markup back to plain text, direct and group chats, what is ignored, files and buttons.
import { describe, expect, it } from 'vitest';
import {
  chatTypeOf,
  fromButtonPress,
  fromDirectMessage,
  fromFormSubmission,
  fromMention,
  fromSlackText,
  fromSlashCommand,
  pressedMessage,
  withPerson,
} from '../../src/adapters/slack/incoming.ts';

describe('Slack text', () => {
  it('removes the bot’s mention and turns markup back into what was typed', () => {
    expect(fromSlackText('<@UBOT> 事项 92', 'UBOT')).toBe('事项 92');
    expect(fromSlackText('ask <@U2|ann> in <#C1|general> <!here>', 'UBOT')).toBe('ask @ann in #general @here');
    expect(fromSlackText('see <https://example.org/a?b=1&amp;c=2|the plan> &amp; <https://x.org>', 'UBOT')).toBe(
      'see the plan & https://x.org',
    );
    expect(fromSlackText('1 &lt; 2 &gt; 0')).toBe('1 < 2 > 0');
  });
});

describe('chats', () => {
  it('treats IM channels as direct and everything else as group', () => {
    expect(chatTypeOf('D123', 'im')).toBe('direct');
    expect(chatTypeOf('D123')).toBe('direct');
    expect(chatTypeOf('C123', 'channel')).toBe('group');
    expect(chatTypeOf('G123', 'mpim')).toBe('group');
    expect(chatTypeOf('C123')).toBe('group');
  });

  it('reads a slash command: its text, the channel typed in, addressed, trigger as delivery id, a form can be shown', () => {
    const msg = fromSlashCommand({ text: ' 汇报 ', user_id: 'U1', channel_id: 'C9', channel_name: 'general', trigger_id: 't.1' });
    expect(msg).toEqual({
      platform: 'slack',
      chatId: 'C9',
      chatType: 'group',
      accountId: 'U1',
      text: '汇报',
      addressed: true,
      repliesInDirect: true, // its replies go to the DM, wherever it was typed
      deliveryId: 't.1',
      canShowForm: true,
    });
    expect(
      fromSlashCommand({ text: 'help', user_id: 'U1', channel_id: 'D9', channel_name: 'directmessage', trigger_id: 't.2' }).chatType,
    ).toBe('direct');
  });

  it('adds the sender’s locale and name', () => {
    const msg = fromSlashCommand({ text: 'x', user_id: 'U1', channel_id: 'C9', trigger_id: 't' });
    expect(withPerson(msg, { locale: 'en-US', name: 'Ann' })).toMatchObject({ clientLang: 'en-US', senderName: 'Ann' });
    expect(withPerson(msg, {})).not.toHaveProperty('clientLang');
  });
});

describe('direct messages and mentions', () => {
  const dm = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'item 92', ts: '1.1' };

  it('reads a direct message with the event id as delivery id', () => {
    expect(fromDirectMessage(dm, 'Ev1', 'UBOT')).toEqual({
      platform: 'slack',
      chatId: 'D1',
      chatType: 'direct',
      accountId: 'U1',
      text: 'item 92',
      deliveryId: 'Ev1',
    });
  });

  it('ignores edits, deletions, bots, itself and messages outside direct chats', () => {
    expect(fromDirectMessage({ ...dm, subtype: 'message_changed' }, 'Ev', 'UBOT')).toBeUndefined();
    expect(fromDirectMessage({ ...dm, subtype: 'message_deleted' }, 'Ev', 'UBOT')).toBeUndefined();
    expect(fromDirectMessage({ ...dm, bot_id: 'B1' }, 'Ev', 'UBOT')).toBeUndefined();
    expect(fromDirectMessage({ ...dm, user: 'UBOT' }, 'Ev', 'UBOT')).toBeUndefined();
    expect(fromDirectMessage({ ...dm, channel: 'C1', channel_type: 'channel' }, 'Ev', 'UBOT')).toBeUndefined();
  });

  it('reads a shared file as file, with its Slack id as ref', () => {
    const files = [{ id: 'F1', name: 'a.xlsx', mimetype: 'application/vnd.ms-excel', size: 10 }];
    const msg = fromDirectMessage({ ...dm, subtype: 'file_share', text: '', files }, 'Ev', 'UBOT');
    expect(msg).toMatchObject({ file: { name: 'a.xlsx', mime: 'application/vnd.ms-excel', size: 10, ref: 'F1' } });
    expect(msg).not.toHaveProperty('text');
  });

  it('reads a mention in a channel as addressed, without the mention', () => {
    const msg = fromMention({ type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT>  指标 国际航线', ts: '2.2' }, 'Ev2', 'UBOT');
    expect(msg).toMatchObject({ chatId: 'C1', chatType: 'group', addressed: true, text: '指标 国际航线', deliveryId: 'Ev2' });
  });
});

describe('button presses', () => {
  it('reads the button’s value as the action and the trigger as delivery id', () => {
    const body = { user: { id: 'U1' }, channel: { id: 'D1' }, container: { channel_id: 'D1' }, trigger_id: 'trig.1' };
    expect(fromButtonPress(body, { value: 'abc123', action_ts: '3.3' })).toEqual({
      platform: 'slack',
      chatId: 'D1',
      chatType: 'direct',
      accountId: 'U1',
      action: 'abc123',
      deliveryId: 'trig.1',
      canShowForm: true,
    });
    expect(fromButtonPress(body, {})).toBeUndefined();
    // Without a trigger no modal can open.
    expect(fromButtonPress({ user: { id: 'U1' }, channel: { id: 'D1' } }, { value: 'k', action_ts: '3.4' })).not.toHaveProperty(
      'canShowForm',
    );
  });

  it('finds the pressed message and the editKey its buttons carry; none for a view or an ephemeral message', () => {
    const body = {
      user: { id: 'U1' },
      channel: { id: 'D1' },
      container: { type: 'message', channel_id: 'D1', message_ts: '5.5' },
      message: { ts: '5.5' },
    };
    expect(pressedMessage(body, 'duban_edit:1:poll-m1')).toEqual({ channel: 'D1', ts: '5.5', editKey: 'poll-m1' });
    expect(pressedMessage(body, 'b1')).toEqual({ channel: 'D1', ts: '5.5' });
    expect(pressedMessage({ ...body, container: { ...body.container, is_ephemeral: true } }, 'duban_edit:0:k')).toBeUndefined();
    expect(pressedMessage({ user: { id: 'U1' }, container: { type: 'view', view_id: 'V1' } }, undefined)).toBeUndefined();
  });
});

describe('submitted forms', () => {
  it('reads a submitted modal as a direct message with the form, in the DM named, else the user’s', () => {
    expect(fromFormSubmission('U1', { form: 'report:92', channel: 'D1' }, { item: '92' }, 'trig.9')).toEqual({
      platform: 'slack',
      chatId: 'D1',
      chatType: 'direct',
      accountId: 'U1',
      deliveryId: 'trig.9',
      form: { id: 'report:92', values: { item: '92' } },
    });
    expect(fromFormSubmission('U1', { form: 'report' }, {}).chatId).toBe('U1');
  });
});
