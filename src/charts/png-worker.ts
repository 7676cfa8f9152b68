// The PNG renderer, in a worker thread of its own so that drawing a chart never holds up the
// messages of anyone else: ECharts draws the option on a canvas of @napi-rs/canvas (Skia),
// with the bundled font registered once, and the canvas is encoded as PNG. Jobs come one at
// a time (png.ts waits for each answer); one canvas per size is kept and drawn over.
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
const canvases = new Map<string, Canvas>();

async function draw(job: PngJob): Promise<Uint8Array> {
  const key = `${job.width}x${job.height}`;
  let canvas = canvases.get(key);
  if (!canvas) canvases.set(key, (canvas = createCanvas(job.width, job.height)));
  const chart = echarts.init(canvas as unknown as HTMLElement, null, { width: job.width, height: job.height });
  try {
    chart.setOption(job.option);
    const png = await canvas.encode('png');
    return new Uint8Array(png); // a copy that owns its memory, so it can be transferred
  } finally {
    chart.dispose();
  }
}

parentPort!.on('message', (job: PngJob) => {
  draw(job).then(
    (png) => parentPort!.postMessage({ id: job.id, png } satisfies PngAnswer, [png.buffer as ArrayBuffer]),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: String((error as Error)?.message ?? error) } satisfies PngAnswer),
  );
});
parentPort!.postMessage('ready');
