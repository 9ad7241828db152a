/**
 * The Math functions whose last bit engines round differently (Node 24 and Chromium disagree on
 * exp, log, sin, cos, expm1, log1p; the standard leaves all of these to the engine). The core never
 * calls them — src/core/mathfn.ts has its own — so a config and a seed give the same bits in Node
 * and in every browser. Read by the lint rule (eslint.config.js) and by the test that walks the
 * core's syntax trees (tests/core/mathfn.test.ts). sqrt, abs, floor, min, max … are exact everywhere.
 */
export const ENGINE_ROUNDED = [
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'sin',
  'cos',
  'tan',
  'sinh',
  'cosh',
  'tanh',
  'asin',
  'acos',
  'atan',
  'atan2',
  'asinh',
  'acosh',
  'atanh',
  'cbrt',
  'hypot',
];
