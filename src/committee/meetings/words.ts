// The words people type for the meeting commands, in Chinese (either script) and English:
// the subcommands of 会议 / meeting, the answers of a vote and of an attendance reply, and
// the confirmation word. Also splitting a command line into words and a trailing note.
import type { Context } from '../../core/context.ts';
import { toSimplified } from '../../i18n/script.ts';
import type { SendSummary } from './deliver.ts';
import type { Attendance } from './repo.ts';
import type { Answer } from './tally.ts';
import { names } from './tally-view.ts';

export type Sub = 'create' | 'list' | 'view' | 'send' | 'remind' | 'final' | 'roll' | 'cancel';

const SUBS: Record<string, Sub> = {
  新建: 'create',
  创建: 'create',
  发起: 'create',
  new: 'create',
  create: 'create',
  列表: 'list',
  全部: 'list',
  list: 'list',
  all: 'list',
  查看: 'view',
  详情: 'view',
  统计: 'view',
  view: 'view',
  show: 'view',
  tally: 'view',
  发送: 'send',
  发出: 'send',
  send: 'send',
  提醒: 'remind',
  催: 'remind',
  remind: 'remind',
  定: 'final',
  确定: 'final',
  定时间: 'final',
  改期: 'final',
  final: 'final',
  finalise: 'final',
  finalize: 'final',
  schedule: 'final',
  reschedule: 'final',
  点名: 'roll',
  roll: 'roll',
  rollcall: 'roll',
  取消: 'cancel',
  cancel: 'cancel',
};

const ANSWER_WORDS: Record<string, Answer> = {
  yes: 'yes',
  y: 'yes',
  ok: 'yes',
  可以: 'yes',
  能: 'yes',
  行: 'yes',
  是: 'yes',
  '✅': 'yes',
  ifneedbe: 'ifneedbe',
  maybe: 'ifneedbe',
  perhaps: 'ifneedbe',
  必要时可以: 'ifneedbe',
  必要时: 'ifneedbe',
  勉强: 'ifneedbe',
  也许: 'ifneedbe',
  或许: 'ifneedbe',
  待定: 'ifneedbe',
  '🤔': 'ifneedbe',
  no: 'no',
  n: 'no',
  不行: 'no',
  不能: 'no',
  不可以: 'no',
  否: 'no',
  不: 'no',
  '❌': 'no',
};

const ATTEND_WORDS: Record<string, Attendance> = {
  attend: 'attend',
  yes: 'attend',
  'in-person': 'attend',
  出席: 'attend',
  参加: 'attend',
  到场: 'attend',
  现场: 'attend',
  能: 'attend',
  '✅': 'attend',
  online: 'online',
  remote: 'online',
  线上: 'online',
  在线: 'online',
  视频: 'online',
  远程: 'online',
  '💻': 'online',
  absent: 'absent',
  no: 'absent',
  cannot: 'absent',
  不能: 'absent',
  不能出席: 'absent',
  缺席: 'absent',
  请假: 'absent',
  不来: 'absent',
  否: 'absent',
  '❌': 'absent',
};

function norm(word: string): string {
  return toSimplified(word.normalize('NFKC').trim().toLowerCase());
}

export const subOf = (word: string): Sub | undefined => SUBS[norm(word)];
export const answerOf = (word: string): Answer | undefined => ANSWER_WORDS[norm(word)];
export const attendanceOf = (word: string): Attendance | undefined => ATTEND_WORDS[norm(word)];
export const isConfirm = (word: string | undefined): boolean => word !== undefined && ['confirm', '确认', 'yes', '是'].includes(norm(word));

/** The first `n` words, and the rest of the line as it was typed (a note keeps its spaces). */
export function words(text: string, n: number): { head: string[]; rest: string } {
  const head: string[] = [];
  let rest = text.trim();
  while (head.length < n && rest) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(rest)!;
    head.push(m[1]!);
    rest = m[2]!;
  }
  return { head, rest: rest.trim() };
}

/** "Sent to 7 of 9." plus who was not reached and why. */
export function sentText(ctx: Context, summary: SendSummary, total: number): string {
  const lines = [ctx.t('meeting-sent', { sent: summary.sent.length, total })];
  for (const failure of new Set(summary.missed.map((m) => m.failure))) {
    const who = summary.missed.filter((m) => m.failure === failure).map((m) => m.person);
    lines.push(ctx.t('meeting-missed', { count: who.length, names: names(ctx, ctx.store, who), failure }));
  }
  return lines.join('\n');
}
