// The four answers with a chart in the console adapter, fed piped lines: each answer's text,
// then the path of its chart, a PNG file written under the file directory; none after `图表 关`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/adapters/console.ts';
import { stopPngWorker } from '../../src/charts/png.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { addChartData, CHART_ANSWERS, decodePng } from './setup.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-charts-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await stopPngWorker();
});

async function run(lines: readonly string[]): Promise<string> {
  const bot = await makeBot();
  await addChartData(bot.store);
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  await runConsole({ core: bot.core, personId: 'secretariat', input: Readable.from(lines.map((l) => `${l}\n`)), output, fileDir: dir });
  return chunks.join('');
}

describe('charts in the console', () => {
  it('writes each chart as a PNG file after the text and shows its path', async () => {
    const out = await run(CHART_ANSWERS);
    const paths = [...out.matchAll(/🖼 (\S+\.png)/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(4);
    for (const path of paths) {
      expect(path.startsWith(dir)).toBe(true);
      const png = decodePng(readFileSync(path));
      expect([png.width, png.height]).toEqual([1600, 1000]);
    }
    // The text comes first: the overview's title before its picture's path.
    expect(out.indexOf('督办总览')).toBeLessThan(out.indexOf(paths[0]!));
    expect(existsSync(join(dir, 'overview.png'))).toBe(true);
  }, 120_000);

  it('writes no picture once pictures are turned off', async () => {
    const out = await run(['图表 关', '总览', '邀请情况']);
    expect(out).toContain('督办总览');
    expect(out).not.toContain('🖼');
  });
});
