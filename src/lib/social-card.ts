/**
 * The picture a link preview shows (Open Graph / Twitter card, 1200 × 630 PNG), drawn at build
 * time from a chapter's title and summary in the site's colours: satori lays out the card as
 * SVG, resvg turns it into a PNG. The font is Inter from @fontsource/inter (WOFF, which satori
 * reads), taken from node_modules: nothing is downloaded.
 *
 *   const png = await socialCard({ eyebrow: 'Chapter 4', title: 'The Xavier and He derivations', summary });
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// The light theme's tokens (src/styles/global.css).
const colours = {
  bg: '#ffffff',
  soft: '#f6f7f9',
  fg: '#1b1f24',
  fgSoft: '#4a5260',
  accent: '#0b5cad',
  border: '#d7dbe1',
};

const require = createRequire(join(process.cwd(), 'package.json'));
function font(weight: 400 | 700): Buffer {
  return readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
}
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;

const logo = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8');

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown; [k: string]: unknown } };
const h = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, children, ...extra },
});

/** Shortens text at a word boundary so that the card never overflows. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:—–-]$/, '')}…`;
}

export interface CardText {
  /** A small line above the title ("Chapter 4"). */
  eyebrow: string;
  title: string;
  summary: string;
}

export async function socialCard({ eyebrow, title, summary }: CardText): Promise<Uint8Array<ArrayBuffer>> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const card = h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: colours.bg,
      fontFamily: 'Inter',
      color: colours.fg,
      borderTop: `16px solid ${colours.accent}`,
    },
    [
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 0' }, [
        h(
          'div',
          { fontSize: 28, fontWeight: 700, color: colours.accent, letterSpacing: 2, textTransform: 'uppercase' },
          eyebrow,
        ),
        h('div', { fontSize: title.length > 40 ? 60 : 68, fontWeight: 700, lineHeight: 1.12, marginTop: 18 }, title),
        h('div', { fontSize: 29, lineHeight: 1.45, color: colours.fgSoft, marginTop: 28 }, clip(summary, 300)),
      ]),
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          padding: '22px 72px',
          background: colours.soft,
          borderTop: `1px solid ${colours.border}`,
          fontSize: 28,
          fontWeight: 700,
        },
        [
          h('img', { width: 44, height: 44, marginRight: 18 }, undefined, {
            src: `data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')}`,
            width: 44,
            height: 44,
          }),
          'Training Neural Networks',
          h(
            'div',
            { marginLeft: 'auto', fontSize: 24, fontWeight: 400, color: colours.fgSoft },
            'an interactive course with live demos',
          ),
        ],
      ),
    ],
  );
  // satori takes React-like element objects; these plain ones have the same shape.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng());
}

/** A square icon of the site's logo (public/favicon.svg) as a PNG, `size` pixels wide. */
export function logoPng(size: number, padding = 0): Uint8Array<ArrayBuffer> {
  // A maskable icon keeps its logo inside the safe zone: padding on a background of the logo's colour.
  const svg =
    padding > 0
      ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${32 + 2 * padding} ${32 + 2 * padding}"><rect width="100%" height="100%" fill="${colours.accent}"/><g transform="translate(${padding} ${padding})">${logo.replace(/<\/?svg[^>]*>/g, '')}</g></svg>`
      : logo;
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}
