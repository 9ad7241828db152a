import type en from '../../en/demos/ActMaxout';
import type { Translation } from '../../types';

export default {
  title: 'maxout: 매개변수는 더 많고, 평평한 구간은 없다',
  params: {
    k: '조각 수 k',
    target: '목표 함수',
    targetOptions: { square: 'x²', abs: '|x|', relu: 'max(0, x)', sine: 'sin 2x(볼록하지 않음)' },
    iters: '반복 횟수',
    nin: '팬인',
    width: '폭',
  },
  targetSeries: (target: string) => `목표 ${target}`,
  fitSeries: (k: number) => `maxout, k = ${k}`,
  pieceSeries: (piece: number) => `조각 ${piece}`,
  squaredError: '제곱 오차',
  count: {
    before: (width: number, nIn: number) => `팬인 ${nIn}, 유닛 ${width}개인 계층의 매개변수 수: ReLU(Dense)`,
    middle: (k: number) => `개, k = ${k}인 maxout `,
    after: (ratio: number) => `개(${ratio}배).`,
  },
  output: '출력',
  fitAria: 'maxout 유닛이 학습한 구간별 선형 함수, 그 조각들, 그리고 목표 함수',
  iteration: '반복',
  mse: '평균 제곱 오차',
  mseAria: '반복에 따른 maxout 유닛의 근사 오차',
  caption: (k: number) =>
    `maxout 유닛 하나, 곧 y = (w·x + b) 조각 ${k}개의 최댓값을 [−2, 2] 구간에서 목표 함수에 맞춘다(Adam, 전체 배치, 학습률 0.05). 직선들의 최댓값은 언제나 볼록하므로, 볼록하지 않은 목표 함수는 유닛 하나로 표현할 수 없다.`,
  final: (mse: string, live: string) => `최종 오차 ${mse}. 이 유닛은 입력의 ${live}에서 매개변수에 기울기를 전달했다.`,
  piecesCaption: '각 조각의 기울기, 절편, 그리고 입력 201개 가운데 그 조각이 최댓값이 되는 입력의 수',
  piecesColumns: {
    piece: '조각',
    slope: '기울기 w',
    intercept: '절편 b',
    wins: '최댓값이 되는 입력 수',
  },
  fitCaption: '목표 함수와 학습된 출력(입력 하나 걸러 하나씩)',
  fitColumns: {
    target: '목표',
    fit: 'maxout 출력',
  },
} satisfies Translation<typeof en>;
