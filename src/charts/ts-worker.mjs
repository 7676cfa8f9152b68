// Starts a worker thread's TypeScript module through tsx (Node 20 cannot load .ts itself):
// used only when the bot runs from its sources (npm start, the tests); the compiled build
// starts the compiled .js worker directly. Resolved from this file, not the working directory.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.tsWorker, import.meta.url);
