// Fetching a file a person sent the bot: getFile gives its path (Telegram refuses files over
// 20 MB there), then the bytes come from the file URL, which carries the token (never logged).
import { GrammyError, type Bot } from 'grammy';
import { FetchFailed, FileTooLarge, fetchLimited } from '../../files/fetch.ts';
import type { FileFetcher } from './updates.ts';

export function telegramFiles(bot: Bot, token: string, apiRoot = 'https://api.telegram.org'): FileFetcher {
  const root = apiRoot.replace(/\/+$/, '');
  return async (fileId, maxBytes) => {
    let file;
    try {
      file = await bot.api.getFile(fileId);
    } catch (error) {
      if (error instanceof GrammyError && /file is too big/i.test(error.description)) throw new FileTooLarge(maxBytes + 1, maxBytes);
      throw new FetchFailed(
        error instanceof GrammyError ? error.error_code : 0,
        error instanceof GrammyError ? error.description : 'getFile failed',
      );
    }
    if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileTooLarge(file.file_size, maxBytes);
    if (!file.file_path) throw new FetchFailed(0, 'getFile gave no file_path');
    return fetchLimited(`${root}/file/bot${token}/${file.file_path}`, maxBytes);
  };
}
