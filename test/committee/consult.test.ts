// A consultation from start to end through the real core: written in one message with a
// draft file, confirmed, delivered to exactly the members of two fields (capture port) in
// their own language and time zone, answered in several messages with an attachment and a
// revision, reminders only to those who have not answered, answers refused after the
// deadline, and the XLSX export read back.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ANSWERS_LOG } from '../../src/committee/consultations/answers.ts';
import { runConsultationReminders } from '../../src/committee/consultations/remind.ts';
import { buttonOf, consultBot, type ConsultBot } from './consult-setup.ts';

const PLANNING = ['sarah-mitchell', 'liu-yan', 'luo-qing'];
const TRADE = ['tan-wei-ming', 'xu-hui', 'cao-min'];
const OTHERS = ['wu-gang', 'klaus-becker']; // members of other fields
const CREATE =
  '征求意见 新建 对行动计划2017年版的意见 | 截止 2016-12-10 | 领域 planning,trade | 链接 https://example.org/draft.pdf | 问题：请就“国际化+”行动计划（2017年版）草案提出修改建议';
const LONG = '建议将崂山景区对标少女峰的做法扩展到会展业，'.repeat(17).slice(0, 356);

async function sentConsultation(): Promise<ConsultBot & { sendKey: string }> {
  // peng-lin (planning) is a candidate who has not accepted: not a member, never consulted.
  const bot = await consultBot({ now: '2016-11-20T10:00:00+08:00', members: [...PLANNING, ...TRADE, ...OTHERS], unbound: ['cao-min'] });
  const sec = bot.chat('secretariat');
  const preview = await sec.send({ text: CREATE, file: { name: '行动计划2017征求意见稿.pdf', ref: 'tg-file-1' } });
  expect(preview[0]!.text).toContain('征求意见草稿 C1');
  expect(preview[0]!.text).toContain('共 6 位成员');
  expect(bot.sent).toHaveLength(0); // nothing leaves before the confirmation
  const sendKey = sec.choices.find((c) => c.label.includes('发送'))!.key;
  expect(await sec.press('发送')).toMatch(/已发送征求意见 C1：5\/6 位成员已收到。\n无法送达（尚未绑定聊天账号） 1 位：曹敏/);
  return Object.assign(bot, { sendKey });
}

describe('a consultation to two fields', () => {
  it('reaches exactly their members, in their language and time zone, once', async () => {
    const bot = await sentConsultation();
    const to = bot.sent.map((s) => bot.personOf(s)).sort();
    expect(to).toEqual(['liu-yan', 'luo-qing', 'sarah-mitchell', 'tan-wei-ming', 'xu-hui']);
    const sarah = bot.sent.find((s) => bot.personOf(s) === 'sarah-mitchell')!.reply;
    expect(sarah.text).toContain('[Consultation C1]');
    expect(sarah.text).toContain('Deadline: Sat, 10 Dec 2016, 07:59 (Pacific Standard Time)');
    expect(sarah.text).toContain('Attachment: 行动计划2017征求意见稿.pdf');
    expect(sarah.choices?.map((c) => c.label)).toEqual(['✍️ Answer']);
    const liu = bot.sent.find((s) => bot.personOf(s) === 'liu-yan')!.reply;
    expect(liu.text).toContain('截止时间：2016年12月10日周六 23:59（中国标准时间）');
    expect(liu.text).toContain('草稿链接：https://example.org/draft.pdf');
    // The send button pressed again, or the command typed again, sends nothing.
    const sec = bot.chat('secretariat');
    expect(await sec.send({ action: bot.sendKey }).then((r) => r[0]!.text)).toContain(
      'C1 已于 2016年11月20日 10:00 发送给 6 位成员，不会重复发送',
    );
    expect(await sec.say('consult send C1')).toContain('不会重复发送');
    expect(bot.sent).toHaveLength(5);
  });

  it('speaks to a Hong Kong member in Traditional Chinese, with Hong Kong time, and keeps her words as written', async () => {
    const bot = await consultBot({ now: '2016-11-20T10:00:00+08:00', members: ['leung-ka-wai', 'chen-guang'] });
    const sec = bot.chat('secretariat');
    await sec.say('征求意见 新建 法律服务国际化 | 截止 2016-12-10 18:00 | 领域 法律 | 问题：请就涉外法律服务提出建议');
    await sec.press('发送');
    const leung = bot.sent.find((s) => bot.personOf(s) === 'leung-ka-wai')!;
    expect(leung.reply.text).toContain('【徵求意見 C1】市推進辦請您就《法律服務國際化》提出意見。');
    expect(leung.reply.text).toContain('截止時間：2016年12月10日週六 18:00（香港標準時間）');
    const chat = bot.chat('leung-ka-wai');
    await chat.send({ action: buttonOf(leung, '答覆') });
    expect(await chat.say('建議設立國際仲裁中心。')).toContain('記錄了您的第 1 條意見（共 11 字）');
    expect(bot.store.records(ANSWERS_LOG)[0]).toMatchObject({ person: 'leung-ka-wai', consultation: 'C1', text: '建議設立國際仲裁中心。' });
  });

  it('takes answers in several messages with files, revisions and withdrawals, then reminds only the others', async () => {
    const bot = await sentConsultation();
    const liu = bot.chat('liu-yan');
    const invite = bot.sent.find((s) => bot.personOf(s) === 'liu-yan')!;
    const intro = await liu.send({ action: buttonOf(invite, '答复') });
    expect(intro[0]!.text).toContain('答复征求意见 C1《对行动计划2017年版的意见》');
    expect(await liu.say('一、建议增加对标城市。')).toBe('记录了您的第 1 条意见（共 11 字）。可继续发送，或发送“完成”结束。');
    const second = await liu.send({ text: LONG, file: { name: '详细修改意见.docx', ref: 'tg-file-2', mime: 'application/msword' } });
    expect(second[0]!.text).toContain('记录了您的第 2 条意见（共 356 字，1 个附件）');
    expect(await liu.say('修改 1 一、建议增加新加坡、汉堡作为对标城市。')).toContain('已修改您的第 1 条意见（现共 19 字）');
    expect(await liu.press('完成')).toContain('C1 您目前共有 2 条有效意见');

    const xu = bot.chat('xu-hui');
    await xu.say('答复 C1');
    await xu.say('暂无意见');
    expect(await xu.say('撤回 1')).toContain('已撤回您的第 1 条意见');
    await xu.say('完成');

    const sarah = bot.chat('sarah-mitchell');
    await sarah.say('answer C1');
    expect(await sarah.say('Benchmark the airport against Singapore Changi.')).toBe(
      'Recorded your message no. 1 (47 characters). Send more, or "done" to finish.',
    );
    expect(await sarah.say('done')).toContain('Thank you: 1 standing message for C1, all saved');

    const status = await bot.chat('secretariat').say('征求意见 C1');
    expect(status).toContain('发送给 6 位成员：已答复 2 位，共 3 条意见；未答复 4 位。');
    expect(status).toContain('已答复：莎拉·米切尔（1 条）、刘艳（2 条）');
    expect(status).toContain('未答复：陈伟明、徐辉、罗青、曹敏');
    expect(status).toContain('未能送达 1 位：曹敏');

    // Three days before the deadline (23:59 on 10 Dec, Shanghai), in daytime everywhere concerned.
    bot.sent.length = 0;
    bot.clock.set('2016-12-08T09:00:00+08:00');
    const run = await runConsultationReminders(bot.core.services, bot.clock.now());
    expect(run).toMatchObject({ sent: 3, unreachable: 1, waiting: 0 });
    expect(bot.sent.map((s) => bot.personOf(s)).sort()).toEqual(['luo-qing', 'tan-wei-ming', 'xu-hui']);
    expect(bot.sent.find((s) => bot.personOf(s) === 'xu-hui')!.reply.text).toContain('【提醒】您尚未答复征求意见 C1');
    expect(bot.sent.find((s) => bot.personOf(s) === 'tan-wei-ming')!.reply.text).toContain('[Reminder]');
    expect(await runConsultationReminders(bot.core.services, bot.clock.now())).toMatchObject({ due: 0, sent: 0 });
    expect(bot.sent).toHaveLength(3);

    // By hand: the same three, after a confirmation; the button pressed twice sends once.
    const sec = bot.chat('secretariat');
    expect(await sec.say('征求意见 催办 C1')).toContain('尚未答复的 4 位成员：陈伟明、徐辉、罗青、曹敏');
    const confirm = sec.choices[0]!.key;
    expect(await sec.press('确认提醒')).toContain('已催办 C1：现在发出 3 位，1 位无法送达');
    expect(await sec.send({ action: confirm }).then((r) => r[0]!.text)).toContain('不会重复发送');
    expect(bot.sent).toHaveLength(6);
  });

  it('refuses answers after the deadline, saying why, also in the middle of an answer', async () => {
    const bot = await sentConsultation();
    const liu = bot.chat('liu-yan');
    bot.clock.set('2016-12-10T23:50:00+08:00');
    await liu.say('答复 C1');
    expect(await liu.say('赶在截止前的意见')).toContain('第 1 条意见');
    bot.clock.set('2016-12-11T00:00:01+08:00');
    expect(await liu.say('截止后才写的意见')).toContain(
      '征求意见 C1《对行动计划2017年版的意见》已于 2016年12月10日周六 23:59（中国标准时间） 截止',
    );
    expect(await bot.chat('luo-qing').say('答复 C1')).toContain('已于 2016年12月10日周六 23:59（中国标准时间） 截止');
    expect(await bot.chat('sarah-mitchell').say('answer C1')).toContain('closed on Sat, 10 Dec 2016, 07:59 (Pacific Standard Time)');
    expect(bot.store.records(ANSWERS_LOG).map((r) => r.text)).toEqual(['赶在截止前的意见']);
    // The conversation ended: the next text is a lookup again, not an answer.
    await liu.say('还有一条');
    expect(bot.store.records(ANSWERS_LOG)).toHaveLength(1);
  });

  it('exports the answers as XLSX that reads back intact', async () => {
    const bot = await sentConsultation();
    const liu = bot.chat('liu-yan');
    await liu.say('答复 C1');
    await liu.say('一、建议增加对标城市。');
    await liu.send({ text: LONG, file: { name: '详细修改意见.docx', ref: 'tg-file-2' } });
    bot.clock.advance(3600_000);
    await liu.say('修改 1 一、建议增加新加坡、汉堡作为对标城市。');
    await liu.say('完成');
    const sarah = bot.chat('sarah-mitchell');
    await sarah.say('answer C1');
    await sarah.say('=1+1 is not a formula here.');

    const replies = await bot.chat('secretariat').send({ text: '征求意见 导出 C1' });
    const file = replies[0]!.file!;
    expect(replies[0]!.text).toContain('3 条有效意见');
    expect(file.name).toBe('consultation-C1-2016-11-20.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data) as never);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((row) => void out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const answers = rows('意见');
    expect(answers[0]).toEqual(['专家', '领域', '国家/地区', '时间（北京时间）', '序号', '意见', '附件', '修改标记']);
    expect(answers.slice(1)).toEqual([
      ['刘艳', '规划', '中国', '2016-11-20 10:00', 1, '一、建议增加新加坡、汉堡作为对标城市。', '', '已修改 1 次（最近 2016-11-20 11:00）'],
      ['刘艳', '规划', '中国', '2016-11-20 10:00', 2, LONG, '详细修改意见.docx'],
      ['莎拉·米切尔', '规划', '美国', '2016-11-20 11:00', 1, '=1+1 is not a formula here.', ''],
    ]);
    const log = rows('全部记录');
    expect(log.slice(1).map((r) => [r[2], r[3], r[4]])).toEqual([
      ['意见', 1, '一、建议增加对标城市。'],
      ['意见', 2, LONG],
      ['修改', 1, '一、建议增加新加坡、汉堡作为对标城市。'],
      ['意见', 1, '=1+1 is not a formula here.'],
    ]);
    const recipients = rows('收件人');
    expect(recipients).toHaveLength(7);
    expect(recipients.find((r) => r[0] === '曹敏')).toEqual(['曹敏', '贸易', '中国', 0, '无法送达']);
  });
});
