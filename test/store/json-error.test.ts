import { describe, expect, it } from 'vitest';
import { firstErrorOffset, parseJson } from '../../src/store/json-error.ts';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1,-2.5e3,true,null,"\\u00e9\\n"]}')).toEqual({ ok: true, value: { a: [1, -2500, true, null, 'é\n'] } });
  });

  it.each([
    ['{"a":}', 5, 1, 6],
    ['{"a": tru}', 9, 1, 10],
    ['[1 2]', 3, 1, 4],
    ['{\n  "a": 1,\n}', 12, 3, 1],
    ['{"a":1}x', 7, 1, 8],
    ['', 0, 1, 1],
    ['{"a":"b', 7, 1, 8],
    ['[01]', 2, 1, 3],
  ])('locates the error in %j', (text, offset, line, column) => {
    expect(firstErrorOffset(text)).toBe(offset);
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ offset, line, column });
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['1', ' "x" ', '[]', '{}', '[{"a":{"b":[]}}]', '-0', '0.5', '"\\""']) expect(firstErrorOffset(text)).toBe(-1);
  });

  it('never quotes the data in its reason', () => {
    const result = parseJson('{"password": secret}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.reason).not.toContain('password');
  });
});
