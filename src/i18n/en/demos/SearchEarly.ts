/** Stopping bad trials early (src/demos/SearchEarly.svelte): its words in English. */
export default {
  title: 'Stopping bad trials early',
  params: {
    trials: 'trials',
    at: 'judge each trial at step k',
    threshold: 'stop if its validation loss is above X',
    audit: 'finish stopped trials anyway (outside the budget), to see what stopping cost',
  },
  unit: 'trials',
  trial: (i: number) => `trial ${i}`,
  trialStopped: (i: number) => `trial ${i} (stopped)`,
  trialAfterStop: (i: number) => `trial ${i} (after the stop)`,
  /** Before a run: `pressBefore`, the Run button's name in bold, `pressAfter`. */
  pressBefore: 'Press ',
  run: 'Run',
  pressAfter: (trials: number) => ` to start the search: ${trials} training runs of up to 300 steps, a few seconds.`,
  stepsUsed: 'steps used',
  stepsOf: (used: string, full: string) => `${used} of ${full}`,
  saved: (share: string, stopped: number, trials: number, step: number) =>
    `saved ${share}: ${stopped} of ${trials} trials stopped at step ${step}`,
  bestFound: 'best trial found',
  noneCompleted: 'none completed',
  sameWins: 'the same trial wins without stopping',
  wouldHaveWon: (trial: number, loss: string) => `without stopping, #${trial} would have won (${loss})`,
  tickAudit: 'tick the audit box to compare with no stopping',
  xLabel: 'training step',
  yLabel: 'validation loss',
  judgedAt: (step: number) => `judged at step ${step}`,
  stoppedIfAbove: (threshold: number) => `stopped if above ${threshold} there`,
  chartAria: 'Validation loss of every trial during training; trials stopped early are drawn in orange',
  caption: (step: number, audit: boolean) =>
    `Every line is one trial of a random search (learning rate 10⁻³…10 and λ 10⁻⁶…10⁻¹ log-uniform, p 0…0.6 uniform) on the spiral objective of this chapter's last demo: a small network trained for 300 steps, its validation loss read every 25 steps. The grey band is where a trial is stopped if it is there at step ${step}. Blue: trials that ran to the end; orange: trials stopped at step ${step}${audit ? ', dashed where they were finished outside the budget only to check what stopping cost' : ''}.`,
  tableCaption:
    'Every trial: hyperparameters, validation loss at the judging step, where it stopped, steps charged, final loss',
  columns: {
    trial: 'trial',
    lr: 'learning rate',
    atK: 'loss at step k',
    stopped: 'stopped at',
    steps: 'steps charged',
    loss: 'loss where it ended',
    full: 'loss after 300 steps (audit)',
  },
};
