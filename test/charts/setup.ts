// Shared by the chart tests: the four answers that carry a chart, a store that has something
// for each of them (a meeting with votes, invitations in every state, reports over weeks),
// and reading a PNG back into pixels.
import { PNG } from 'pngjs';
import { report } from '../supervision/reports.ts';
import { openMeeting } from '../helpers/meeting.ts';
import type { Store } from '../../src/db.ts';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';

/** The four answers with a chart, as the secretariat types them. */
export const CHART_ANSWERS = ['总览', '指标 A2', '会议 m1', '邀请情况'] as const;

export const INVITEES = ['zhang-haibo', 'wang-xiaomei', 'li-qiang', 'liu-yan', 'sarah-mitchell', 'leung-ka-wai'];

/** A meeting m1 with three slots and some votes, invitations in four states, and a few weeks of reports. */
export async function addChartData(store: Store): Promise<void> {
  const at = '2016-08-20T10:00:00+08:00';
  await store.update((db) => {
    db.meetings.m1 = openMeeting({
      id: 'm1',
      title: '第一次工作会议',
      audience: 'members',
      invitees: INVITEES,
      slots: [
        { id: '1', start: '2016-11-20T01:30:00Z', end: '2016-11-20T03:30:00Z' },
        { id: '2', start: '2016-11-21T06:00:00Z', end: '2016-11-21T08:00:00Z' },
      ],
      deadline: '2016-11-15T10:00:00Z',
      createdAt: at,
    });
    const answer = (id: string, a: 'accepted' | 'declined') => ({
      expertId: id,
      code: `C${id}`,
      invitedAt: at,
      deliveredAt: at,
      answer: a,
      answeredAt: at,
      reminders: 0,
    });
    db.invitations['zhang-haibo'] = answer('zhang-haibo', 'accepted');
    db.invitations['wang-xiaomei'] = answer('wang-xiaomei', 'declined');
    db.invitations['li-qiang'] = { expertId: 'li-qiang', code: 'Cli', invitedAt: at, deliveredAt: at, reminders: 0 };
    db.invitations['sarah-mitchell'] = { expertId: 'sarah-mitchell', code: 'Csm', invitedAt: at, unreachableAt: at, reminders: 0 };
  });
  const vote = (person: string, slot: string, answer: string, n: number) => ({
    id: `v${n}`,
    at,
    meeting: 'm1',
    person,
    slot,
    answer,
  });
  await store.append(VOTES_LOG, [
    vote('zhang-haibo', '1', 'yes', 1),
    vote('wang-xiaomei', '1', 'ifneedbe', 2),
    vote('li-qiang', '1', 'no', 3),
    vote('zhang-haibo', '2', 'yes', 4),
  ]);
  await store.append(REPORTS_LOG, [
    report({ id: 'r1', item: 92, status: 'on-track', progress: 30, at: '2016-07-05T10:00:00+08:00' }),
    report({ id: 'r2', item: 95, status: 'done', progress: 100, at: '2016-07-20T10:00:00+08:00' }),
    report({ id: 'r3', item: 92, status: 'on-track', progress: 60, at: '2016-08-10T10:00:00+08:00' }),
  ]);
}

export interface Pixels {
  width: number;
  height: number;
  /** Red, green, blue of a pixel. */
  at(x: number, y: number): [number, number, number];
}

export function decodePng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes));
  return {
    width: png.width,
    height: png.height,
    at: (x, y) => {
      const i = (png.width * y + x) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
  };
}

/** Pixels in a rectangle that are not white (the chart's background). */
export function inked(p: Pixels, x0 = 0, y0 = 0, x1 = p.width, y1 = p.height): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (p.at(x, y).some((c) => c < 235)) n++;
  return n;
}

/** Pixels that differ between two pictures of the same size, within a rectangle. */
export function differing(a: Pixels, b: Pixels, x0 = 0, y0 = 0, x1 = a.width, y1 = a.height): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const [p, q] = [a.at(x, y), b.at(x, y)];
      if (p.some((c, i) => Math.abs(c - q[i]!) > 40)) n++;
    }
  return n;
}
