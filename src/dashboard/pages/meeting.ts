// One meeting (/committee/meetings/m1): the poll as an availability grid — every invitee by
// name, their answer for each slot — with each slot's count of able people against the
// quorum, the chart of the tally, and once the date is fixed, the attendance answers, the
// roll call and the calendar file.
import { meetingChart } from '../../charts/build/meeting.ts';
import { currentAttendance } from '../../committee/meetings/repo.ts';
import { rollCallState } from '../../committee/meetings/roll-call.ts';
import { currentVotes, quorumMin, tallyMeeting, VOTES_LOG } from '../../committee/meetings/tally.ts';
import { formatWhen } from '../../committee/meetings/time.ts';
import type { Meeting } from '../../committee/schema.ts';
import { formatMoment, ZONE } from '../../core/clock.ts';
import { personName } from '../../views/format.ts';
import { chartFigure } from '../chart-svg.ts';
import { h } from '../html.ts';
import type { Page } from '../layout.ts';
import { type PageContext, table } from '../page.ts';

export async function meetingPage(p: PageContext, meeting: Meeting): Promise<Page> {
  const { services, viewer } = p;
  const { voice } = viewer;
  const { store } = services;
  const people = store.data.people;
  const votes = currentVotes(store.records(VOTES_LOG), meeting.id);
  const tallies = tallyMeeting(meeting, votes);
  const sample = meeting.invitees.some((id) => people.find((x) => x.id === id)?.provenance === 'sample');
  const chart = meetingChart(voice, { meeting, tallies, zone: ZONE, quorum: quorumMin(meeting), sample });
  const name = (id: string) => personName(voice, people, id);
  const required = new Set(meeting.quorum.required);

  const head = h`<tr><th>${voice.t('dash-col', { col: 'member' })}</th>${meeting.slots.map(
    (s) =>
      h`<th class="vote" data-slot="${s.id}">${s.id}. ${formatWhen(voice, ZONE, s.start, s.end)}${meeting.finalSlot === s.id ? h`<br><span class="quorate">${voice.t('dash-final-slot')}</span>` : ''}</th>`,
  )}</tr>`;
  const rows = meeting.invitees.map(
    (id) =>
      h`<tr data-person="${id}"><td>${name(id)}${required.has(id) ? h` <span class="muted">${voice.t('dash-required')}</span>` : ''}</td>${meeting.slots.map(
        (s) => {
          const v = votes.get(id)?.get(s.id);
          const answer = v?.answer ?? 'missing';
          return h`<td class="vote vote-${answer}" data-slot="${s.id}" data-answer="${answer}">${voice.t('chart-meeting-answer', { answer })}${v?.note ? h`<br><span class="muted">${v.note}</span>` : ''}</td>`;
        },
      )}</tr>`,
  );
  const quorumRow = h`<tr class="quorum"><th>${voice.t('dash-quorum-row', { min: quorumMin(meeting) })}</th>${tallies.map(
    (t) =>
      h`<td class="vote" data-slot="${t.slot.id}"><span class="${t.quorate ? 'quorate' : 'short'}">${voice.t('dash-able', { able: t.able, min: t.min })}</span><br>${t.quorate ? voice.t('meeting-quorate') : voice.t('dash-short', { needs: t.needs, away: t.requiredAway.length })}</td>`,
  )}</tr>`;

  const facts = h`<section><dl class="facts">
<dt>${voice.t('dash-col', { col: 'status' })}</dt><dd>${voice.t('meeting-status', { status: meeting.status })}</dd>
<dt>${voice.t('dash-col', { col: 'deadline' })}</dt><dd>${formatMoment(voice, meeting.deadline)}</dd>
${meeting.place ? h`<dt>${voice.t('dash-col', { col: 'place' })}</dt><dd>${meeting.place}</dd>` : ''}
<dt>${voice.t('dash-col', { col: 'quorum' })}</dt><dd>${voice.t('dash-quorum', { min: quorumMin(meeting), count: meeting.invitees.length })}</dd>
</dl>${meeting.status === 'scheduled' && meeting.finalSlot ? h`<p><a href="/exports/meetings/${meeting.id}.ics" download>${voice.t('dash-download', { what: 'ics' })}</a></p>` : ''}</section>`;

  let attendance = h``;
  if (meeting.status === 'scheduled') {
    const answers = currentAttendance(store, meeting);
    const roll = rollCallState(store, meeting);
    attendance = h`<h2 id="attendance">${voice.t('dash-attendance')}</h2>
${table(
  h`<tr><th>${voice.t('dash-col', { col: 'member' })}</th><th>${voice.t('dash-col', { col: 'answer' })}</th><th>${voice.t('dash-col', { col: 'roll' })}</th></tr>`,
  meeting.invitees.map((id) => {
    const a = answers.get(id);
    return h`<tr data-person="${id}"><td>${name(id)}</td><td>${a ? voice.t('meeting-attend-answer', { answer: a.answer }) : voice.t('chart-meeting-answer', { answer: 'missing' })}${a?.note ? h`<br><span class="muted">${a.note}</span>` : ''}</td><td>${roll.taken ? voice.t('dash-present', { present: roll.present.has(id) ? 'yes' : 'no' }) : '—'}</td></tr>`;
  }),
)}`;
  }
  const body = h`${facts}
<h2 id="grid">${voice.t('dash-grid')}</h2>
<div class="scroll"><table class="grid"><thead>${head}</thead><tbody>${rows}</tbody><tfoot>${quorumRow}</tfoot></table></div>
${await chartFigure(chart)}
${attendance}`;
  return { title: `${meeting.title} (${meeting.id})`, nav: 'committee', body, sample };
}
