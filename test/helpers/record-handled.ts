// Records every message the core is given (through whatever adapter), and still handles it:
// tests read what an adapter made of a platform's update.
import { vi } from 'vitest';
import type { Duban } from '../../src/core/bot.ts';
import type { IncomingMessage } from '../../src/core/types.ts';

export function recordHandled(core: Duban): IncomingMessage[] {
  const handled: IncomingMessage[] = [];
  const handle = core.handle.bind(core);
  vi.spyOn(core, 'handle').mockImplementation((msg) => {
    handled.push(msg);
    return handle(msg);
  });
  return handled;
}
