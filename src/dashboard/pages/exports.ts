// The exports (/exports; the secretariat and officials): the assessment table as XLSX and
// CSV, each consultation's answers as XLSX and each fixed meeting's calendar file — made by
// the same code as the chat's exports, sent as downloads (see downloads.ts).
import { stateOf } from '../../committee/consultations/consultation.ts';
import { h } from '../html.ts';
import type { Page } from '../layout.ts';
import { type PageContext, table } from '../page.ts';

export function exportsPage(p: PageContext): Page {
  const { services, viewer, now } = p;
  const { voice } = viewer;
  const { meetings, consultations } = services.store.data;
  const link = (href: string, what: string, label: string) =>
    h`<tr><td>${label}</td><td><a href="${href}" download>${voice.t('dash-download', { what })}</a></td></tr>`;
  const rows = [
    link('/exports/assessment.xlsx', 'xlsx', voice.t('dash-export-assessment')),
    link('/exports/assessment.csv', 'csv', voice.t('dash-export-assessment')),
    ...Object.values(consultations)
      .filter((c) => stateOf(c, now) === 'open' || stateOf(c, now) === 'closed')
      .map((c) => link(`/exports/consultations/${c.id}.xlsx`, 'answers', `${c.id} ${c.title}`)),
    ...Object.values(meetings)
      .filter((m) => m.status === 'scheduled' && m.finalSlot)
      .map((m) => link(`/exports/meetings/${m.id}.ics`, 'ics', `${m.id} ${m.title}`)),
  ];
  const body = table(h`<tr><th>${voice.t('dash-col', { col: 'file' })}</th><th></th></tr>`, rows);
  return { title: voice.t('dash-nav', { page: 'exports' }), nav: 'exports', body, sample: false };
}
