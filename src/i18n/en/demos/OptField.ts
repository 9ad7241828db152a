/** The gradient-field demo (src/demos/OptField.svelte): its words in English. */
export default {
  title: 'The surface and its gradient field',
  params: {
    surface: 'surface',
    surfaceOptions: {
      book: 'x²/20 + y² (elongated bowl)',
      ellipse: 'the same bowl rotated by 45°',
      rosenbrock: 'Rosenbrock valley',
    },
    az: '3-D view: turn',
    el: '3-D view: tilt',
  },
  meshAria: (surface: string, x: number, y: number) =>
    `The surface ${surface} in 3-D, with the first 30 SGD steps from (${x}, ${y}) drawn on it`,
  sgdPath: (lr: number) => `SGD, η = ${lr}, 30 steps`,
  fieldTitle: '−∇f, coloured by its angle to the direction of the minimum',
  fieldAria: (detail: string) => `Arrows of the steepest-descent direction −∇f over the box; ${detail}`,
  fieldAriaDetail: (fraction: string) => `${fraction} of the box points more than 45° away from the minimum`,
  start: 'start',
  scaleLabels: ['0°: straight at the minimum', '90° or more: across'] as [string, string],
  /** The summary, in pieces around its two bold percentages (in this order). */
  stats: {
    above: (points: string, threshold: number) =>
      `Over ${points} points of the box, −∇f points more than ${threshold}° away from the minimum at `,
    yMajor: (median: string) => ` of them (median angle ${median}), and |∂f/∂y| exceeds |∂f/∂x| at `,
    start: (x: number, y: number, gx: number, gy: number, angle: string) =>
      `. At the start (${x}, ${y}) the gradient is (${gx}, ${gy}): ${angle} off.`,
  },
  caption: (arrows: number) =>
    `Left: the surface over the box, coloured by height, with SGD's first 30 steps from the start (at this surface's suggested learning rate) drawn on it; turn and tilt it with the sliders. Right: the steepest-descent direction −∇f at ${arrows} points (every arrow the same length: only directions are shown), green where it points at the minimum, orange where it points across; the bold arrow is the start's, the dashed line the way to the minimum.`,
  tableCaption:
    'The field at every arrow: position, f, the gradient, and the angle between −∇f and the direction to the minimum',
  columns: {
    x: 'x',
    y: 'y',
    f: 'f',
    gx: '∂f/∂x',
    gy: '∂f/∂y',
    angle: 'angle to the minimum (°)',
  },
};
