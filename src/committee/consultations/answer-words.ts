// The few words a member types while answering: 完成/done, 我的意见/mine, "修改 2 新内容"
// (revise message 2), "撤回 2" (withdraw it). Anything else is an answer. A keyword must
// stand alone or be followed by its number, so an answer that merely begins with
// "修改意见如下" is recorded as an answer, not taken for a revision.
import { toSimplified } from '../../i18n/script.ts';
import { parseConsultationId } from './consultation.ts';

export type AnswerWord =
  | { kind: 'done' }
  | { kind: 'mine' }
  | { kind: 'revise'; n?: number; text: string; consultation?: string }
  | { kind: 'withdraw'; n?: number; consultation?: string };

const DONE = new Set(['完成', '好了', '提交', '就这些', '没有了', 'done', 'finish', 'finished', 'submit']);
const MINE = new Set(['我的意见', '查看', '我的答复', '列表', 'mine', 'my answers', 'list', 'show']);

// Matched on the text as typed (full-width digits and colons allowed), so the new text of a
// revision keeps its own punctuation.
const NUM = '([0-9０-９]{1,3})';
const CID = '(?:\\s+([#＃]?[cCｃＣ][0-9０-９]{1,5}))?';
const REVISE = new RegExp(`^(修改|更正|revise|edit)${CID}(?:\\s*${NUM}(?:[\\s:：]+|$))?([\\s\\S]*)$`, 'i');
const WITHDRAW = new RegExp(`^(撤回|撤销|撤銷|withdraw)${CID}(?:\\s*${NUM})?$`, 'i');
const BARE_REVISE = new RegExp(`^(修改|更正|revise|edit)${CID}$`, 'i');

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s.normalize('NFKC')));
const cid = (s: string | undefined) => (s === undefined ? undefined : parseConsultationId(s));

export function parseAnswerWord(raw: string): AnswerWord | undefined {
  const text = raw.trim();
  const simple = toSimplified(text.normalize('NFKC')).toLowerCase();
  if (DONE.has(simple)) return { kind: 'done' };
  if (MINE.has(simple)) return { kind: 'mine' };
  const w = WITHDRAW.exec(text);
  if (w) {
    const n = num(w[3]);
    const c = cid(w[2]);
    return { kind: 'withdraw', ...(n !== undefined ? { n } : {}), ...(c ? { consultation: c } : {}) };
  }
  const r = REVISE.exec(text);
  if (!r) return undefined;
  const n = num(r[3]);
  const rest = r[4]!.trim();
  // "修改意见如下…" is an answer: the keyword was followed by neither a number nor the end.
  if (n === undefined && !BARE_REVISE.test(text)) return undefined;
  const c = cid(r[2]);
  return { kind: 'revise', ...(n !== undefined ? { n } : {}), text: rest, ...(c ? { consultation: c } : {}) };
}
