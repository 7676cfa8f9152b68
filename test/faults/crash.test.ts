// Crash test: a child process running the bot on a lowdb file takes a stream of reports and
// votes and is killed with SIGKILL, six times. The kill waits for events, not for the clock:
// the child prints a line for each write it acknowledged, and the parent kills it once it
// has acknowledged a random number of reports and of votes, with more writes still in
// flight. After the last kill every acknowledged write is present, the file opens (valid),
// and nothing is doubled. However slow the machine, each round acknowledges writes first.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import { openStore } from '../../src/db.ts';
import { allReports } from '../helpers/logs.ts';
import { createSeedDb } from '../../src/seed.ts';
import { CHILD_PROCESS_TIMEOUT } from '../helpers/timeouts.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-crash-'));
const file = join(dir, 'db.json');
const live = new Set<ChildProcessWithoutNullStreams>();
afterAll(() => {
  for (const child of live) child.kill('SIGKILL'); // only if the test timed out
  rmSync(dir, { recursive: true, force: true });
});

// Reporters allowed on item 92 (协调组 leads it) plus the secretariat (on behalf).
const PEOPLE = ['zhao-min', 'liu-jianguo', 'secretariat', 'chen-jing'];
const ROUNDS = 6;

interface Child {
  child: ChildProcessWithoutNullStreams;
  voters: string[];
  /** Report tokens and vote ids the child acknowledged, in order. */
  reports: string[];
  votes: string[];
  /** Resolves once at least `reports` reports and `votes` votes are acknowledged; rejects if the child ends first. */
  acknowledged(reports: number, votes: number): Promise<void>;
}

function start(): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/faults/crash-child.ts'], { env: { ...process.env, DB_FILE: file } });
    live.add(child);
    child.once('close', () => live.delete(child));
    const reports: string[] = [];
    const votes: string[] = [];
    let waiting: { reports: number; votes: number; resolve(): void; reject(e: Error): void } | undefined;
    const check = () => {
      if (waiting && reports.length >= waiting.reports && votes.length >= waiting.votes) waiting.resolve();
    };
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('READY ')) {
          resolve({
            child,
            voters: line.slice(6).split(','),
            reports,
            votes,
            acknowledged: (r, v) =>
              new Promise<void>((res, rej) => {
                waiting = { reports: r, votes: v, resolve: res, reject: rej };
                check();
              }),
          });
        } else if (line.startsWith('ACK ')) reports.push(line.slice(4));
        else if (line.startsWith('ACKV ')) votes.push(line.slice(5));
      }
      check();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const error = new Error(`crash child ended (${signal ?? code}) before the awaited acknowledgements: ${stderr.slice(-2000)}`);
      reject(error); // before READY
      waiting?.reject(error);
    });
    child.stdin.on('error', () => undefined); // writes racing the SIGKILL
  });
}

/** 1..max, so kills land early and late in a child's life. */
const upTo = (max: number) => 1 + Math.floor(Math.random() * max);

describe('crash safety', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it('keeps every acknowledged report and vote through repeated SIGKILLs, without doubles', async () => {
    const ackedReports: string[] = [];
    const allVotes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const run = await start();
      const { child, voters } = run;
      // Keeps the child busy: new messages every few ms, whether or not earlier ones were
      // answered, so writes are in flight when the kill comes. (Load only; no verdict depends on it.)
      let n = 0;
      const feeder = setInterval(() => {
        for (const who of PEOPLE) {
          const token = `tok-${round}-${n++}`;
          child.stdin.write(`${who}\t汇报 92 ${n % 100}% 正常 ${token}\n${who}\t确认\n`);
        }
        for (const voter of voters) child.stdin.write(`${voter}\t投票 m1 ${1 + (n % 3)} ${n % 2 ? '可以' : '不行'}\n`);
      }, 5);
      const closed = new Promise((r) => child.once('close', r));
      try {
        await run.acknowledged(upTo(12), upTo(6));
      } finally {
        child.kill('SIGKILL');
        clearInterval(feeder);
        await closed;
      }
      ackedReports.push(...run.reports);
      allVotes.push(...run.votes);
    }
    const store = await openStore({ file, seed: () => createSeedDb() });
    const notes = (await allReports(store)).map((r) => String(r.note));
    const voteIds = new Set(store.records(VOTES_LOG).map((v) => v.id));
    await store.close();
    expect(ackedReports.filter((token) => !notes.includes(token))).toEqual([]);
    expect(allVotes.filter((id) => !voteIds.has(id))).toEqual([]);
    expect(new Set(notes).size).toBe(notes.length);
  });
});
