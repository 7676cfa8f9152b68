// The permission matrix: every command (with each of its examples) tried by every role and
// by an unbound account. Where the declaration does not allow the role, the reply is a
// refusal with the reason, and nothing at all is written.
import { describe, expect, it } from 'vitest';
import type { CommandDef } from '../../src/core/command.ts';
import type { Role } from '../../src/domain/schema.ts';
import { LOGS } from '../../src/db.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { logRecords } from '../helpers/logs.ts';

const snapshot = async (bot: TestBot) => {
  const counts = await Promise.all(LOGS.map(async (l) => (await logRecords(bot.store, l)).length));
  return JSON.stringify(bot.store.data) + counts.join(',');
};

const PERSONAS: Array<{ who: string; role: Role | 'unbound'; platform?: 'telegram' }> = [
  { who: 'secretariat', role: 'admin' },
  { who: 'liu-jianguo', role: 'head' },
  { who: 'zhao-min', role: 'reporter' },
  { who: 'liang-shuhua', role: 'official' },
  { who: 'EXPERT', role: 'expert' },
  { who: 'tg-stranger', role: 'unbound', platform: 'telegram' },
];

function allowed(cmd: CommandDef, role: Role | 'unbound'): boolean {
  if (cmd.access.includes('anyone')) return true;
  return role !== 'unbound' && cmd.access.includes(role);
}

describe('permission matrix', () => {
  it('refuses every command a role may not run, with the reason, writing nothing', async () => {
    const bot = await makeBot();
    const expert = bot.store.data.experts[0]!.id;
    let tried = 0;
    for (const cmd of bot.core.commands) {
      for (const example of cmd.examples) {
        for (const p of PERSONAS) {
          if (allowed(cmd, p.role)) continue;
          const chat = bot.chat(p.who === 'EXPERT' ? expert : p.who, p.platform ? { platform: p.platform } : {});
          const before = await snapshot(bot);
          const text = await chat.say(example);
          const reason = p.role === 'unbound' ? /尚未绑定|not bound/ : /无权使用|may not use/;
          expect(text, `${p.role} → ${example}`).toMatch(reason);
          expect(await snapshot(bot), `${p.role} → ${example} wrote something`).toBe(before);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(20);
  });

  it('lets every allowed role past the access check', async () => {
    const bot = await makeBot();
    const expert = bot.store.data.experts[0]!.id;
    for (const cmd of bot.core.commands) {
      for (const p of PERSONAS) {
        if (!allowed(cmd, p.role)) continue;
        const chat = bot.chat(p.who === 'EXPERT' ? expert : p.who, p.platform ? { platform: p.platform } : {});
        const text = await chat.say(cmd.examples[0]!);
        expect(text, `${p.role} → ${cmd.examples[0]}`).not.toMatch(/无权使用|may not use|尚未绑定，只能查询，不能提交/);
        await chat.say('取消');
      }
    }
  });
});
