// A compact Simplified -> Traditional converter over OpenCC's own dictionaries (the
// opencc-js package's data). opencc-js builds a trie that costs ~40 MB of heap (~80 MB
// resident) for cn -> tw; the same dictionaries in one Map per step cost a fraction of
// that. The rule is OpenCC's: each step replaces the longest dictionary match at each
// position (its first candidate), then moves past it. A test checks the output equals
// opencc-js's on the bot's own texts.
type Dict = string; // "key value[ value…]|key value…"

export interface Step {
  map: Map<string, string>;
  maxLength: number;
}

export function buildStep(dicts: Dict[]): Step {
  const map = new Map<string, string>();
  let maxLength = 1;
  for (const dict of dicts) {
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      if (space <= 0) continue;
      const key = entry.slice(0, space);
      const end = entry.indexOf(' ', space + 1);
      // Later dictionaries of a step do not override earlier ones (phrases before characters).
      if (!map.has(key)) map.set(key, end < 0 ? entry.slice(space + 1) : entry.slice(space + 1, end));
      if (key.length > maxLength) maxLength = key.length;
    }
  }
  return { map, maxLength };
}

function applyStep(step: Step, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    let matched = false;
    for (let len = Math.min(step.maxLength, text.length - i); len > 0; len--) {
      const value = step.map.get(text.slice(i, i + len));
      if (value !== undefined) {
        out += value;
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) out += text[i++];
  }
  return out;
}

export function converter(steps: Step[]): (text: string) => string {
  return (text) => steps.reduce((t, step) => applyStep(step, t), text);
}
