// A chart on a page: the chart model (src/charts) as its ECharts option, drawn as SVG by the
// charts' worker thread (so drawing never holds up anyone's messages), inlined in the HTML. Two changes make it fit the page's
// Content-Security-Policy, which allows no inline style: the hover rules' <style> element is
// dropped (the page is static), and each style="" attribute becomes SVG presentation
// attributes (font-size="20px"...), which draw the same. Drawings are cached by a hash of the
// model, so a page asked for again draws nothing until its data changes.
import { createHash } from 'node:crypto';
import type { Chart } from '../charts/model.ts';
import { toOption } from '../charts/option.ts';
import { renderSvgOffThread } from '../charts/png.ts';
import { escapeHtml, h, type Html, trusted } from './html.ts';

const CACHE_ENTRIES = 64;
const cache = new Map<string, string>();
const drawing = new Map<string, Promise<string>>();

/** The chart as a <figure>: the SVG (labelled with the chart's alt text) and that text as its caption. */
export async function chartFigure(chart: Chart): Promise<Html> {
  const svg = await chartSvg(chart);
  return h`<figure class="chart" data-chart="${chart.id}">${trusted(svg)}<figcaption>${chart.alt}</figcaption></figure>`;
}

export async function chartSvg(chart: Chart): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify(chart)).digest('hex');
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key); // most recently used last
    cache.set(key, hit);
    return hit;
  }
  let pending = drawing.get(key);
  if (!pending) {
    pending = renderSvgOffThread(toOption(chart), chart.width, chart.height)
      .then((svg) => {
        const fitted = forPage(svg, chart.alt);
        cache.set(key, fitted);
        if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
        return fitted;
      })
      .finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  return pending;
}

/** The renderer's SVG made fit for a page under a CSP without inline styles. */
export function forPage(svg: string, label: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, css: string) => presentation(css))
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" `);
}

/** "font-size:17px;font-family:'A', sans-serif;" -> ` font-size="17px" font-family="'A', sans-serif"`. */
function presentation(css: string): string {
  return css
    .split(';')
    .map((decl) => {
      const at = decl.indexOf(':');
      if (at < 0) return '';
      const name = decl.slice(0, at).trim();
      const value = decl.slice(at + 1).trim();
      return /^[a-z-]+$/.test(name) && value ? ` ${name}="${value.replace(/"/g, '&quot;')}"` : '';
    })
    .join('');
}
