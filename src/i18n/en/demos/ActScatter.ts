/** The scatter plot of the activation and preprocessing demos (src/demos/ActScatter.svelte): its own words in English. */
export default {
  /** The axis labels when the demo gives none. */
  xLabel: 'x₁',
  yLabel: 'x₂',
};
