// 会议's chart: each candidate slot's votes (yes, if need be, no, no answer yet) against the
// quorum line. Yes and if-need-be stack up as "able", with the unanswered on top of them (what
// the slot could still reach); no stands beside them.
import type { Lang } from '../../core/types.ts';
import type { Meeting } from '../../committee/schema.ts';
import type { SlotTally } from '../../committee/meetings/tally.ts';
import { formatWhen } from '../../committee/meetings/time.ts';
import type { Voice } from '../../views/format.ts';
import { type Chart, CHART_HEIGHT, CHART_WIDTH } from '../model.ts';
import { FULL, inScript } from './frame.ts';

export interface MeetingInput {
  meeting: Meeting;
  tallies: readonly SlotTally[];
  /** The reader's time zone, for the slots' times. */
  zone: string;
  quorum: number;
  /** Some invitees are made-up people. */
  sample: boolean;
}

export function meetingChart(voice: Voice & { lang: Lang }, input: MeetingInput): Chart {
  const { meeting, tallies } = input;
  const answer = (a: 'yes' | 'ifneedbe' | 'no' | 'missing') => voice.t('chart-meeting-answer', { answer: a });
  return inScript(
    {
      id: `meeting-${meeting.id}`,
      title: `${meeting.title} (${meeting.id})`,
      subtitle: voice.t('chart-meeting-subtitle', { count: meeting.invitees.length, min: input.quorum }),
      ...(input.sample ? { sample: voice.t('sample-tag') } : {}),
      alt: voice.t('chart-meeting-alt', { id: meeting.id, min: input.quorum }),
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      panels: [
        {
          kind: 'bars',
          title: '',
          box: FULL,
          horizontal: false,
          categories: tallies.map((t) => `${t.slot.id}. ${formatWhen(voice, input.zone, t.slot.start, t.slot.end)}`),
          valueName: voice.t('chart-meeting-people'),
          series: [
            { key: 'yes', label: answer('yes'), values: tallies.map((t) => t.yes.length), stack: 'able' },
            { key: 'ifneedbe', label: answer('ifneedbe'), values: tallies.map((t) => t.ifneedbe.length), stack: 'able' },
            { key: 'missing', label: answer('missing'), values: tallies.map((t) => t.missing.length), stack: 'able' },
            { key: 'no', label: answer('no'), values: tallies.map((t) => t.no.length), stack: 'no' },
          ],
          line: { value: input.quorum, label: voice.t('chart-meeting-quorum', { min: input.quorum }) },
        },
      ],
    },
    voice.lang,
  );
}
