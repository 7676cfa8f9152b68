// Reads what an official typed into a lookup: an item number or indicator code, if
// there is one (`第92项`, `92项进展怎么样`, `item 92`, `#92`, `No. 92`, `指标A3`, `a3`),
// and the words left once polite filler at the edges is stripped (`进展`, `怎么样`,
// `what is the status of` ...). Filler is only removed as whole phrases at the start or
// end, never from inside the words, so a title that contains 进展 stays intact.
// A number written out (`九十二`) is a number; a negative or fractional one (`-1`, `3.5`)
// is kept as what it is, so the caller says there is no such item instead of opening
// item 1. Only the first MAX_QUERY_CHARS characters are read: the work per message is
// bounded whatever its length (issue 11.6).

/** Characters of a message a lookup reads (before and after NFKC, which can expand text):
 *  the longest name in the plan is ~150 characters. */
export const MAX_QUERY_CHARS = 256;

export interface ParsedQuery {
  number?: number; // an item number; may be one no item has (0, -1, 3.5, 500)
  code?: string; // an indicator code, upper case (A, A3, E12)
  words: string; // the rest, NFKC and lower case, filler stripped; may be ''
}

const HAN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in Chinese, 1..999 (九十二, 十二, 一百零五, 两百): well-formed only, so
 *  words made of numerals (十三五, 五一) are not read as numbers. */
const D = '[一二三四五六七八九]';
const HAN_NUMBER = new RegExp(`^(?:[一二两兩三四五六七八九]百(?:零${D}|${D}十${D}?)?|${D}?十${D}?|${D})$`, 'u');
const HAN_NUMERALS = '[〇零一二两兩三四五六七八九十百]+';

// A marked number is an item number even when no such item exists (the caller says so);
// the marker sits before (第, 事项, item, No., #) or after (项, 号) the number.
const MARKED_NUMBER: readonly RegExp[] = [
  // A number in Chinese is one only when no other Han character follows (第一次会议 is no item).
  new RegExp(`第\\s*([0-9]+|${HAN_NUMERALS}(?=[项項条條个個号號]|(?!\\p{Script=Han})))\\s*[项項条條个個号號]?`, 'u'),
  new RegExp(`(?:事项|事項|实事|實事|任务|任務)\\s*#?\\s*([0-9]+|${HAN_NUMERALS}(?!\\p{Script=Han}))`, 'u'),
  /(?<![a-z0-9])(?:item|task|no\.?|number|nr\.?)\s*#?\s*([0-9]+)/u,
  /#\s*([0-9]+)/u,
  /([0-9]+)\s*(?:项|項|号|號)/u,
];

/** A whole query that is a negative or fractional number, maybe marked as an item. */
const ODD_NUMBER = /^(?:第|事项|事項|item|#)?\s*([-−–]\s*[0-9]{1,9}(?:\.[0-9]+)?|[0-9]{1,9}\.[0-9]+)\s*(?:项|項|号|號)?$/u;

const MARKED_CODE = /(?:指标|指標|indicator)\s*([a-e])\s*([0-9]{1,2})?(?![a-z0-9])/u;
const BARE_CODE = /(?<![a-z0-9])([a-e])([0-9]{1,2})(?![a-z0-9])/u;

// Chinese filler, by the edge it may sit at (了 may end a question but starts 了解);
// longest first when matched. Latin filler only as whole words, at either edge.
const byLength = (list: string[]) => list.sort((a, b) => b.length - a.length);
const PREFIXES_ZH = byLength([
  '我想知道',
  '请问一下',
  '请问',
  '請問',
  '帮我查一下',
  '帮我查',
  '幫我查',
  '查一下',
  '查詢',
  '查询',
  '看一下',
  '看看',
  '关于',
  '關於',
  '目前',
  '现在',
  '現在',
  '最新',
  '的',
]);
const SUFFIXES_ZH = byLength([
  '的',
  '进展情况',
  '進展情況',
  '进展',
  '進展',
  '进度',
  '進度',
  '情况',
  '情況',
  '怎么样了',
  '怎么样',
  '怎麼樣',
  '怎样',
  '怎樣',
  '如何',
  '到哪了',
  '到哪一步了',
  '是什么',
  '是什麼',
  '吗',
  '嗎',
  '呢',
  '了',
  '啊',
  '呀',
  '目前',
  '现在',
  '現在',
  '最新',
]);
const FILLERS_EN = new Set([
  'what',
  'whats',
  'how',
  'is',
  'are',
  'was',
  'the',
  'status',
  'of',
  'about',
  'progress',
  'please',
  'show',
  'me',
  'tell',
  'on',
  'with',
  'going',
  'doing',
  'update',
  'latest',
  'current',
  'currently',
  'now',
  'any',
  'news',
  's',
  'for',
  'lookup',
  'look',
  'up',
  'find',
  'search',
]);
const EDGE_JUNK = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** The action plan's size; pass the real largest item number when it differs. */
export const DEFAULT_MAX_ITEM = 100;

/** A bare number (`92`) is an item number only within 1..maxItem (`2016` is a year);
 *  a marked one (`第500项`, `item 500`) always is, so the caller can say it does not exist. */
export function parseQuery(text: string, maxItem: number = DEFAULT_MAX_ITEM): ParsedQuery {
  let rest = text.slice(0, MAX_QUERY_CHARS).normalize('NFKC').toLowerCase().slice(0, MAX_QUERY_CHARS);
  const out: ParsedQuery = { words: '' };

  // -1, 3.5, 第-2项: a number no item can have, said as such rather than read as 1 or 3.
  const odd = ODD_NUMBER.exec(rest.trim());
  if (odd) return { number: Number(odd[1]!.replace(/^[-−–]\s*/, '-')), words: '' };

  for (const re of MARKED_NUMBER) {
    const m = re.exec(rest);
    const n = m ? toNumber(m[1]!) : undefined;
    if (m && n !== undefined && n >= 1) {
      out.number = n;
      rest = cut(rest, m);
      break;
    }
  }
  const code = MARKED_CODE.exec(rest) ?? BARE_CODE.exec(rest);
  if (code) {
    out.code = (code[1]! + (code[2] ?? '')).toUpperCase();
    rest = cut(rest, code);
  }

  rest = stripFiller(rest);
  if (out.number === undefined && out.code === undefined) {
    if (/^[0-9]+$/.test(rest) || HAN_NUMBER.test(rest)) {
      const n = toNumber(rest)!;
      if (n >= 1 && n <= maxItem) return { number: n, words: '' };
    } else if (/^[a-e]$/.test(rest)) {
      return { code: rest.toUpperCase(), words: '' };
    }
  }
  out.words = rest;
  return out;
}

function cut(text: string, m: RegExpExecArray): string {
  return `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
}

function toNumber(digits: string): number | undefined {
  if (/^[0-9]+$/.test(digits)) return Number(digits);
  if (!HAN_NUMBER.test(digits)) return undefined;
  // Chinese numerals up to 999: 九十二, 十二, 一百零五, 二百
  let total = 0;
  let current = 0;
  for (const ch of digits) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const d = HAN_DIGITS[ch];
      if (d === undefined) return undefined;
      current = current * 10 + d;
    }
  }
  return total + current;
}

/** Strips filler phrases and punctuation from both ends until none is left. */
export function stripFiller(text: string): string {
  let s = text.replace(EDGE_JUNK, '');
  for (;;) {
    const before = s;
    for (const f of PREFIXES_ZH) if (s.startsWith(f)) s = s.slice(f.length).replace(EDGE_JUNK, '');
    for (const f of SUFFIXES_ZH) if (s.endsWith(f)) s = s.slice(0, s.length - f.length).replace(EDGE_JUNK, '');
    s = stripLatinEdgeWords(s).replace(EDGE_JUNK, '');
    if (s === before) return s;
  }
}

function stripLatinEdgeWords(s: string): string {
  let out = s;
  for (;;) {
    const head = /^([a-z]+)(?![\p{L}\p{N}])/u.exec(out);
    if (head && FILLERS_EN.has(head[1]!)) {
      out = out.slice(head[0].length).replace(EDGE_JUNK, '');
      continue;
    }
    const tail = /(?<![\p{L}\p{N}])([a-z]+)$/u.exec(out);
    if (tail && FILLERS_EN.has(tail[1]!)) {
      out = out.slice(0, tail.index).replace(EDGE_JUNK, '');
      continue;
    }
    return out;
  }
}
