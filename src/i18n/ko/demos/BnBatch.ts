import type en from '../../en/demos/BnBatch';
import type { Translation } from '../../types';

export default {
  title: '미니배치 하나를 단계별로',
  params: {
    n: '배치 크기 N',
    feat: '보여 줄 특징',
    featOptions: { 1: '특징 1', 2: '특징 2', 3: '특징 3' },
  },
  undo: '정규화 되돌리기: γ = √(σ²+ε), β = μ',
  outOfRange:
    '이 배치의 μ나 √(σ²+ε)가 슬라이더 범위(±10)를 벗어나서 여기서는 항등 변환을 정확히 설정할 수 없다. 다른 시드를 골라 보라.',
  stepsAria: (feature: number) => `배치의 특징 ${feature}, 단계별 계산(좁은 화면에서는 옆으로 스크롤된다)`,
  stepsCaption: (feature: number, mean: string, variance: string, invStd: string, gamma: string, beta: string) =>
    `특징 ${feature}: μ = ${mean}, σ² = ${variance}, 1/√(σ²+ε) = ${invStd}, γ = ${gamma}, β = ${beta}; x̂ = (x − μ)/√(σ²+ε), y = γx̂ + β`,
  row: '행',
  mean: '평균',
  variance: '분산',
  largestDiff: '세 특징 전체에서 가장 큰 |y − x|:',
  undone: '— 배정밀도 반올림 오차 안에서 0이다. 층이 입력을 그대로 돌려주므로 정규화가 되돌려졌다.',
  changed: '— 층이 입력을 바꾼다.',
  backward: (dgamma: string, dbeta: string) =>
    `역전파: ∂L/∂γ = ${dgamma}; ∂L/∂β = ${dbeta}. 유한 차분과 비교한 ∂L/∂x, ∂L/∂γ, ∂L/∂β의 최대 상대 오차:`,
  caption: (n: number, eps: number) =>
    `특징 3개(평균 2, −1, 0.5; 퍼짐 1.5, 0.3, 3)로 이루어진 행 ${n}개짜리 배치를 강좌의 BatchNorm 층이 훈련 모드에서 정규화한다(ε = ${eps}). 역전파에 쓰는 손실은 고정된 무작위 R에 대해 L = Σ y ⊙ R이므로 ∂L/∂y = R이다.`,
  statsCaption: '특징별 통계량, 매개변수, 기울기',
  rowsCaption: '모든 행: 특징마다 입력, 정규화된 값, 출력, 그 차이',
  columns: {
    row: '행',
    feature: '특징',
    xhatMean: 'x̂의 평균',
    xhatVar: 'x̂의 분산',
    maxDiff: '최대 |y − x|',
  },
} satisfies Translation<typeof en>;
