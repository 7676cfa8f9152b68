// A one-line description of the machine, printed with the figures.
import { cpus, totalmem } from 'node:os';

export function os(): string {
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}
