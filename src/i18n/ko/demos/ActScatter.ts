import type en from '../../en/demos/ActScatter';
import type { Translation } from '../../types';

export default {
  xLabel: 'x₁',
  yLabel: 'x₂',
} satisfies Translation<typeof en>;
