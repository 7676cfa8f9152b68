// The words people type for the meeting commands, in Chinese (either script) and English:
// the answers of a vote and of an attendance reply, and the confirmation word (the
// sub-commands of 会议 / meeting are declared in commands/meeting.ts). Also splitting a
// command line into words and a trailing note.
import type { Context } from '../../core/context.ts';
import { WordTable } from '../../core/subcommands.ts';
import type { SendSummary } from './deliver.ts';
import type { Attendance } from './repo.ts';
import type { Answer } from './tally.ts';
import { names } from './tally-view.ts';

export const ANSWER_WORDS = new WordTable<Answer>({
  yes: { zh: ['可以', '能', '行', '是'], en: ['yes', 'ok'], also: ['y', '✅'] },
  ifneedbe: { zh: ['必要时可以', '必要时', '勉强', '也许', '或许', '待定'], en: ['ifneedbe', 'maybe', 'perhaps'], also: ['🤔'] },
  no: { zh: ['不行', '不能', '不可以', '否', '不'], en: ['no'], also: ['n', '❌'] },
});

export const ATTEND_WORDS = new WordTable<Attendance>({
  attend: { zh: ['出席', '参加', '到场', '现场', '能'], en: ['attend', 'yes', 'in-person'], also: ['✅'] },
  online: { zh: ['线上', '在线', '视频', '远程'], en: ['online', 'remote'], also: ['💻'] },
  absent: { zh: ['不能', '不能出席', '缺席', '请假', '不来', '否'], en: ['absent', 'no', 'cannot'], also: ['❌'] },
});

const CONFIRM = new WordTable({ confirm: { zh: ['确认', '是'], en: ['confirm', 'yes'] } });

export const answerOf = (word: string): Answer | undefined => ANSWER_WORDS.of(word);
export const attendanceOf = (word: string): Attendance | undefined => ATTEND_WORDS.of(word);
export const isConfirm = (word: string | undefined): boolean => CONFIRM.of(word) === 'confirm';

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
