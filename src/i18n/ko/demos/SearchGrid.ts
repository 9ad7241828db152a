import type en from '../../en/demos/SearchGrid';
import type { Translation } from '../../types';

export default {
  title: '격자 탐색 대 무작위 탐색',
  params: { k: '격자 한 변 k (시행 k²번)' },
  countBefore: (trials: number) => `방법마다 시행이 ${trials}번일 때, 격자 탐색은 중요한 매개변수 a의 값을 `,
  countBetween: '개, 무작위 탐색은 ',
  countAfter: (repeats: number, share: string, randomShortfall: string, gridShortfall: string) =>
    `개 시도한다. 매번 정점을 새로 뽑아 ${repeats}번 반복한 가운데 ${share}에서 무작위 탐색이 정점에 더 가까이 갔다(최고 점수에 못 미친 정도의 평균: 무작위 ${randomShortfall}, 격자 ${gridShortfall}).`,
  methods: { grid: '격자', random: '무작위' },
  score: '점수',
  scoreSeries: '점수 g(a)',
  aImportant: 'a (중요함)',
  bUnimportant: 'b (중요하지 않음)',
  peak: '정점',
  valuesTried: '시도한 a의 값',
  planeAria: '두 하이퍼파라미터 평면에서 격자 탐색과 무작위 탐색의 시행 위치',
  scoreAria: '중요한 매개변수에 따른 점수',
  valuesAria: '각 방법이 시도한 중요한 매개변수의 값',
  caption:
    'a만 중요한 인공 점수: 점수 = g(a) + 0.01·b이고, g는 시드로 뽑은 정점 주변의 좁은 봉우리다. 격자는 시행 k²번을 k × k 격자점에 놓고, 무작위 탐색은 시행마다 독립적으로 뽑는다.',
  tableCaption: '격자 탐색 대 무작위 탐색',
  columns: {
    method: '방법',
    trials: '시행 수',
    distinctA: '서로 다른 a 값의 수',
    bestA: '최적 a',
    regret: '못 미친 정도(이 시드)',
    meanRegret: '못 미친 정도의 평균',
  },
} satisfies Translation<typeof en>;
