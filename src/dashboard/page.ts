// What a page is given: the bot's services (the store, the plan, the catalogs), who is
// looking, the time, and the query string; and the small pieces of markup pages share.
import type { Services } from '../core/context.ts';
import type { Provenance } from '../domain/schema.ts';
import type { Voice } from '../views/format.ts';
import { h, type Html } from './html.ts';
import type { Viewer } from './viewer.ts';

export interface PageContext {
  services: Services;
  viewer: Viewer;
  now: Date;
  query: URLSearchParams;
}

/** "示例数据 / sample" after a record that is made up. */
export function sampleMark(voice: Voice, p: Provenance | 'reported' | undefined): Html | '' {
  return p === 'sample' ? h` <span class="sample">${voice.t('sample-tag')}</span>` : '';
}

/** A health word in its colour; `no-report` for an item nobody has reported on. */
export function healthCell(voice: Voice, health: string): Html {
  return h`<span class="health health-${health}">${voice.t('chart-health', { health })}</span>`;
}

/** A table that scrolls sideways on a narrow screen. */
export function table(head: Html, rows: Html[], empty?: string): Html {
  if (!rows.length && empty) return h`<p class="muted">${empty}</p>`;
  return h`<div class="scroll"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}
