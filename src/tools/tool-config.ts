// The configuration for an admin tool (import, export, restore): read as the bot reads it
// (src/config.ts: the environment and .env), or the problems printed and exit code 1.
import { ConfigError, readConfig, type Config } from '../config.ts';

export function toolConfig(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\n配置有误，未做任何事 / nothing was done`);
    process.exit(1);
  }
}
