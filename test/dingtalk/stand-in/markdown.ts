// TEST TOOLING: what a person sees of a DingTalk Markdown message, by rendering it with a
// CommonMark renderer (markdown-it, HTML off as DingTalk's is): the visible text (line
// breaks kept), the one-tap links it carries (label and the content a tap sends), and every
// HTML tag the rendering produced, so a test can tell text shown as typed from markup.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false });

export interface Rendered {
  text: string;
  links: Array<{ label: string; content: string }>;
  tags: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? all;
  });
}

export function plainText(markdown: string): Rendered {
  const html = md.render(markdown);
  const tags = [...new Set([...html.matchAll(/<(\w+)/g)].map((m) => m[1]!))];
  const links = [...html.matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g)].map((m) => {
    const href = decode(m[1]!);
    const content = href.startsWith('dtmd://dingtalkclient/sendMessage?') ? (new URL(href).searchParams.get('content') ?? '') : href;
    return { label: decode(m[2]!.replace(/<[^>]+>/g, '')), content };
  });
  const text = decode(
    html
      .replace(/<br>\n?/g, '\n')
      .replace(/<\/p>\n?<p>/g, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\u00a0/g, ' ')
    .trim();
  return { text, links, tags };
}
