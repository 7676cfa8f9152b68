// A compact, fast OpenCC converter over OpenCC's own dictionaries (the opencc-js package's
// data). opencc-js builds a trie that costs ~40 MB of heap (~80 MB resident) for cn -> tw;
// the same dictionaries in one Map per step cost a fraction of that. The rule is OpenCC's:
// each step replaces the longest dictionary match at each position (its first candidate),
// then moves past it; an optional segmentation first cuts the text where OpenCC's does, so
// no step matches across a cut. Speed: a table of the longest key starting with each UTF-16
// unit lets the converter skip, with one array read, every character that starts no key
// (all of them, in text that needs no conversion). Tests check the output equals
// opencc-js's on the bot's own texts.
type Dict = string; // "key value[ value…]|key value…"

export interface Step {
  map: Map<string, string>;
  /** longest[unit]: the length of the longest key starting with that UTF-16 unit, 0 if none. */
  longest: Uint8Array;
  /** units[unit]: 1 if some key holds that UTF-16 unit. */
  units: Uint8Array;
}

export function buildStep(dicts: Dict[]): Step {
  const map = new Map<string, string>();
  const longest = new Uint8Array(0x10000);
  const units = new Uint8Array(0x10000);
  for (const dict of dicts) {
    // Entries are read in place (no split into an array of 50,000 strings first).
    for (let at = 0; at < dict.length; ) {
      let bar = dict.indexOf('|', at);
      if (bar < 0) bar = dict.length;
      const space = dict.indexOf(' ', at);
      if (space > at && space < bar) {
        const key = dict.slice(at, space);
        let end = dict.indexOf(' ', space + 1);
        if (end < 0 || end > bar) end = bar;
        // Earlier dictionaries of a step win over later ones (phrases before characters), as in opencc-js.
        if (!map.has(key)) map.set(key, dict.slice(space + 1, end));
        const first = dict.charCodeAt(at);
        if (space - at > longest[first]!) longest[first] = Math.min(255, space - at);
        for (let i = at; i < space; i += 1) units[dict.charCodeAt(i)] = 1;
      }
      at = bar + 1;
    }
  }
  return { map, longest, units };
}

/** The length of the longest key of `step` at text[i], 0 if none. */
function matchAt(step: Step, text: string, i: number): { length: number; value: string } | undefined {
  const max = Math.min(step.longest[text.charCodeAt(i)]!, text.length - i);
  for (let len = max; len > 0; len -= 1) {
    const value = step.map.get(len === 1 ? text[i]! : text.slice(i, i + len));
    if (value !== undefined) return { length: len, value };
  }
  return undefined;
}

export function applyStep(step: Step, text: string): string {
  let out = '';
  let copied = 0; // text[copied, i) is still to be copied as it is
  for (let i = 0; i < text.length; ) {
    const found = step.longest[text.charCodeAt(i)] ? matchAt(step, text, i) : undefined;
    if (!found) {
      i += 1;
      continue;
    }
    out += text.slice(copied, i) + found.value;
    i += found.length;
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Cuts text where OpenCC's segmentation does: each longest match of the segmentation
 *  dictionary is a segment, and so is each run between matches. */
function segments(step: Step, text: string): string[] {
  const out: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; ) {
    const found = step.longest[text.charCodeAt(i)] ? matchAt(step, text, i) : undefined;
    if (!found) {
      i += 1;
      continue;
    }
    if (run < i) out.push(text.slice(run, i));
    out.push(text.slice(i, i + found.length));
    i += found.length;
    run = i;
  }
  if (run < text.length) out.push(text.slice(run));
  return out;
}

export interface ConverterSpec {
  normalize?: Step[];
  segmentation?: Step;
  steps: Step[];
}

export function converter(spec: ConverterSpec | Step[]): (text: string) => string {
  const { normalize = [], segmentation, steps } = Array.isArray(spec) ? { steps: spec } : spec;
  const chain = (text: string) => steps.reduce((t, step) => applyStep(step, t), text);
  return (text) => {
    const normal = normalize.reduce((t, step) => applyStep(step, t), text);
    return segmentation ? segments(segmentation, normal).map(chain).join('') : chain(normal);
  };
}

/** Every UTF-16 unit that starts or occurs in some key of the steps: text between units
 *  outside this set converts on its own (no key spans such a unit). */
export function keyUnits(steps: Step[]): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (const step of steps) for (let u = 0; u < units.length; u += 1) units[u] ||= step.units[u]!;
  return units;
}
