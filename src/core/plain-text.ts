// Text people typed comes back to people: in replies (a lookup that found nothing echoes the
// question, an item card shows a report's note), in notices and on the console. Control
// characters and bidirectional overrides in it could recolour or clear a terminal, move its
// cursor, or reverse how a line reads ("report‮fdp.exe" shown as "reportexe.pdf"). The core
// takes them out where its text leaves it (Context.reply, Notifier.toPerson, form errors);
// line breaks and tabs stay, a lone carriage return becomes a line break.

/** C0 and C1 controls (but \t and \n), DEL, and the bidi embeddings, overrides and isolates. */
const UNSAFE = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}
