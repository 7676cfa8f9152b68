// Creating a meeting poll as one form (a Slack modal): the fields are put together into
// the one-message syntax and read by the same parser, so a form can never create what the
// one-message command would refuse. A problem is shown on the field it concerns. The title,
// place and agenda each have an optional English field, for members who read English.
import type { FormDef } from '../../core/forms.ts';
import { handleCreateSpec } from './handle-create.ts';
import { MAX_TITLE, MAX_TITLE_EN, parseMeetingSpec, type Problem } from './parse.ts';

const FIELD_OF: Array<[RegExp, string]> = [
  [/slot/, 'slots'],
  [/deadline/, 'deadline'],
  [/link/, 'link'],
  [/quorum/, 'quorum'],
  [/title|usage/, 'title'],
];

export const meetingForm: FormDef = {
  kind: 'meeting',
  build(ctx) {
    if (!ctx.hasRole('admin')) return undefined;
    return {
      id: 'meeting',
      title: ctx.t('meeting-form-title'),
      submitLabel: ctx.t('meeting-form-submit'),
      fields: [
        { name: 'title', label: ctx.t('meeting-form-name'), kind: 'text', maxLength: MAX_TITLE },
        { name: 'titleEn', label: ctx.t('meeting-form-name-en'), kind: 'text', optional: true, maxLength: MAX_TITLE_EN },
        {
          name: 'slots',
          label: ctx.t('meeting-form-slots'),
          kind: 'multiline',
          placeholder: '2016-11-20 09:30-11:30\n2016-11-21 14:00-16:00',
        },
        { name: 'deadline', label: ctx.t('meeting-form-deadline'), kind: 'text', placeholder: '2016-11-15 18:00' },
        { name: 'place', label: ctx.t('meeting-form-place'), kind: 'text', optional: true },
        { name: 'placeEn', label: ctx.t('meeting-form-place-en'), kind: 'text', optional: true },
        { name: 'link', label: ctx.t('meeting-form-link'), kind: 'text', optional: true, placeholder: 'https://' },
        { name: 'agenda', label: ctx.t('meeting-form-agenda'), kind: 'multiline', optional: true, maxLength: 500 },
        { name: 'agendaEn', label: ctx.t('meeting-form-agenda-en'), kind: 'multiline', optional: true, maxLength: 500 },
        { name: 'quorum', label: ctx.t('meeting-form-quorum'), kind: 'number', optional: true },
      ],
    };
  },
  async submit(ctx, v) {
    if (!ctx.hasRole('admin')) return { title: ctx.t('not-allowed', { command: '会议 / meeting' }) };
    const clean = (s?: string) => (s ?? '').replace(/[|｜\n]+/g, ' ').trim();
    const parts = [clean(v.title), (v.slots ?? '').split(/\n+/).map(clean).filter(Boolean).join(', '), `截止 ${clean(v.deadline)}`];
    if (clean(v.titleEn)) parts.push(`英文 ${clean(v.titleEn)}`);
    if (clean(v.place)) parts.push(`地点 ${clean(v.place)}`);
    if (clean(v.placeEn)) parts.push(`英文地点 ${clean(v.placeEn)}`);
    if (clean(v.link)) parts.push(`链接 ${clean(v.link)}`);
    if (clean(v.agenda)) parts.push(`议程 ${clean(v.agenda)}`);
    if (clean(v.agendaEn)) parts.push(`英文议程 ${clean(v.agendaEn)}`);
    if (clean(v.quorum)) parts.push(`法定 ${clean(v.quorum)}`);
    const spec = parseMeetingSpec(parts.join(' | '), ctx.now);
    if (!spec.ok) return { [fieldOf(spec)]: ctx.t(spec.error, spec.args) };
    await handleCreateSpec(ctx, spec);
    return undefined;
  },
};

/** The field a problem concerns: an English text given alone goes on its own field. */
function fieldOf(p: Problem): string {
  if (p.error === 'meeting-error-en-alone') return p.args?.key === 'agenda' ? 'agendaEn' : 'placeEn';
  if (p.error === 'meeting-error-title-long' && p.args?.max === MAX_TITLE_EN) return 'titleEn';
  return FIELD_OF.find(([re]) => re.test(p.error))?.[1] ?? 'title';
}
