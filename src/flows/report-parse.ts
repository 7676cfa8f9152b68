// Reads what a person typed in a report: an item number, a percent, a status phrase, and
// the rest as the note. Only what is unmistakable is read; everything else is asked for.
import type { ReportStatus } from '../domain/report.ts';
import { toSimplified } from '../i18n/script.ts';

const STATUS_WORDS: Array<[ReportStatus, string[]]> = [
  ['not-started', ['未开始', '没开始', '尚未开始', '未启动', 'not started', 'not-started', 'notstarted']],
  ['on-track', ['正常', '正常推进', '按计划', '进行中', '顺利', 'on track', 'on-track', 'ontrack', 'in progress', 'ok']],
  ['at-risk', ['有风险', '风险', '存在风险', 'at risk', 'at-risk', 'risk', 'atrisk']],
  ['delayed', ['滞后', '延误', '延期', '落后', '推迟', 'delayed', 'behind', 'late']],
  ['done', ['完成', '已完成', '办结', '已办结', 'done', 'complete', 'completed', 'finished']],
];

/** A status from a whole phrase ("正常推进", "on track"), or undefined. */
export function parseStatus(text: string): ReportStatus | undefined {
  const t = toSimplified(text.normalize('NFKC').trim().toLowerCase()).replace(/\s+/g, ' ');
  return STATUS_WORDS.find(([, words]) => words.includes(t))?.[0];
}

export type PercentResult = { ok: true; value: number } | { ok: false };

/** "80", "80%", "８０％", "进度80%", "progress 80" -> 80; anything else, or outside 0-100, fails. */
export function parsePercent(text: string): PercentResult {
  const t = toSimplified(text.normalize('NFKC').trim().toLowerCase()).replace(/^(进度|progress)\s*[:：]?\s*/, '');
  const m = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(t);
  if (!m) return { ok: false };
  const value = Number(m[1]);
  return value >= 0 && value <= 100 ? { ok: true, value: Math.round(value) } : { ok: false };
}

export interface OneLine {
  item?: number;
  progress?: number;
  /** A percent was written but is not 0-100: ask again, saying why. */
  badProgress?: string;
  status?: ReportStatus;
  note?: string;
}

/**
 * `92 进度80% 已完成章程初稿` / `92 80% on track draft charter done`: the leading tokens may
 * be the number, a percent (with % or 进度/progress) and a status phrase, in any order; the
 * first token that is none of them starts the note ("done" at the end stays in the note).
 */
export function parseOneLine(args: string): OneLine {
  const out: OneLine = {};
  const tokens = args.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  let i = 0;
  for (; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const two = tokens[i + 1] ? `${tok} ${tokens[i + 1]}` : undefined;
    if (out.item === undefined && /^(第|#|no\.?)?\d{1,4}(项|號|号)?$/i.test(tok)) {
      out.item = Number(tok.replace(/\D/g, ''));
      continue;
    }
    // A signed number is read as a percent too, so "进度-5%" is refused as 150% is, not kept as the note.
    if (
      out.progress === undefined &&
      out.badProgress === undefined &&
      /^((进度|進度|progress)[:：]?[-−+]?\d|[-−+]?\d).*%$|^(进度|進度)[:：]?[-−+]?\d+$/i.test(tok)
    ) {
      const p = parsePercent(tok);
      if (p.ok) out.progress = p.value;
      else out.badProgress = tok;
      continue;
    }
    if (out.progress === undefined && /^(progress|进度|進度)$/i.test(tok) && /^[-−+]?\d/.test(tokens[i + 1] ?? '')) {
      const p = parsePercent(tokens[++i]!);
      if (p.ok) out.progress = p.value;
      else out.badProgress = `${tok} ${tokens[i]}`;
      continue;
    }
    if (out.status === undefined && two && parseStatus(two)) {
      out.status = parseStatus(two);
      i++;
      continue;
    }
    if (out.status === undefined && parseStatus(tok)) {
      out.status = parseStatus(tok);
      continue;
    }
    break;
  }
  const note = tokens.slice(i).join(' ').trim();
  if (note) out.note = note;
  return out;
}
