// Terminal escapes and bidi overrides a person typed never come back raw: not in a reply that
// echoes their words, not in a report's note shown to others, not in a notice, not on the
// console; the text around them is kept.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/adapters/console.ts';
import { plainText } from '../../src/core/plain-text.ts';
import { makeBot } from '../helpers/fake-chat.ts';

const ESC = '\u001b';
const CLEAR = `${ESC}[2J${ESC}[1;1H`;
const RLO = '\u202e';
const RAW = new RegExp(`[${ESC}${RLO}\u2066\u0007\u009b]`);

describe('plainText', () => {
  it('takes out controls and bidi overrides, keeps line breaks, tabs and every script', () => {
    expect(plainText(`a${CLEAR}b\u0007c\u009bd`)).toBe('a[2J[1;1Hbcd');
    expect(plainText(`report${RLO}fdp.exe \u2066x\u2069`)).toBe('reportfdp.exe x');
    expect(plainText('一\r\n二\rthree\tfour\n第 92 项 مرحبا')).toBe('一\n二\nthree\tfour\n第 92 项 مرحبا');
  });
});

describe('echoed text', () => {
  it('a note with escapes is shown without them; a question with them is echoed without them', async () => {
    const bot = await makeBot();
    const zhao = bot.chat('zhao-min');
    await zhao.say(`汇报 92 60% 正常 ${RLO}初稿${CLEAR}完成`);
    expect(await zhao.say('确认')).toContain('已保存');
    const card = await bot.chat('secretariat').say('事项 92');
    expect(card).toContain('初稿[2J[1;1H完成');
    expect(card).not.toMatch(RAW);
    const echoed = await bot.chat('secretariat').say(`指标 ${ESC}]0;owned${ESC}\\zzqx${RLO}`);
    expect(echoed).toContain('zzqx');
    expect(echoed).not.toMatch(RAW);
  });

  it('the console prints replies without them', async () => {
    const bot = await makeBot();
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const done = runConsole({ core: bot.core, personId: 'secretariat', input, output });
    input.end(`指标 ${CLEAR}zzqx${RLO}\n`);
    await done;
    expect(printed).toContain('zzqx');
    expect(printed).not.toMatch(RAW);
  });
});
