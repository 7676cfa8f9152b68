// The four answers with a chart through the real DingTalk adapter (dingtalk-stream) and the
// stand-in: the Markdown text first, then the chart as an image message (a 1600×1000 PNG
// uploaded as an image, its media id the message's photoURL); none after `图表 关`; the text
// alone when the chart cannot be drawn.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stopPngWorker } from '../../src/charts/png.ts';
import { addChartData, CHART_ANSWERS, decodePng } from '../charts/setup.ts';
import { startHarness, texts, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.bind('secretariat', 'u-sec');
  await addChartData(h.store);
});
afterAll(async () => {
  await h?.stop();
  await stopPngWorker();
});

describe('charts on DingTalk', () => {
  it('sends each of the four answers as Markdown, then its chart as an image message', async () => {
    for (const line of CHART_ANSWERS) {
      const sent = await h.step('u-sec', () => h.say('u-sec', line));
      expect(
        sent.map((m) => m.msgKey),
        line,
      ).toEqual(['sampleMarkdown', 'sampleImageMsg']);
      expect(decodePng(sent[1]!.image!.bytes).width, line).toBe(1600);
      expect(decodePng(sent[1]!.image!.bytes).height, line).toBe(1000);
    }
    const uploads = h.fake.ok('/media/upload');
    expect(uploads.length).toBeGreaterThanOrEqual(CHART_ANSWERS.length);
    expect(uploads.every((c) => c.body.type === 'image')).toBe(true);
  });

  it('sends no picture after 图表 关, and the same text as before', async () => {
    const [withChart] = await h.step('u-sec', () => h.say('u-sec', '邀请情况'));
    expect(texts(await h.step('u-sec', () => h.say('u-sec', '图表 关')))).toContain('图表 开');
    const after = await h.step('u-sec', () => h.say('u-sec', '邀请情况'));
    expect(after.map((m) => m.msgKey)).toEqual(['sampleMarkdown']);
    expect(after[0]!.markdown).toBe(withChart!.markdown);
  });

  it('sends the text alone when the chart cannot be drawn', async () => {
    const broken = { name: 'broken.png', alt: '坏图', render: () => Promise.reject(new Error('no canvas here')) };
    vi.spyOn(h.core, 'handle').mockResolvedValueOnce([{ text: '只有文字', image: broken }]);
    const sent = await h.step('u-sec', () => h.say('u-sec', '总览'));
    expect(texts(sent)).toBe('只有文字');
    expect(h.logLines.some((l) => l.includes('CHART_RENDER_FAILED'))).toBe(true);
  });
});
