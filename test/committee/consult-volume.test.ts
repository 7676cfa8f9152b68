// The volume to expect: for the 2018/19 plan, 19 experts gave 62 suggestions. All of them
// answered through the chat, then read page by page (every answer once, in order, each page
// well under a chat message's limit) and exported (62 rows, text intact).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PAGE_ENTRIES } from '../../src/committee/consultations/read.ts';
import { loadExperts } from '../../src/domain/plan-data.ts';
import { consultBot } from './consult-setup.ts';

const EXPERTS = loadExperts()
  .slice(0, 19)
  .map((e) => e.id);
/** 62 answers: the first five experts write four, the others three; lengths vary up to ~1,500. */
const counts = EXPERTS.map((_, i) => (i < 5 ? 4 : 3));
const sentence = '关于国际化+行动计划第三部分，建议把对标城市扩展到汉堡和鹿特丹，并明确完成时限与牵头单位。';
const answerText = (e: number, k: number) => `【${e + 1}-${k + 1}】` + sentence.repeat(1 + ((e * 7 + k * 3) % 35));

describe('a consultation at full volume', () => {
  it('takes 62 answers from 19 experts, reads them in pages and exports them all', async () => {
    expect(counts.reduce((a, b) => a + b, 0)).toBe(62);
    const bot = await consultBot({ now: '2016-11-20T10:00:00+08:00', members: EXPERTS });
    const sec = bot.chat('secretariat');
    await sec.say('征求意见 新建 对2018/19年行动计划的意见 | 截止 2016-12-10 | 问题：请提出修改建议');
    expect(await sec.press('发送')).toContain('19/19 位成员已收到');

    for (const [e, id] of EXPERTS.entries()) {
      const chat = bot.chat(id);
      await chat.say(id === 'sarah-mitchell' ? 'answer C1' : '答复 C1');
      for (let k = 0; k < counts[e]!; k++) {
        const file = k === 1 ? { file: { name: `${id}-附件.pdf`, ref: `f-${id}` } } : {};
        await chat.send({ text: answerText(e, k), ...file });
        bot.clock.advance(60_000);
      }
      await chat.say(id === 'sarah-mitchell' ? 'done' : '完成');
    }

    // Read every page by pressing "next".
    const pages: string[] = [await sec.say('征求意见 阅读 C1')];
    while (sec.choices.some((c) => c.label.startsWith('下一页'))) pages.push(await sec.press('下一页'));
    expect(pages[0]).toContain('19 位专家，62 条意见 — 第 1/');
    for (const page of pages) {
      expect(page.length).toBeLessThan(4096);
      expect(page.match(/^\d+\. /gm)!.length).toBeLessThanOrEqual(PAGE_ENTRIES);
    }
    const numbers = pages.flatMap((p) => [...p.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])));
    expect(numbers).toEqual(Array.from({ length: 62 }, (_, i) => i + 1));
    // Every answer can be read whole in its expert's own view (long ones are cut in the combined view).
    expect(pages.join('\n')).toContain('已截断');
    const own = [await sec.say(`征求意见 阅读 C1 ${EXPERTS[4]}`)];
    while (sec.choices.some((c) => c.label.startsWith('下一页'))) own.push(await sec.press('下一页'));
    for (let k = 0; k < 4; k++) expect(own.join('\n').includes(answerText(4, k)), `answer ${k + 1}`).toBe(true);

    const replies = await sec.send({ text: '征求意见 导出 C1' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(replies[0]!.file!.data) as never);
    const sheet = book.getWorksheet('意见')!;
    expect(sheet.rowCount).toBe(63);
    const texts = new Set<string>();
    sheet.eachRow((row, n) => void (n > 1 && texts.add(String(row.getCell(6).value))));
    expect(texts).toEqual(new Set(EXPERTS.flatMap((_, e) => Array.from({ length: counts[e]! }, (_, k) => answerText(e, k)))));
  });
});
