/**
 * The site's typefaces, served by the site itself (no request leaves it), from the @fontsource
 * packages: Source Serif 4 for reading (the prose; it sits well beside KaTeX's Computer Modern),
 * Inter for the interface, headings, demos and plots (its letter O and digit 0 differ; tabular
 * figures), and JetBrains Mono for code and data tables. Variable fonts (one file per style holds
 * every weight), and only the Latin and Greek subsets the course uses; a glyph outside them (a
 * superscript exponent) falls back to the system font.
 *
 * BaseLayout writes `FONT_FACE_CSS` into every page's head and preloads `PRELOAD_FONTS` (serif and
 * Inter, Latin, upright: what the first screen of every page uses), so that the two files are
 * requested with the HTML instead of after the first layout. The URLs are Vite's hashed asset
 * addresses, the same in the preload and the @font-face.
 */
import serifLatin from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2?url';
import serifLatinItalic from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2?url';
import serifGreek from '@fontsource-variable/source-serif-4/files/source-serif-4-greek-wght-normal.woff2?url';
import interLatin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import interGreek from '@fontsource-variable/inter/files/inter-greek-wght-normal.woff2?url';
import monoLatin from '@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2?url';

const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, ' +
  'U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const GREEK = 'U+0370-0377, U+037A-037F, U+0384-038A, U+038C, U+038E-03A1, U+03A3-03FF';

interface Face {
  family: string;
  url: string;
  style: 'normal' | 'italic';
  weight: string;
  range: string;
}

export const FACES: Face[] = [
  { family: 'Source Serif 4 Variable', url: serifLatin, style: 'normal', weight: '200 900', range: LATIN },
  { family: 'Source Serif 4 Variable', url: serifLatinItalic, style: 'italic', weight: '200 900', range: LATIN },
  { family: 'Source Serif 4 Variable', url: serifGreek, style: 'normal', weight: '200 900', range: GREEK },
  { family: 'Inter Variable', url: interLatin, style: 'normal', weight: '100 900', range: LATIN },
  { family: 'Inter Variable', url: interGreek, style: 'normal', weight: '100 900', range: GREEK },
  { family: 'JetBrains Mono Variable', url: monoLatin, style: 'normal', weight: '100 800', range: LATIN },
];

export const FONT_FACE_CSS = FACES.map(
  (f) =>
    `@font-face{font-family:'${f.family}';font-style:${f.style};font-display:swap;font-weight:${f.weight};` +
    `src:url(${f.url}) format('woff2-variations'),url(${f.url}) format('woff2');unicode-range:${f.range}}`,
).join('\n');

/** What every page's first screen needs: the prose and the interface, Latin, upright. */
export const PRELOAD_FONTS = [serifLatin, interLatin];
