/** Mean image or per-channel mean (src/demos/PrepImages.svelte): its words in English. */
export default {
  title: 'Mean image or per-channel mean',
  params: {
    n: 'training images',
    clf: 'classifier',
    clfOptions: { linear: 'linear (softmax regression)', relu: '16 ReLU units, then softmax' },
    lr: 'learning rate',
    steps: 'steps',
  },
  /** The three inputs: raw, minus the per-channel mean, minus the mean image. */
  inputs: {
    none: 'raw pixels',
    channel: 'minus the per-channel mean',
    image: 'minus the mean image',
  },
  /** The generated images' classes (SHAPE_NAMES in src/core/data/shapes.ts). */
  shapes: {
    disc: 'disc',
    ring: 'ring',
    square: 'square',
    frame: 'frame',
    triangle: 'triangle',
    'inverted triangle': 'inverted triangle',
    plus: 'plus',
    cross: 'cross',
    'horizontal bar': 'horizontal bar',
    'vertical bar': 'vertical bar',
  },
  channels: { red: 'red', green: 'green', blue: 'blue' },
  perChannel: (channel: string) => `per-channel: ${channel}`,
  meanImageLargest: 'mean image: largest of the three channels',
  meanImageLabel: 'the mean image (AlexNet subtracts it)',
  meanImageAria:
    'The mean of the training images: blue sky above, green ground below, a blurred horizon, a faint blob in the middle',
  swatchAria: 'The average colour of the training images',
  channelMeans: 'the channel means (VGG subtracts them):',
  leftoverLabel: 'what the per-channel subtraction leaves on average (×2, grey is 0)',
  leftoverAria: 'The mean image minus the channel means: bluer than average above the horizon, less blue below',
  examplesAria: 'Four training images, each raw and after each subtraction',
  greyIsZero: ' (grey is 0)',
  exampleAria: (i: number, shape: string, input: string) => `Training image ${i}, a ${shape}, ${input}`,
  rowLabel: 'image row (1 = top)',
  meanLeft: 'mean left (grey levels)',
  profileAria:
    'The mean left at each image row after the per-channel subtraction: blue well above zero in the sky rows and below zero in the ground rows; after the mean-image subtraction it is zero at every row',
  raceTitle: 'Training on the three inputs',
  pressRun: (steps: number) =>
    `Press Run to train the same classifier from the same weights on the three inputs (about ${steps} steps each; a few seconds).`,
  diverged: 'A run diverged (its loss became NaN or infinite) and stopped: lower the learning rate.',
  step: 'step',
  trainingLoss: 'training loss',
  raceAria: 'Training loss of the same classifier on raw, per-channel-centred and mean-image-centred inputs',
  /** What the race trains, for the caption. */
  classifiers: { linear: 'linear softmax classifier', relu: '3,072-16-10 ReLU network' },
  caption: (n: string, classifier: string, lr: number) =>
    `${n} generated training images and 200 held-out ones, 32×32×3, on the 0–255 scale; all statistics from the training images. The race trains a ${classifier} with plain SGD (learning rate ${lr}, batches of 32) on inputs divided by 255, and reports the loss on 300 training images.`,
  stats: {
    caption:
      'What each subtraction leaves: the mean left (RMS over the 3,072 positions) on training and held-out images, the RMS of everything left, and the largest value',
    columns: {
      input: 'input',
      train: 'mean left, training',
      test: 'mean left, held-out',
      spread: 'RMS of all that is left',
      max: 'largest |value|',
    },
  },
  rows: {
    caption: 'The mean left at each row, per channel, after the per-channel and the mean-image subtraction',
    columns: {
      row: 'row',
      cr: 'per-channel: red',
      cg: 'per-channel: green',
      cb: 'per-channel: blue',
      ir: 'mean image: red',
      ig: 'mean image: green',
      ib: 'mean image: blue',
    },
  },
  race: {
    caption: 'Training loss on the three inputs, by step',
    columns: { step: 'step', raw: 'raw', channel: 'per-channel', image: 'mean image' },
  },
};
