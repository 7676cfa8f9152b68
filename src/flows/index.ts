// Every conversation flow the core knows, registered at start.
import type { Flow } from '../core/conversation.ts';
import { indicatorReportFlow } from './indicator-report-flow.ts';
import { reportFlow } from './report-flow.ts';

export const FLOWS: Flow<any>[] = [reportFlow, indicatorReportFlow];
