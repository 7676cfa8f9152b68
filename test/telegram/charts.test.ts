// The four answers with a chart through the real Telegram adapter (grammY) and the Bot API
// stand-in: the text first, then a photo of the chart (a 1600×1000 PNG); none after
// `图表 关`, and the text stays the same.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stopPngWorker } from '../../src/charts/png.ts';
import { addChartData, CHART_ANSWERS, decodePng } from '../charts/setup.ts';
import { startHarness, type Harness } from './harness.ts';

const SECRETARIAT = 401;
/** Drawing the first chart starts the renderer: room for a machine five times slower. */
const DRAWN_MS = 60_000;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.bind('secretariat', SECRETARIAT);
  await addChartData(h.store);
});
afterAll(async () => {
  await h.stop();
  await stopPngWorker();
});

describe('charts on Telegram', () => {
  it(
    'sends each of the four answers as text, then its chart as a photo',
    async () => {
      const user = h.fake.user(SECRETARIAT, { name: 'Secretariat', lang: 'zh-hans' });
      for (const line of CHART_ANSWERS) {
        const before = h.fake.botMessages(SECRETARIAT).length;
        h.fake.say(user, line);
        const [text, photo] = await h.fake.waitFor(
          () => {
            const mine = h.fake.botMessages(SECRETARIAT).slice(before);
            return mine.some((m) => m.photo) && mine;
          },
          `the photo of ${line}`,
          DRAWN_MS,
        );
        expect(text!.text, line).toBeTruthy();
        expect(photo!.photo, line).toBeDefined();
        expect(photo!.photo![0]).toMatchObject({ width: 1600, height: 1000 });
        expect(decodePng(photo!.photoBytes!).width).toBe(1600);
      }
      expect(h.fake.calls.filter((c) => c.method === 'sendPhoto' && !c.ok)).toEqual([]);
    },
    DRAWN_MS * 2,
  );

  it(
    'sends no photo after 图表 关, and the same text as before',
    async () => {
      const user = h.fake.user(SECRETARIAT, { name: 'Secretariat', lang: 'zh-hans' });
      const before = h.fake.botMessages(SECRETARIAT).length;
      h.fake.say(user, '邀请情况');
      await h.fake.waitFor(
        () =>
          h.fake
            .botMessages(SECRETARIAT)
            .slice(before)
            .some((m) => m.photo),
        'the photo',
        DRAWN_MS,
      );
      const withChart = h.fake.botMessages(SECRETARIAT).at(-2)!.text;

      h.fake.say(user, '图表 关');
      await h.fake.waitFor(() => h.fake.botMessages(SECRETARIAT).at(-1)?.text?.includes('图表 开'), 'the answer to 图表 关');
      const start = h.fake.botMessages(SECRETARIAT).length;
      h.fake.say(user, '邀请情况');
      await h.fake.waitFor(() => h.fake.botMessages(SECRETARIAT).length > start, 'the text');
      await h.tg.idle();
      const after = h.fake.botMessages(SECRETARIAT).slice(start);
      expect(after.map((m) => m.text)).toEqual([withChart]);
      expect(after.some((m) => m.photo)).toBe(false);
    },
    DRAWN_MS * 2,
  );

  it('sends the text alone when the chart cannot be drawn', async () => {
    const user = h.fake.user(SECRETARIAT, { name: 'Secretariat', lang: 'zh-hans' });
    const broken = { name: 'broken.png', alt: '坏图', render: () => Promise.reject(new Error('no canvas here')) };
    vi.spyOn(h.core, 'handle').mockResolvedValueOnce([{ text: '只有文字', image: broken }]);
    const start = h.fake.botMessages(SECRETARIAT).length;
    h.fake.say(user, '总览');
    await h.fake.waitFor(() => h.fake.botMessages(SECRETARIAT).length > start, 'the text');
    await h.tg.idle();
    expect(
      h.fake
        .botMessages(SECRETARIAT)
        .slice(start)
        .map((m) => m.text ?? 'photo'),
    ).toEqual(['只有文字']);
  });
});
