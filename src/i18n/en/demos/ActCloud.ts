/** Dead ReLUs in the data cloud (src/demos/ActCloud.svelte): its words in English. */
export default {
  title: 'Dead ReLUs in the data cloud',
  params: {
    data: 'data',
    dataOptions: { spiral: 'spiral (3 classes)', circles: 'two circles (2 classes)' },
    bias: 'hidden biases at start',
    biasHint: 'a large negative value puts most active sides off the data',
    lr: 'learning rate',
    hidden: 'hidden units',
    iters: 'iterations',
  },
  presetsGroup: 'Presets',
  presets: {
    healthy: 'healthy: bias 0, learning rate 1',
    badStart: 'bad start: bias −2',
    largeLr: 'too-large learning rate: 5',
  },
  diverged: (iteration: number) =>
    `The run diverged at iteration ${iteration} (the loss became NaN or infinite) and stopped; lower the learning rate.`,
  /** The scrubber's label: before <iteration> after. */
  picture: { before: 'Picture at iteration ', after: '' },
  /** After the number of dead units: "<dead> of 8 units dead, training accuracy <accuracy>". */
  summary: (units: number) => ` of ${units} units dead, training accuracy `,
  unitDeadAria: (unit: number, points: number) =>
    `Unit ${unit}: dead, its active side holds none of the ${points} points`,
  unitActiveAria: (unit: number, active: number, points: number) =>
    `Unit ${unit}: active on ${active} of the ${points} points`,
  unit: (unit: number) => `unit ${unit}:`,
  dead: 'dead',
  activeOf: (active: number, points: number) => `${active}/${points} active`,
  legendActive: 'active side (w·x + b > 0)',
  legendDead: 'dead: no data point on the active side',
  deadUnits: 'dead units (fraction)',
  trainingAccuracy: 'training accuracy',
  iteration: 'iteration',
  fraction: 'fraction',
  deadAria: 'Fraction of dead hidden units and training accuracy over iterations',
  caption: (hidden: number, classes: number, bias: number, lr: number) =>
    `A 2-${hidden}-${classes} ReLU network, He-initialised weights, hidden biases starting at ${bias}, plain SGD with learning rate ${lr} on batches of 32 of 300 points. Each panel is one hidden unit in the input plane: its line w·x + b = 0 and, shaded, the side where it is active. A picture every 20 iterations.`,
  unitsCaption: (iteration: number) =>
    `Each hidden unit at iteration ${iteration}: its line, the points on its active side and the gradient it receives`,
  unitsColumns: {
    unit: 'unit',
    active: 'active points',
    grad: 'gradient norm',
    status: 'status',
  },
  status: { dead: 'dead', alive: 'alive' },
  timeCaption: 'Dead fraction, loss and accuracy by iteration',
  timeColumns: {
    iteration: 'iteration',
    dead: 'dead fraction',
    loss: 'loss',
    accuracy: 'accuracy',
  },
};
