// The four answers with a chart through the real Slack adapter (Bolt, HTTP receiver) and the
// Web API stand-in: the text is posted first, then the chart is uploaded as a PNG file by
// files.uploadV2's real calls (files.getUploadURLExternal, the upload URL,
// files.completeUploadExternal) into the same DM, with its alt text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopPngWorker } from '../../src/charts/png.ts';
import { addChartData, CHART_ANSWERS, decodePng } from '../charts/setup.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { startHarness, type Harness } from './harness.ts';
import { directMessage, eventCallback, postEvent } from './payloads.ts';

const USER = 'U0SEC';
/** Drawing the first chart starts the renderer: room for a machine five times slower. */
const DRAWN_MS = 60_000;

let h: Harness;
beforeAll(async () => {
  const bot = await makeBot();
  await bot.store.update(
    (db) => void db.accounts.push({ platform: 'slack', accountId: USER, personId: 'secretariat', boundAt: '2016-09-01' }),
  );
  await addChartData(bot.store);
  h = await startHarness('http', { bot });
});
afterAll(async () => {
  await h.close();
  await stopPngWorker();
});

describe('charts on Slack', () => {
  it(
    'posts each of the four answers, then uploads its chart as a PNG into the same DM',
    async () => {
      for (const [i, line] of CHART_ANSWERS.entries()) {
        const from = h.api.calls.length;
        await postEvent(h.endpoint, eventCallback(directMessage(USER, line), `Ev-chart-${i}`));
        const [completed] = await h.api.waitSince(from, 'files.completeUploadExternal', 1, DRAWN_MS);
        const calls = h.api.calls.slice(from).map((c) => c.method);
        expect(calls.indexOf('chat.postMessage'), line).toBeLessThan(calls.indexOf('files.getUploadURLExternal'));
        expect(completed!.args.channel_id).toBe(`D${USER.slice(1)}`);
        const [asked] = h.api.calls.slice(from).filter((c) => c.method === 'files.getUploadURLExternal');
        expect(String(asked!.args.filename)).toMatch(/\.png$/);
        // The alt text says what the chart shows (Slack reads it out for those who cannot see it).
        expect(String(asked!.args.alt_text)).toMatch(/图/);
        const fileId = String(asked!.response!.file_id);
        const png = decodePng(h.api.uploads.get(fileId)!.bytes);
        expect([png.width, png.height]).toEqual([1600, 1000]);
      }
    },
    DRAWN_MS * 2,
  );
});
