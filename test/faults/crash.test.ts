// Crash test: a child process running the bot on a lowdb file takes a burst of reports and
// is killed with SIGKILL at random moments, many times. After each restart every
// acknowledged report is present, the file opens (valid), and nothing is doubled.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VOTES_LOG } from '../../src/committee/meetings/tally.ts';
import { openStore } from '../../src/db.ts';
import { allReports } from '../helpers/logs.ts';
import { createSeedDb } from '../../src/seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-crash-'));
const file = join(dir, 'db.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Reporters allowed on item 92 (协调组 leads it) plus the secretariat (on behalf).
const PEOPLE = ['zhao-min', 'liu-jianguo', 'secretariat', 'chen-jing'];

function start(): Promise<{ child: ChildProcessWithoutNullStreams; acked: string[]; votes: string[]; voters: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/faults/crash-child.ts'], { env: { ...process.env, DB_FILE: file } });
    const acked: string[] = [];
    const votes: string[] = [];
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('READY ')) resolve({ child, acked, votes, voters: line.slice(6).split(',') });
        else if (line.startsWith('ACK ')) acked.push(line.slice(4));
        else if (line.startsWith('ACKV ')) votes.push(line.slice(5));
      }
    });
    child.on('error', reject);
    child.stdin.on('error', () => undefined); // writes racing the SIGKILL
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged report and vote through repeated SIGKILLs, without doubles', async () => {
    const allAcked: string[] = [];
    const allVotes: string[] = [];
    let round = 0;
    for (; round < 6; round++) {
      const { child, acked, votes, voters } = await start();
      let n = 0;
      const feeder = setInterval(() => {
        for (const who of PEOPLE) {
          const token = `tok-${round}-${n++}`;
          child.stdin.write(`${who}\t汇报 92 ${n % 100}% 正常 ${token}\n${who}\t确认\n`);
        }
        for (const voter of voters) child.stdin.write(`${voter}\t投票 m1 ${1 + (n % 3)} ${n % 2 ? '可以' : '不行'}\n`);
      }, 5);
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
      child.kill('SIGKILL');
      clearInterval(feeder);
      await new Promise((r) => child.once('close', r));
      allAcked.push(...acked);
      allVotes.push(...votes);
    }
    const store = await openStore({ file, seed: () => createSeedDb() });
    const notes = (await allReports(store)).map((r) => String(r.note));
    const voteIds = new Set(store.records(VOTES_LOG).map((v) => v.id));
    await store.close();
    expect(allVotes.length).toBeGreaterThanOrEqual(6);
    expect(allVotes.filter((id) => !voteIds.has(id))).toEqual([]);
    expect(allAcked.length).toBeGreaterThanOrEqual(6); // the test did acknowledge writes
    const missing = allAcked.filter((t) => !notes.includes(t));
    expect(missing).toEqual([]);
    expect(new Set(notes).size).toBe(notes.length);
  }, 60_000);
});
