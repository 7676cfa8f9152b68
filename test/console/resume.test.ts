// The console adapter after a restart in the middle of a report (issue 10, §3): when the
// person comes back, the pending step is shown again with its numbered choices, so "1" picks
// the first choice instead of being read as 1% or as a status it cannot read. Driven through
// runConsole with piped input, over the same store as the bot before the restart.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/adapters/console.ts';
import { createDuban } from '../../src/app.ts';
import { makeBot } from '../helpers/fake-chat.ts';

/** Runs the console for a person with these lines piped in; returns everything it wrote. */
async function consoleRun(core: Awaited<ReturnType<typeof createDuban>>, personId: string, lines: string[]): Promise<string> {
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  await runConsole({ core, personId, input: Readable.from(lines.map((l) => `${l}\n`)), output });
  return written;
}

describe('the console after a restart in the middle of a report', () => {
  it('shows the pending step and its choices again, and a number picks a choice', async () => {
    const bot = await makeBot();
    const before = await consoleRun(bot.core, 'xu-ting', ['汇报', '49']);
    expect(before).toContain('第 49 项目前的状态？');

    const restarted = await createDuban({ store: bot.store, clock: bot.clock });
    const after = await consoleRun(restarted, 'xu-ting', ['1']);
    const [resumed, answered] = after.split('完成进度是多少') as [string, string?];
    expect(resumed).toContain('您有未完成的汇报，接着上次继续（发送“取消”可退出）：');
    expect(resumed).toContain('第 49 项目前的状态？\n  [1] 未开始\n  [2] 正常推进');
    expect(answered).toBeDefined(); // "1" was the first choice: the progress is asked next
    expect(bot.store.data.conversations['console:xu-ting']).toMatchObject({ step: 'progress', data: { item: 49, status: 'not-started' } });
  });

  it('says nothing extra when no conversation is open', async () => {
    const bot = await makeBot();
    const out = await consoleRun(bot.core, 'xu-ting', ['事项 92']);
    expect(out.startsWith('第 92 项')).toBe(true);
  });
});
