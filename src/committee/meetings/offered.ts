// Whether the meeting commands (会议, 投票, 出席) are worth offering to a person in help: the
// secretariat and members always; anyone else (staff invited to a training session) only
// while invited to a meeting.
import type { Context } from '../../core/context.ts';
import { isInvitee } from './repo.ts';

export function invitedToAMeeting(ctx: Context): boolean {
  const id = ctx.person?.id;
  return id !== undefined && Object.values(ctx.store.data.meetings).some((m) => isInvitee(ctx.store, m, id));
}
