import type en from '../../en/demos/SearchRandom';
import type { Translation } from '../../types';

const side = (e: 'low' | 'high') => (e === 'low' ? '아래쪽' : '위쪽');

export default {
  title: '거친 탐색에서 세밀한 탐색으로: 무작위 탐색',
  params: {
    lrLo: 'log10 학습률, 하한',
    lrHi: 'log10 학습률, 상한',
    regLo: 'log10 λ, 하한',
    regHi: 'log10 λ, 상한',
    coarse: '거친 시행 수',
    fine: '세밀한 시행 수',
  },
  unit: '시행',
  stages: { coarse: '거친 탐색', fine: '세밀한 탐색' },
  badRange: '각 범위의 하한은 상한보다 작아야 한다.',
  edge: (lr: 'low' | 'high' | null, lrValue: string, reg: 'low' | 'high' | null, regValue: string) =>
    `거친 단계에서 가장 좋은 시행이 ${lr ? `학습률 범위의 ${side(lr)} 가장자리(lr = ${lrValue})` : ''}${lr && reg ? '와 ' : ''}${reg ? `λ 범위의 ${side(reg)} 가장자리(λ = ${regValue})` : ''}에 놓여 있다. 더 좋은 값이 범위 밖에 있을 수 있다.`,
  moveRange: '범위 옮기기',
  inside: '거친 단계에서 가장 좋은 시행이 두 범위의 안쪽에 있다. 범위는 적절하며, 세밀한 단계는 그 주변을 탐색했다.',
  best: (lr: string, reg: string, acc: string, stage: string) =>
    `최적: lr ${lr}, λ ${reg}, 검증 정확도 ${acc}(${stage} 단계). 탐색이 끝난 뒤 한 번만 계산한 이 선택의 시험 정확도: `,
  bestAfter: '.',
  learningRate: '학습률',
  l2: 'L2 강도 λ',
  coarseRange: '거친 탐색 범위',
  fineRange: '세밀한 탐색 범위',
  bestMarker: (acc: string) => `최적 ${acc}`,
  planeAria: '학습률과 L2 강도 평면에 놓인 시행들. 표시가 클수록 검증 정확도가 높다',
  validationAccuracy: '검증 정확도',
  accuracyAria: '학습률에 따른 각 시행의 검증 정확도',
  caption:
    '시행마다 784 → 50 ReLU → 10 신경망을 훈련 이미지 1,000장에서 SGD로 150스텝 훈련하고, 검증 이미지 1,000장으로 점수를 매긴다. 표시의 크기는 검증 정확도에 따라 커진다. 지수를 균등하게 뽑으므로 학습률과 강도는 로그 균등 분포를 따른다.',
  tableCaption: '모든 시행',
  columns: {
    trial: '시행',
    stage: '단계',
    lr: '학습률',
    acc: '검증 정확도',
  },
  diverged: '발산',
} satisfies Translation<typeof en>;
