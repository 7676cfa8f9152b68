// file / 文件: sends a file Duban keeps (a report's evidence, a consultation's draft, an
// answer's attachment) to whoever asks and may see it, on whatever platform they use. Offered
// as a button wherever such a file is shown; an id that is unknown or not the asker's to open
// gets the same answer, so ids say nothing.
import { defineCommand } from '../src/core/command.ts';
import { mayOpen } from '../src/files/access.ts';
import { isFileId } from '../src/domain/files.ts';

export default defineCommand({
  id: 'file',
  names: { en: ['file'], zh: ['文件'] },
  summary: 'cmd-file',
  examples: ['文件 dbf_0123456789abcdef0123', 'file dbf_0123456789abcdef0123'],
  args: [{ name: 'id', summary: 'arg-file', required: true }],
  access: ['admin', 'head', 'reporter', 'official', 'expert'],
  privateAnswer: true,
  hidden: true,
  async run(ctx, args) {
    const id = args.trim().split(/\s+/)[0] ?? '';
    const info = isFileId(id) ? await ctx.services.files.store.info(id) : undefined;
    if (!info || !mayOpen(ctx.store, ctx.person, info)) return ctx.reply(ctx.t('file-unknown'));
    const kept = await ctx.services.files.store.read(id);
    if (!kept) {
      ctx.services.log.error({ code: 'FILE_MISSING', id }, 'a kept file is missing or damaged');
      return ctx.reply(ctx.t('file-missing', { name: info.name }));
    }
    return ctx.reply(ctx.t('file-here', { name: info.name }), { file: { name: info.name, mime: info.mime, data: kept.data } });
  },
});
