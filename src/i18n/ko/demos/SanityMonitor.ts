import type en from '../../en/demos/SanityMonitor';
import type { Translation } from '../../types';

export default {
  title: '지켜보기: 정확도 격차와 갱신 비율',
  params: {
    n: '훈련 이미지 수',
    hidden: '은닉 유닛 수',
    lr: '학습률',
    lambda: 'L2 강도 λ',
    steps: '스텝 수',
  },
  unit: '스텝',
  diverged: (at: number | null) => `스텝 ${at}에서 발산했다(NaN/Inf). 학습률이 너무 높다.`,
  gap: (step: number, points: string, train: string, val: string) =>
    `스텝 ${step}에서의 격차: ${points}퍼센트포인트(훈련 ${train}, 검증 ${val}). `,
  overfitting: '과적합이다. 데이터를 늘리거나, L2나 드롭아웃을 쓰거나, 일찍 멈춘다.',
  noGap: '격차가 거의 없다. 모델 용량을 더 키워도 된다.',
  best: (acc: string, step: number) => ` 가장 높은 검증 정확도는 스텝 ${step}의 ${acc}이다(조기 종료 지점).`,
  train: '훈련',
  validation: '검증',
  step: '스텝',
  accuracy: '정확도',
  earlyStop: '조기 종료',
  accuracyAria: '훈련 정확도와 검증 정확도',
  layer: (k: number) => `${k}층`,
  ratioAria: '층별 갱신 대 가중치 비율',
  caption: (hidden: number, lr: number, lambda: number, n: number) =>
    `784 → ${hidden} ReLU → 10, 학습률 ${lr}의 Adam, L2 ${lambda}. 첫 훈련 이미지 ${n}장으로 훈련하고, 따로 떼어 둔 1,000장으로 검증한다. 비율은 두 측정 지점 사이 스텝들의 중앙값이다.`,
  tableCaption: '스텝에 따른 정확도와 갱신 비율',
  columns: {
    step: '스텝',
    train: '훈련 정확도',
    val: '검증 정확도',
    gap: '격차',
    r1: '1층 비율',
    r2: '2층 비율',
  },
} satisfies Translation<typeof en>;
