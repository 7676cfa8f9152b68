// The PNG renderer, in a worker thread of its own so that drawing a chart never holds up the
// messages of anyone else: ECharts draws the option on a canvas of @napi-rs/canvas (Skia),
// with the bundled font registered once, and the canvas is encoded as PNG, synchronously:
// this thread does nothing else, and no thread of the pool holds a copy of the pixels.
// Jobs come one at a time (png.ts waits for each answer).
import { parentPort } from 'node:worker_threads';
import { type Canvas, createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { EChartsOption } from 'echarts';
import { loadEcharts } from './echarts.ts';
import { fontFile } from './font.ts';
import { FONT_NAME } from './palette.ts';

export interface PngJob {
  id: number;
  option: EChartsOption;
  width: number;
  height: number;
}

export type PngAnswer = { id: number; png: Uint8Array } | { id: number; error: string };

const echarts = await loadEcharts();
if (!GlobalFonts.registerFromPath(fontFile(), FONT_NAME)) throw new Error(`chart font not loaded: ${fontFile()}`);
// ECharts measures text on a canvas of its own making: the same font, so labels fit.
echarts.setPlatformAPI({ createCanvas: () => createCanvas(1, 1) as unknown as HTMLCanvasElement });
/** One canvas and one ECharts instance per size, drawn over for each chart (less work than a new one each time). */
const surfaces = new Map<string, { canvas: Canvas; chart: ReturnType<typeof echarts.init> }>();

function draw(job: PngJob): Uint8Array {
  const key = `${job.width}x${job.height}`;
  let surface = surfaces.get(key);
  if (!surface) {
    const canvas = createCanvas(job.width, job.height);
    const chart = echarts.init(canvas as unknown as HTMLElement, null, { width: job.width, height: job.height });
    surfaces.set(key, (surface = { canvas, chart }));
  }
  surface.chart.setOption(job.option, { notMerge: true });
  const png = surface.canvas.encodeSync('png');
  return new Uint8Array(png); // a copy that owns its memory, so it can be transferred
}

parentPort!.on('message', (job: PngJob) => {
  let answer: PngAnswer;
  try {
    answer = { id: job.id, png: draw(job) };
  } catch (error) {
    answer = { id: job.id, error: String((error as Error)?.message ?? error) };
  }
  parentPort!.postMessage(answer, 'png' in answer ? [answer.png.buffer as ArrayBuffer] : []);
});
parentPort!.postMessage('ready');
