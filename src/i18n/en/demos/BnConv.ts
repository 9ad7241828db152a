/** The batch-normalisation chapter's convolutional-statistics demo (src/demos/BnConv.svelte): its words in English. */
export default {
  title: 'What the statistics average over',
  params: {
    mode: 'statistics',
    modeOptions: { channel: 'per channel (convolutional)', feature: 'per feature (fully connected)' },
    n: 'batch N',
    c: 'channels C',
    size: 'map size H = W',
    ch: 'channel',
    pos: 'position',
    show: 'values shown',
    showOptions: { input: 'input', output: 'normalised output' },
  },
  posUnused: 'used per feature only: per channel, every position counts',
  posAt: (rowColumn: string) => `row, column ${rowColumn}`,
  /** Text around the two bold numbers: statistics, then numbers per statistic. */
  summaryChannel: ['One mean and variance per channel: ', ' statistics, each over N·H·W = ', ' numbers.'] as [
    string,
    string,
    string,
  ],
  summaryFeature: ['One mean and variance per (channel, position): ', ' statistics, each over N = ', ' numbers.'] as [
    string,
    string,
    string,
  ],
  highlighted: (mean: string, variance: string) => `Highlighted group: mean ${mean}, variance ${variance}.`,
  channel: (c: number) => `channel ${c}`,
  example: (i: number) => `example ${i}`,
  channelPosition: (c: number, pos: string) => `channel ${c}, position ${pos}`,
  caption: (n: number, c: number, h: number, w: number, colour: string) =>
    `A batch of ${n} examples with ${c} channels of ${h}×${w} positions (colour: ${colour}, red positive, blue negative). Outlined squares: the numbers behind the highlighted statistic. The per-channel statistics are what the course's BatchNorm layer computes when the tensor is reshaped to (N·H·W) rows × C columns.`,
  colourInput: 'input value',
  colourOutput: 'value after normalising',
  tableCaption: (which: string) => `Every statistic (${which}): what it averages over, its mean and variance`,
  perChannel: 'per channel',
  perFeature: 'per feature',
  columns: { statistic: 'statistic of', count: 'numbers averaged', mean: 'mean', variance: 'variance' },
};
