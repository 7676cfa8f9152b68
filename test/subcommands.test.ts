// Sub-command words, declared once (src/core/subcommands.ts): read in either Chinese script,
// any case or width; a word declared twice refused; and a word that names no sub-command
// answered with the valid ones, in the reader's language, by every command that has them.
import { describe, expect, it } from 'vitest';
import { Subcommands, WordTable } from '../src/core/subcommands.ts';
import { meetingBot } from './committee/meeting-setup.ts';
import { makeBot } from './helpers/fake-chat.ts';

describe('a word table', () => {
  const table = new WordTable({
    preview: { zh: ['预览'], en: ['preview'] },
    send: { zh: ['发送', '发出'], en: ['send'], also: ['✉️'] },
  });

  it('reads a word in either script, any case or width, and nothing else', () => {
    expect(table.of('預覽')).toBe('preview');
    expect(table.of('ＳＥＮＤ')).toBe('send');
    expect(table.of(' 發出 ')).toBe('send');
    expect(table.of('✉️')).toBe('send');
    expect(table.of('sen')).toBeUndefined();
    expect(table.of(undefined)).toBeUndefined();
  });

  it('lists the first word of each key in the reader’s language', () => {
    expect(table.valid('zh-Hans')).toBe('预览、发送');
    expect(table.valid('en')).toBe('preview, send');
    expect(table.valid('en', ['send'])).toBe('send');
  });

  it('refuses a word declared for two keys', () => {
    expect(() => new WordTable({ a: { zh: ['发送'], en: [] }, b: { zh: ['發送'], en: [] } })).toThrow(/names both "a" and "b"/);
    const run = async () => {};
    expect(() => new Subcommands({ a: { zh: [], en: ['go'], run }, b: { zh: [], en: ['GO'], run } })).toThrow(/"go"/i);
  });
});

describe('an unknown sub-command', () => {
  it('is answered with the valid ones in Chinese, Traditional Chinese and English (invite)', async () => {
    const bot = await makeBot();
    const sec = bot.chat('secretariat');
    expect(await sec.say('邀请 删除 zhang-haibo')).toBe('看不懂“删除”。可用：函、预览、发送、提醒、链接、导出、撤回、答复。');
    await sec.say('语言 繁體');
    expect(await sec.say('邀請 刪除')).toBe('看不懂“刪除”。可用：函、預覽、發送、提醒、鏈接、導出、撤回、答覆。');
    await sec.say('lang en');
    expect(await sec.say('invite delete')).toBe(
      'I don\'t understand "delete". Use one of: letter, preview, send, remind, links, export, revoke, reply.',
    );
  });

  it('is answered with the valid ones and the usage (consult)', async () => {
    const bot = await makeBot();
    const reply = await bot.chat('secretariat').say('征求意见 删除 C1');
    expect(reply).toContain('看不懂“删除”。可用：列表、新建、发送、放弃、状态、催办、延期、阅读、导出。');
    expect(reply).toContain('用法：征求意见（列表）');
  });

  it('offers a member only the sub-commands a member may run (meeting)', async () => {
    const bot = await meetingBot();
    expect(await bot.chat('zhang-haibo').say('会议 删除')).toContain('看不懂“删除”。可用：列表、查看。');
    expect(await bot.chat('secretariat').say('会议 删除')).toContain('可用：新建、列表、查看、发送、提醒、定、点名、添加、取消。');
  });

  it('still runs what the words name, in either script', async () => {
    const bot = await makeBot();
    const sec = bot.chat('secretariat');
    expect(await sec.say('邀請 預覽 sarah-mitchell')).toContain('Dear Sarah Mitchell');
    expect(await sec.say('事項列表 已逾期')).toContain('逾期');
  });
});
