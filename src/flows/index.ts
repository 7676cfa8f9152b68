// Every conversation flow the core knows, registered at start.
import type { Flow } from '../core/conversation.ts';
import { answerFlow } from '../committee/consultations/answer-flow.ts';
import { invitationNoteFlow } from '../committee/invitations/note-flow.ts';
import { meetingCreateFlow } from '../committee/meetings/create-flow.ts';
import { indicatorReportFlow } from './indicator-report-flow.ts';
import { reportFlow } from './report-flow.ts';

// biome-ignore lint/suspicious/noExplicitAny: flows of every data type in one list
export const FLOWS: Flow<any>[] = [reportFlow, indicatorReportFlow, invitationNoteFlow, meetingCreateFlow, answerFlow];
