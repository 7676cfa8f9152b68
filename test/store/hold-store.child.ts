// Child process for the lock tests: opens the store at argv[2] and says "ready". With "hold"
// it keeps it open until killed; with "exit" it ends without calling close().
import { openTestStore } from './doc.ts';

const [file, mode] = process.argv.slice(2);
await openTestStore({ file: file! });
process.stdout.write('ready\n');
if (mode === 'hold') setInterval(() => undefined, 60_000);
