// How charts look: the colour of each series key, the font and the text sizes. One place, so
// a health has the same colour in the overview, the dashboard and every language.

/**
 * The font family every chart asks for. The PNG renderer registers the bundled Noto Sans
 * (Simplified, Traditional and Latin glyphs) under the first name; a browser showing the
 * SVG takes the first of these it has.
 */
export const FONT_NAME = 'Noto Sans Hans';
// Single quotes: ECharts writes the family into an SVG style attribute in double quotes.
export const FONT_FAMILY = `'${FONT_NAME}', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

/** Text sizes for a 1600-pixel-wide chart (a phone shows it at a quarter of that). */
export const TEXT = { title: 34, subtitle: 22, panelTitle: 24, label: 20, small: 17 } as const;

export const COLORS: Record<string, string> = {
  // health
  done: '#2e7d32',
  'on-track': '#1e88e5',
  'at-risk': '#f9a825',
  overdue: '#d32f2f',
  'no-report': '#9e9e9e',
  // votes
  yes: '#2e7d32',
  ifneedbe: '#fbc02d',
  no: '#d32f2f',
  missing: '#cfd8dc',
  // invitations
  accepted: '#2e7d32',
  declined: '#d32f2f',
  pending: '#f9a825',
  unreachable: '#7e57c2',
  'not-invited': '#cfd8dc',
  revoked: '#616161',
  // indicator
  value: '#1e88e5',
  low: '#90caf9',
  middle: '#1e88e5',
  high: '#0d47a1',
  city: '#8d6e63',
  // lines
  share: '#2e7d32',
  line: '#c62828',
};

export const INK = '#263238';
export const MUTED = '#607d8b';
export const SAMPLE_INK = '#c62828';

export function colorOf(key: string): string {
  return COLORS[key] ?? MUTED;
}

/** Text drawn on a patch of this colour: dark on light colours, white on dark ones. */
export function inkOn(color: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6 ? INK : '#ffffff';
}
