// Conversations belong to the core: an explicit step machine whose state is saved in the
// store (a restart in the middle of a report loses nothing), versioned (state written by
// another version of a flow is dropped with a notice, never misread), with an expiry, and
// always escapable with 取消 / cancel. Buttons answer only the step that offered them.
import { randomBytes } from 'node:crypto';
import { toSimplified } from '../i18n/script.ts';
import { answerKey } from './actions.ts';
import type { Context } from './context.ts';
import type { ConvState } from './state.ts';
import type { IncomingFile } from './types.ts';

export interface StepInput {
  text?: string;
  /** The value of a pressed answer button. */
  choice?: string;
  file?: IncomingFile;
}

export type StepResult =
  | { next: string }
  /** Ask the same step again after this catalog message (a specific reason). */
  | { retry: string; args?: Record<string, string | number> }
  | { done: true };

export interface Step<D> {
  ask(ctx: Context, data: D, offer: AnswerOffer): Promise<void>;
  answer(ctx: Context, data: D, input: StepInput): Promise<StepResult>;
}

export interface Flow<D> {
  id: string;
  /** Bump when the shape of `data` or the steps change: older saved state is dropped. */
  version: number;
  ttlMs: number;
  steps: Record<string, Step<D>>;
}

export type { ConvState } from './state.ts';

/** Sends the step's question with answer buttons bound to this conversation and step. */
export type AnswerOffer = (text: string, options?: Array<{ label: string; value: string }>) => Promise<void>;

const CANCEL = new Set(['取消', '退出', '算了', '结束', 'cancel', '/cancel', 'quit', 'exit', 'stop']);

/** 取消 / cancel and their kin: leave the conversation. */
export function isCancel(text: string): boolean {
  return CANCEL.has(toSimplified(text.trim().toLowerCase()));
}

export class Conversations {
  // biome-ignore lint/suspicious/noExplicitAny: flows of every data type share one table
  private readonly flows = new Map<string, Flow<any>>();

  // biome-ignore lint/suspicious/noExplicitAny: a flow of any data type may be registered
  register(flow: Flow<any>): void {
    if (this.flows.has(flow.id)) throw new Error(`duplicate conversation flow "${flow.id}"`);
    this.flows.set(flow.id, flow);
  }

  active(ctx: Context): ConvState | undefined {
    return ctx.store.data.conversations[ctx.accountKey];
  }

  /** Starts (or restarts) a flow at a step, replacing any open conversation of this account. */
  async start<D>(ctx: Context, flow: Flow<D>, data: D, step: string): Promise<void> {
    const now = ctx.now;
    const state: ConvState = {
      version: flow.version,
      // Long enough to name what the conversation saves (a report's id is made from it).
      id: randomBytes(12).toString('base64url'),
      flow: flow.id,
      step,
      data,
      startedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + flow.ttlMs).toISOString(),
    };
    await this.askAndSave(ctx, flow, state);
  }

  /** The open conversation and its flow, if it can go on; one that cannot is ended, saying why. */
  private async current(ctx: Context): Promise<{ state: ConvState; flow: Flow<unknown> } | undefined> {
    const state = this.active(ctx);
    if (!state) return undefined;
    const flow = this.flows.get(state.flow);
    if (!flow || flow.version !== state.version) {
      await this.end(ctx);
      await ctx.reply(ctx.t('conv-reset'));
      return undefined;
    }
    if (state.expiresAt < ctx.now.toISOString()) {
      await this.end(ctx);
      await ctx.reply(ctx.t('conv-expired', { flow: state.flow }));
      return undefined;
    }
    return { state, flow };
  }

  /** Asks the open conversation's pending step again, with its choices (the chat lost them: a restart). */
  async resume(ctx: Context): Promise<void> {
    const open = await this.current(ctx);
    if (!open) return;
    await ctx.reply(ctx.t('conv-resumed', { flow: open.state.flow }));
    await this.askAndSave(ctx, open.flow, open.state);
  }

  /**
   * Gives the message to the open conversation, if any. Returns false when there is none
   * (or it just expired), so the message is handled as usual.
   */
  async handle(ctx: Context, input: StepInput, isCommand: (text: string) => boolean = () => false): Promise<boolean> {
    const open = await this.current(ctx);
    if (!open) return false;
    const { state, flow } = open;
    if (input.text && isCancel(input.text)) {
      await this.end(ctx);
      await ctx.reply(ctx.t('conv-cancelled', { flow: state.flow }));
      return true;
    }
    let choice = input.choice;
    if (choice !== undefined) {
      const [convId, step, ...rest] = choice.split('|');
      if (convId !== state.id || step !== state.step) {
        await ctx.reply(ctx.t('action-expired'));
        return true;
      }
      choice = rest.join('|');
    }
    const data = structuredClone(state.data);
    const result = await flow.steps[state.step]!.answer(ctx, data, { ...input, choice });
    if ('done' in result) {
      // What the last step saved was saved, and its reply says so: a failure to close the
      // conversation must not turn that into "not saved". Confirming again finds the same
      // record already there (its id comes from this conversation) and saves nothing twice.
      await this.end(ctx).catch((error: unknown) =>
        ctx.services.log.error({ err: error, code: 'CONVERSATION_NOT_CLOSED', flow: state.flow }, 'conversation not closed'),
      );
      return true;
    }
    if ('retry' in result && input.text && isCommand(input.text)) {
      // Not an answer but a command: leave the conversation (saying so) and run it.
      await this.end(ctx);
      await ctx.reply(ctx.t('conv-left', { flow: state.flow }));
      return false;
    }
    if ('retry' in result) {
      await ctx.reply(ctx.t(result.retry, result.args));
      await this.askAndSave(ctx, flow, { ...state, data });
      return true;
    }
    await this.askAndSave(ctx, flow, { ...state, step: result.next, data });
    return true;
  }

  async end(ctx: Context): Promise<void> {
    if (!this.active(ctx)) return;
    const key = ctx.accountKey;
    await ctx.store.update((db) => void delete db.conversations[key]);
  }

  /**
   * Asks the step's question, then saves the conversation with the step's answer buttons in
   * it (one write): a button of an earlier step, or of an ended conversation, is not found.
   */
  private async askAndSave(ctx: Context, flow: Flow<unknown>, state: ConvState): Promise<void> {
    const offers: Record<string, string> = {};
    const offer: AnswerOffer = (text, options) =>
      ctx.reply(text, {
        choices: options?.map((o) => {
          const value = `${state.id}|${state.step}|${o.value}`;
          offers[answerKey(ctx.accountKey, value)] = value;
          return { label: o.label, answer: value };
        }),
      });
    await flow.steps[state.step]!.ask(ctx, state.data, offer);
    const key = ctx.accountKey;
    const saved: ConvState = { ...state, offers };
    await ctx.store.update((db) => void (db.conversations[key] = saved));
  }
}
