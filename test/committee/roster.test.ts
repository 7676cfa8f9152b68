// The roster through the real core: filters (field, country, home/abroad, answer, in either
// language and script), pages with buttons, one expert's record with the whole invitation
// history and their votes, who may look, and the committee's chair and vice-chairs.
import { describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';
import { openMeeting } from '../helpers/meeting.ts';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';

const NOW = '2016-09-01T10:00:00+08:00';

async function invited() {
  const bot = await makeBot({ now: NOW });
  bot.core.services.notifier.register('test', async () => ({ ok: true }));
  bot.core.services.notifier.registerDeepLink('telegram', (p) => 'https://t.me/duban_bot?start=' + p);
  await bot.store.update((db) => {
    for (const id of ['sarah-mitchell', 'david-cohen', 'zhang-haibo'])
      db.accounts.push({ platform: 'test', accountId: id, personId: id, boundAt: NOW });
  });
  const sec = bot.chat('secretariat');
  await sec.say('邀请 发送 全部');
  await sec.press('确认发送');
  return { bot, sec };
}

describe('the roster', () => {
  it('filters by field, country, home or abroad, and answer', async () => {
    const { bot, sec } = await invited();
    await bot.chat('david-cohen').say('invitation decline busy');
    await bot.chat('zhang-haibo').say('邀请函 接受');

    const finance = await sec.say('专家 金融');
    expect(finance).toContain('专家名单（金融）：5 人，共 59 位候选人');
    expect(finance).toContain('david-cohen · 大卫·科恩 · 金融 · 美国 · 已谢绝');
    expect(await sec.say('experts finance US')).toContain('1 人');
    expect(await sec.say('专家 美国 已谢绝')).toContain('专家名单（美国 · 已谢绝）：1 人');
    expect(await sec.say('专家 待答复')).toContain('sarah-mitchell · 莎拉·米切尔 · 规划 · 美国 · 待答复');
    expect(await sec.say('专家 暂无法送达')).toContain('：56 人');
    expect(await sec.say('專家 國外')).toContain('专家名单（国外）：12 人'); // Traditional input
    expect(await sec.say('专家 国内 海洋')).toContain('专家名单（海洋 · 国内）：4 人'); // and one ocean expert from Korea
    expect(await sec.say('专家 香港')).toContain('：6 人');
    const official = bot.chat('liang-shuhua');
    await official.say('lang en');
    const en = await official.say('experts abroad declined');
    expect(en).toContain('Expert roster (from abroad · declined): 1 of 59 candidates');
    expect(en).toContain('david-cohen · David Cohen · finance · United States · declined');
    expect(await sec.say('专家 金融 火星')).toContain('看不懂筛选条件“火星”');
  });

  it('pages with buttons', async () => {
    const { sec } = await invited();
    const first = await sec.say('专家');
    expect(first).toContain('：59 人，共 59 位候选人 · 第 1/4 页');
    expect(first.split('\n').filter((l) => l.includes(' · ') && /^[a-z]/.test(l))).toHaveLength(15);
    expect(sec.choices.map((c) => c.label)).toEqual(['下一页 ▶']);
    const second = await sec.press('下一页');
    expect(second).toContain('第 2/4 页');
    expect(second).not.toContain('sarah-mitchell');
    expect(sec.choices.map((c) => c.label)).toEqual(['◀ 上一页', '下一页 ▶']);
    expect(await sec.say('专家 海洋 第2页')).toContain('没有第 2 页：共 1 页');
  });

  it("shows one expert's record: the invitation's whole history and the votes", async () => {
    const { bot, sec } = await invited();
    const sarah = bot.chat('sarah-mitchell');
    await sarah.say('invitation decline teaching load');
    bot.clock.advance(3600_000);
    await sarah.say('invitation accept');
    await bot.store.update((db) => {
      db.meetings.m1 = openMeeting({ id: 'm1', title: '首次工作会议', invitees: ['sarah-mitchell'], audience: 'members', createdAt: NOW });
    });
    await bot.store.append(VOTES_LOG, [
      { id: 'v1', at: '2016-09-02T03:00:00.000Z', meeting: 'm1', person: 'sarah-mitchell', slot: 's1', answer: 'yes' },
    ]);
    await bot.store.append(VOTES_LOG, [
      { id: 'v2', at: '2016-09-02T03:00:00.000Z', meeting: 'm1', person: 'david-cohen', slot: 's1', answer: 'no' },
    ]);

    const record = await sec.say('专家 sarah-mitchell');
    expect(record).toContain('莎拉·米切尔 / Sarah Mitchell（sarah-mitchell）· 示例数据');
    expect(record).toContain('时区：America/Los_Angeles（当地现在 20 时）');
    expect(record).toContain('邀请状态：已接受（2016年9月1日 11:00）');
    expect(record).toContain('邀请记录（5 条）：'); // invited, delivered, opened, declined, accepted
    expect(record).toContain('· 2016年9月1日 10:00 发送邀请函（王立新）');
    expect(record).toContain('· 2016年9月1日 10:00 谢绝邀请：teaching load');
    expect(record).toContain('· 2016年9月1日 11:00 改为接受（原为谢绝）');
    expect(record).toContain('会议投票（1 条）：');
    expect(record).toContain('· 2016年9月2日 11:00 首次工作会议 · 2016年10月20日 09:00 → 可以');
    // By name, in either language; an unreachable expert's record carries the personal link.
    expect(await sec.say('专家 Sarah Mitchell')).toContain('（sarah-mitchell）');
    const robert = await sec.say('专家 罗伯特·海斯');
    expect(robert).toContain(`专属链接：https://t.me/duban_bot?start=${bot.store.data.invitations['robert-hayes']!.code}`);
    expect(robert).toContain('· 2016年9月1日 10:00 暂无法送达：未绑定聊天账号');
    // Several or none.
    expect(await sec.say('专家 chen')).toContain('有 2 位专家符合');
    expect(sec.choices.map((c) => c.label)).toEqual(['陈光 (chen-guang)', '陆晨 (lu-chen)']);
    expect(await sec.press('陆晨')).toContain('陆晨 / Lu Chen（lu-chen）');
    expect(await sec.say('专家 nobody')).toContain('名单中没有“nobody”');
  });

  it('is for the secretariat and officials, not for experts or departments', async () => {
    const { bot } = await invited();
    expect(await bot.chat('liang-shuhua').say('专家')).toContain('专家名单');
    expect(await bot.chat('sarah-mitchell').say('experts')).toContain('may not use "experts"');
    expect(await bot.chat('zhao-min').say('专家 sarah-mitchell')).toContain('无权使用');
    expect(await bot.chat('stranger', { platform: 'telegram' }).say('专家')).toContain('尚未绑定');
  });
});

describe('the committee', () => {
  it('marks the chair and vice-chairs among members only', async () => {
    const { bot, sec } = await invited();
    await bot.chat('zhang-haibo').say('邀请函 接受');
    await bot.chat('sarah-mitchell').say('invitation accept');
    expect(await sec.say('委员会 主任 david-cohen')).toContain('大卫·科恩 不是委员会委员');
    expect(await sec.say('委员会 主任 zhang-haibo')).toContain('已指定 张海波 为委员会主任');
    expect(await sec.say('委员会 主任 zhang-haibo')).toContain('已是主任，未作更改');
    expect(await sec.say('committee vice sarah-mitchell')).toContain('已指定 莎拉·米切尔 为委员会副主任');
    expect(await bot.chat('liang-shuhua').say('委员会 主任 sarah-mitchell')).toContain('只有秘书处可以指定');
    const shown = await sec.say('委员会');
    expect(shown).toContain('委员 2 位');
    expect(shown).toContain('主任：张海波 · 副主任：莎拉·米切尔');
    expect(bot.store.data.committee).toMatchObject({ chair: 'zhang-haibo', viceChairs: ['sarah-mitchell'] });
    // A vice-chair who withdraws holds no office any more.
    await bot.chat('sarah-mitchell').say('invitation decline health');
    expect(bot.store.data.committee.viceChairs).toEqual([]);
    expect(await sec.say('委员会 副主任 取消 zhang-haibo')).toContain('本来就不是副主任');
    expect(await sec.say('委员会 秘书长 zhang-haibo')).toContain('看不懂“秘书长”');
    expect(await sec.say('专家 zhang-haibo')).toContain('· 委员会主任');
  });
});
