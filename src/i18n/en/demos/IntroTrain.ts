/** The introduction's demo (src/demos/IntroTrain.svelte): its words in English. */
export default {
  title: 'A network learns the spiral',
  params: {
    hidden: 'hidden units',
    act: 'activation',
    lr: 'learning rate',
    iters: 'iterations',
  },
  diverged: (at: number | null) =>
    `The run diverged at iteration ${at}: the loss became NaN or infinite, almost always because the learning rate is too high. Lower it and the run restarts.`,
  loss: 'loss',
  accuracy: 'training accuracy',
  iteration: 'iteration',
  lossAria: 'Training loss by iteration',
  accuracyAria: 'Training accuracy by iteration',
  caption: (hidden: number, act: string, lr: number) =>
    `Training loss (log scale) and accuracy of a ${hidden}-${hidden} ${act} network on 300 spiral points, Adam with learning rate ${lr}.`,
  after: (iteration: number, loss: string, accuracy: string) =>
    `After ${iteration} iterations: loss ${loss}, accuracy ${accuracy}.`,
  tableCaption: 'Loss and training accuracy by iteration',
  columns: { iteration: 'iteration', loss: 'loss', accuracy: 'accuracy' },
};
