/**
 * The site's typefaces, served by the site itself (no request leaves it), from the @fontsource
 * packages: Source Serif 4 for reading (the prose; it sits well beside KaTeX's Computer Modern),
 * Inter for the interface, headings, demos and plots (its letter O and digit 0 differ; tabular
 * figures), and JetBrains Mono for code and data tables. Variable fonts (one file per style holds
 * every weight), and only the Latin and Greek subsets the course uses; a glyph outside them (a
 * superscript exponent) falls back to the system font.
 *
 * How they load, so that they never delay the first paint nor move the text:
 * - the fallbacks (FALLBACK_FONT_CSS, always in the head) are local fonts scaled to the web fonts'
 *   width, ascent and descent;
 * - the web fonts (WEB_FONT_CSS) are added by a small script in BaseLayout's head, at once, when
 *   this tab has fetched them before (they come from the cache, which the service worker keeps);
 * - on the first page a tab opens, the script only fetches the font files once the page has
 *   loaded, for the pages that follow, and leaves that page in the fallbacks. Fetched during the
 *   first layout, they competed with the page (Lighthouse measured the first paint more than a
 *   second later); swapped in after the first paint, they moved the text (a paragraph of the batch
 *   normalisation chapter re-wrapped: a layout shift of 0.069), however close the fallbacks'
 *   metrics.
 * The script marks <html data-fonts="loaded"> once the web fonts are in (the visual regression
 * test opens its pages as a second page, and waits for it).
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

/**
 * Fallbacks sized like the web fonts, so that the swap from the fallback to the web font moves no
 * line (no layout shift): local faces scaled to the same average width (size-adjust, measured on
 * a chapter's prose in Chromium) and the same ascent and descent. Times New Roman and Liberation
 * Serif share their metrics, as do Arial, Helvetica and Liberation Sans.
 */
const FALLBACKS = [
  {
    family: 'Serif Fallback Times',
    local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif'],
    size: 118.6,
    ascent: 104,
    descent: 34,
  },
  { family: 'Serif Fallback DejaVu', local: ['DejaVu Serif'], size: 92.4, ascent: 104, descent: 34 },
  {
    family: 'Sans Fallback Arial',
    local: ['Arial', 'ArialMT', 'Helvetica', 'Liberation Sans'],
    size: 106.5,
    ascent: 97,
    descent: 24,
  },
  { family: 'Sans Fallback DejaVu', local: ['DejaVu Sans'], size: 93.5, ascent: 97, descent: 24 },
];

const pct = (x: number) => `${x.toFixed(1)}%`;

/** The fallback faces: in every page's head (they download nothing). */
export const FALLBACK_FONT_CSS = FALLBACKS.map(
  (f) =>
    `@font-face{font-family:'${f.family}';src:${f.local.map((l) => `local('${l}')`).join(',')};` +
    `size-adjust:${pct(f.size)};ascent-override:${pct((100 * f.ascent) / f.size)};` +
    `descent-override:${pct((100 * f.descent) / f.size)};line-gap-override:0%}`,
).join('\n');

/** The web fonts' files, fetched after the first page's load for the pages that follow. */
export const WEB_FONT_URLS = [...new Set(FACES.map((f) => f.url))];

/** The web fonts' faces: added by BaseLayout's head script (see there for when). */
export const WEB_FONT_CSS = FACES.map(
  (f) =>
    `@font-face{font-family:'${f.family}';font-style:${f.style};font-display:swap;font-weight:${f.weight};` +
    `src:url(${f.url}) format('woff2-variations'),url(${f.url}) format('woff2');unicode-range:${f.range}}`,
).join('\n');
