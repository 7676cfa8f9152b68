// 邀请情况's chart: where the expert invitations stand (accepted, declined, pending, not
// reachable yet; not invited and revoked when there are any), by the expert's language and by
// country or region, as stacked bars.
import type { InvitationState } from '../../committee/invitations/status.ts';
import { INVITATION_STATES } from '../../committee/invitations/status.ts';
import type { Lang } from '../../core/types.ts';
import type { Expert } from '../../domain/expert.ts';
import type { Voice } from '../../views/format.ts';
import { type Chart, CHART_HEIGHT, CHART_WIDTH, type Series } from '../model.ts';
import { inScript, regionName, sideBySide } from './frame.ts';

const LANG_ORDER: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'en'];

export function invitationsChart(
  voice: Voice & { lang: Lang },
  experts: readonly Expert[],
  stateOf: (id: string) => InvitationState,
): Chart {
  const states = new Map(experts.map((e) => [e.id, stateOf(e.id)]));
  const shown = INVITATION_STATES.filter((s) => [...states.values()].includes(s));
  const total = (s: InvitationState) => [...states.values()].filter((x) => x === s).length;
  const series = (groups: Array<readonly Expert[]>): Series[] =>
    shown.map((s) => ({
      key: s,
      label: voice.t('chart-invitations-state', { state: s }),
      values: groups.map((g) => g.filter((e) => states.get(e.id) === s).length),
    }));

  const langs = LANG_ORDER.filter((l) => experts.some((e) => e.lang === l));
  const byLang = langs.map((l) => experts.filter((e) => e.lang === l));
  const countries = [...new Set(experts.map((e) => e.country))].sort(
    (a, b) => experts.filter((e) => e.country === b).length - experts.filter((e) => e.country === a).length || a.localeCompare(b),
  );
  const byCountry = countries.map((c) => experts.filter((e) => e.country === c));
  const [left, right] = sideBySide(38);
  const sample = experts.some((e) => e.provenance === 'sample');
  return inScript(
    {
      id: 'invitations',
      title: voice.t('chart-invitations-title'),
      subtitle: voice.t('chart-invitations-subtitle', { total: experts.length, accepted: total('accepted') }),
      ...(sample ? { sample: voice.t('sample-tag') } : {}),
      alt: voice.t('chart-invitations-alt', {
        total: experts.length,
        accepted: total('accepted'),
        declined: total('declined'),
        pending: total('pending'),
        unreachable: total('unreachable'),
      }),
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      panels: [
        {
          kind: 'bars',
          title: voice.t('chart-invitations-by-lang'),
          box: left,
          horizontal: true,
          categories: langs.map((l) => voice.t('chart-invitations-lang', { lang: l })),
          valueName: voice.t('chart-experts'),
          series: series(byLang),
        },
        {
          kind: 'bars',
          title: voice.t('chart-invitations-by-country'),
          box: right,
          horizontal: true,
          categories: countries.map((c) => regionName(voice.lang, c)),
          valueName: voice.t('chart-experts'),
          series: series(byCountry),
        },
      ],
    },
    voice.lang,
  );
}
