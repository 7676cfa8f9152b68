// Help lists what this person may use (issue 10, §3), through the real core: grouped by what
// the commands are for, without internal argument names, examples in the reader's language,
// committee commands only for those they concern, and "no such command" for an unknown name.
import { describe, expect, it } from 'vitest';
import { makeBot } from './helpers/fake-chat.ts';
import { openMeeting } from './helpers/meeting.ts';

/** The command names listed in a help text ("• 事项 / item — …"). */
const listed = (text: string) => [...text.matchAll(/^• (\S+) \/ (\S+) — /gm)].map((m) => m[1]!);

describe('help', () => {
  it('shows a reporter the commands of their role only, grouped', async () => {
    const bot = await makeBot();
    const text = await bot.chat('xu-ting').say('帮助');
    const names = listed(text);
    for (const name of ['事项', '事项列表', '汇报', '我的', '总览', '语言']) expect(names).toContain(name);
    for (const name of ['专家', '邀请', '邀请函', '投票', '出席', '会议', '导出', '征求意见', '答复']) expect(names).not.toContain(name);
    // Grouped: lookups, then reporting, then supervision, then the account.
    const headings = ['查询', '汇报', '督办', '账号与设置'].map((h) => text.split('\n').indexOf(h));
    expect(headings.every((i) => i > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(text).toContain('发送“帮助 命令名”查看某个命令的用法');
  });

  it('offers the meeting commands to a member, and to staff invited to a meeting', async () => {
    const bot = await makeBot();
    await bot.store.update((db) => {
      db.invitations['zhang-haibo'] = { expertId: 'zhang-haibo', code: 'Cz', answer: 'accepted', answeredAt: '2016-09-01', reminders: 0 };
    });
    expect(listed(await bot.chat('zhang-haibo').say('帮助'))).toEqual(expect.arrayContaining(['邀请函', '投票', '出席', '会议']));
    expect(listed(await bot.chat('secretariat').say('帮助'))).toEqual(expect.arrayContaining(['专家', '邀请', '导出', '会议']));
    await bot.store.update((db) => {
      db.meetings.m1 = openMeeting({ id: 'm1', title: '培训', invitees: ['xu-ting'], audience: 'people' });
    });
    expect(listed(await bot.chat('xu-ting').say('帮助'))).toEqual(expect.arrayContaining(['投票', '会议']));
  });

  it('explains one command in words, without internal argument names', async () => {
    const bot = await makeBot();
    const text = await bot.chat('zhao-min').say('帮助 汇报');
    expect(text).toContain('汇报 / report');
    expect(text).toContain('命令后面可以写：\n  · 事项编号、进度、状态、说明，均可省略');
    expect(text).not.toMatch(/\b(report|action|filters)\?? —/);
    expect(text).toContain('  汇报 92 进度80% 已完成章程初稿');
    expect(text).not.toContain('report 92 80% on track'); // the English example is for English readers
  });

  it('gives English readers English examples', async () => {
    const bot = await makeBot();
    const text = await bot.chat('mark-fischer').say('help');
    expect(text).toContain('• item / 事项 — ');
    expect(text).toContain('(e.g. item 92)');
    expect(text).not.toContain('(e.g. 事项 92)');
    expect(await bot.chat('mark-fischer').say('help report')).toContain('  report 92 80% on track draft charter done');
  });

  it('says there is no such command, or that it is not theirs', async () => {
    const bot = await makeBot();
    const unknown = await bot.chat('xu-ting').say('帮助 不存在');
    expect(unknown).toBe('没有名为“不存在”的命令。发送“帮助”查看您可以使用的命令。');
    expect(await bot.chat('xu-ting').say('帮助 邀请')).toContain('“邀请”不在您可以使用的命令中');
    expect(await bot.chat('mark-fischer').say('help nosuch')).toContain('There is no command called "nosuch"');
  });
});
