// The committee (/committee; the secretariat and officials only): the invitations — each
// candidate's state, since when, reminders and a declining reason — with the invitations
// chart; the meetings (each opens its availability grid) and the consultations (each opens
// who has answered).
import { invitationsChart } from '../../charts/build/invitations.ts';
import { answersOf, hasAnswered } from '../../committee/consultations/answers.ts';
import { stateOf as consultationState } from '../../committee/consultations/consultation.ts';
import { fieldName } from '../../committee/consultations/present.ts';
import { expertState, stateOf, stateSince } from '../../committee/invitations/status.ts';
import { formatMoment } from '../../core/clock.ts';
import { countryName } from '../../views/format.ts';
import { chartFigure } from '../chart-svg.ts';
import { h } from '../html.ts';
import type { Page } from '../layout.ts';
import { type PageContext, sampleMark, table } from '../page.ts';

export async function committeePage(p: PageContext): Promise<Page> {
  const { services, viewer, now } = p;
  const { voice } = viewer;
  const { store } = services;
  const { experts, invitations, meetings, consultations, committee } = store.data;
  const col = (c: string) => h`<th>${voice.t('dash-col', { col: c })}</th>`;
  const office = (id: string) =>
    committee.chair === id
      ? voice.t('dash-office', { office: 'chair' })
      : committee.viceChairs.includes(id)
        ? voice.t('dash-office', { office: 'vice' })
        : '';

  const invRows = experts.map((e) => {
    const inv = invitations[e.id];
    const state = stateOf(inv);
    const since = stateSince(inv);
    return h`<tr data-expert="${e.id}"><td>${voice.pick(e.name, e.nameEn)}${sampleMark(voice, e.provenance)}<br><span class="muted">${office(e.id)}</span></td><td>${fieldName(voice, e.field)}</td><td>${countryName(voice, e.country)}</td><td>${voice.t('invs-state', { state })}</td><td>${since ? formatMoment(voice, since) : '—'}</td><td class="num">${inv?.reminders ?? 0}</td><td>${inv?.declineReason ?? ''}</td></tr>`;
  });
  const meetingRows = Object.values(meetings)
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
    .map(
      (m) =>
        h`<tr><td><a href="/committee/meetings/${m.id}">${m.id}</a></td><td><a href="/committee/meetings/${m.id}">${m.title}</a></td><td>${voice.t('meeting-status', { status: m.status })}</td><td>${formatMoment(voice, m.deadline)}</td><td class="num">${m.invitees.length}</td></tr>`,
    );
  const consultRows = Object.values(consultations)
    .filter((c) => consultationState(c, now) !== 'discarded')
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
    .map((c) => {
      const answers = answersOf(store, c.id);
      const answered = c.recipients.filter((r) => hasAnswered(answers, r)).length;
      return h`<tr><td><a href="/committee/consultations/${c.id}">${c.id}</a></td><td><a href="/committee/consultations/${c.id}">${c.title}</a></td><td>${voice.t('dash-consult-state', { state: consultationState(c, now) })}</td><td>${formatMoment(voice, c.deadline)}</td><td class="num">${answered} / ${c.recipients.length}</td></tr>`;
    });

  const body = h`
${experts.length ? await chartFigure(invitationsChart(voice, experts, (id) => expertState(store, id))) : ''}
<h2 id="invitations">${voice.t('dash-invitations', { count: experts.length })}</h2>
${table(h`<tr>${col('expert')}${col('field')}${col('country')}${col('invitation')}${col('since')}${h`<th class="num">${voice.t('dash-col', { col: 'reminders' })}</th>`}${col('reason')}</tr>`, invRows, voice.t('dash-none'))}
<h2 id="meetings">${voice.t('dash-meetings')}</h2>
${table(h`<tr>${col('id')}${col('title')}${col('status')}${col('deadline')}${h`<th class="num">${voice.t('dash-col', { col: 'invited' })}</th>`}</tr>`, meetingRows, voice.t('dash-none'))}
<h2 id="consultations">${voice.t('dash-consultations')}</h2>
${table(h`<tr>${col('id')}${col('title')}${col('status')}${col('deadline')}${h`<th class="num">${voice.t('dash-col', { col: 'answered' })}</th>`}</tr>`, consultRows, voice.t('dash-none'))}`;
  return {
    title: voice.t('dash-nav', { page: 'committee' }),
    nav: 'committee',
    body,
    sample: experts.some((e) => e.provenance === 'sample'),
  };
}
