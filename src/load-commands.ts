// Finds the command declarations: every module of commands/ exports one as its default.
// This is the app's assembly, not the core: the core runs the commands it is given and
// never knows which exist.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CommandDef } from './core/command.ts';

const COMMANDS_DIR = fileURLToPath(new URL('../commands/', import.meta.url));

/** Imports every module of commands/ (each exports a default CommandDef). */
export async function loadCommands(dir = COMMANDS_DIR): Promise<CommandDef[]> {
  // .ts when run from source, .js when compiled into dist/.
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const defs: CommandDef[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(dir + file).href)) as { default?: CommandDef };
    if (!mod.default?.id || typeof mod.default.run !== 'function') {
      throw new Error(`commands/${file} does not export a command declaration as default`);
    }
    defs.push(mod.default);
  }
  return defs;
}
