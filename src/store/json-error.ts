// Parse JSON and, when it is not valid, say where: V8's messages do not always carry a
// position (and may quote the data), so a small scanner finds the first bad offset.

export interface JsonSyntaxProblem {
  /** What is wrong, without any of the data. */
  reason: string;
  offset: number;
  line: number; // 1-based
  column: number; // 1-based
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const offset = firstErrorOffset(text);
    const at = offset >= 0 ? offset : text.length;
    return { ok: false, problem: { reason: cleanReason(String((err as Error).message)), offset: at, ...lineColumn(text, at) } };
  }
}

/** "line 3, column 7 (position 42)" */
export function describePosition(p: JsonSyntaxProblem): string {
  return `line ${p.line}, column ${p.column} (position ${p.offset})`;
}

function cleanReason(message: string): string {
  return message
    .replace(/,\s*".*" is not valid JSON$/s, '') // V8 quotes the input: never show data
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Stop {
  constructor(readonly offset: number) {}
}

/** Offset of the first syntax error in `text`, or -1 if it is valid JSON (or too deep to scan). */
export function firstErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const container = (close: string, member: () => void) => {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      skipSpace();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      return container('}', () => {
        skipSpace();
        if (text[i] !== '"') fail();
        string();
        skipSpace();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (c === '[') return container(']', value);
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    const literal = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
    if (literal === undefined) fail();
    for (const expected of literal!) {
      if (text[i] !== expected) fail(); // V8 blames the first wrong character: so do we
      i++;
    }
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return -1;
  } catch (err) {
    if (err instanceof Stop) return err.offset;
    return -1; // nested too deep for the stack: no position
  }
}
