// One consultation (/committee/consultations/C1): its question and deadline, and each
// recipient — whether it reached them, whether and how often they have answered — with the
// answers as an XLSX download (the same workbook the chat's export sends).
import { answersOf, standing } from '../../committee/consultations/answers.ts';
import { deliveries, stateOf } from '../../committee/consultations/consultation.ts';
import { fieldList } from '../../committee/consultations/present.ts';
import type { Consultation } from '../../committee/schema.ts';
import { formatMoment } from '../../core/clock.ts';
import { personName } from '../../views/format.ts';
import { h } from '../html.ts';
import type { Page } from '../layout.ts';
import { type PageContext, table } from '../page.ts';

export function consultationPage(p: PageContext, c: Consultation): Page {
  const { services, viewer, now } = p;
  const { voice } = viewer;
  const { store } = services;
  const people = store.data.people;
  const answers = answersOf(store, c.id);
  const delivered = deliveries(store, c.id);
  const rows = c.recipients.map((id) => {
    const count = standing(answers.get(id)).length;
    return h`<tr data-person="${id}" data-answered="${count > 0 ? 'yes' : 'no'}"><td>${personName(voice, people, id)}</td><td>${voice.t('consult-xlsx-delivery', { status: delivered.get(id)?.status ?? 'none' })}</td><td>${voice.t('dash-answered', { count })}</td></tr>`;
  });
  const body = h`<section><p>${c.question}</p><dl class="facts">
<dt>${voice.t('dash-col', { col: 'status' })}</dt><dd>${voice.t('dash-consult-state', { state: stateOf(c, now) })}</dd>
<dt>${voice.t('dash-col', { col: 'deadline' })}</dt><dd>${formatMoment(voice, c.deadline)}</dd>
<dt>${voice.t('dash-col', { col: 'field' })}</dt><dd>${fieldList(voice, c.fields)}</dd>
</dl><p><a href="/exports/consultations/${c.id}.xlsx" download>${voice.t('dash-download', { what: 'answers' })}</a></p></section>
<h2 id="answers">${voice.t('dash-who-answered')}</h2>
${table(
  h`<tr><th>${voice.t('dash-col', { col: 'member' })}</th><th>${voice.t('dash-col', { col: 'delivery' })}</th><th>${voice.t('dash-col', { col: 'answered' })}</th></tr>`,
  rows,
  voice.t('dash-none'),
)}`;
  const sample = c.recipients.some((id) => people.find((x) => x.id === id)?.provenance === 'sample');
  return { title: `${c.title} (${c.id})`, nav: 'committee', body, sample };
}
