import type en from '../../en/demos/OptDropout';
import type { Translation } from '../../types';

export default {
  title: '드롭아웃: 학습 때는 솎아 낸 신경망들, 시험 때는 신경망 하나',
  params: {
    p: '드롭 확률 p',
    masks: '평균할 솎아 낸 신경망 수',
  },
  progressUnit: '스텝, 이어서 마스크',
  without: '드롭아웃 없음',
  withDropoutSeries: (p: number) => `드롭아웃 p = ${p} (시험 시)`,
  stepAxis: '훈련 스텝',
  testAxis: '시험 정확도',
  testAria: '드롭아웃 없이 학습한 신경망과 드롭아웃으로 학습한 신경망의 학습 중 시험 정확도',
  maps: {
    plainAria: '드롭아웃 없이 학습한 신경망의 결정 영역과 훈련 데이터 점',
    single: '솎아 낸 신경망 하나',
    singleAria: '훈련 스텝에서처럼 무작위 드롭아웃 마스크 하나를 쓴 드롭아웃 신경망의 결정 영역',
    average: (masks: number) => `솎아 낸 신경망 ${masks}개의 평균`,
    averageAria: '솎아 낸 신경망들이 예측한 확률의 평균으로 정한 결정 영역',
    testTime: '드롭아웃, 시험 시',
    testTimeAria: '시험 시 드롭아웃 신경망의 결정 영역: 모든 유닛을 남기고 아무것도 다시 조정하지 않는다',
  },
  stats: {
    agreement: (masks: number) =>
      `시험 시 신경망과 솎아 낸 신경망 ${masks}개의 평균이 같은 클래스를 예측하는 비율은 시험 점 600개 가운데 `,
    single: (single: string) => `이다. 솎아 낸 신경망 하나가 시험 시 신경망과 일치하는 비율은 ${single}이다.`,
    maskMean: (within: string, masks: number, expected: string) =>
      `마스크에 대해 평균하면, 첫 번째 드롭아웃 층의 조정된 출력과 시험 시 출력의 차이는 ${within} 이내다(마스크 ${masks}개의 표본 오차는 ${expected}).`,
    gaps: (train: string, test: string, gap: string, dropTrain: string, dropTest: string, dropGap: string) =>
      `드롭아웃 없이: 훈련 ${train}, 시험 ${test}, 차이 ${gap}. 드롭아웃을 쓰고 시험 시에: 훈련 ${dropTrain}, 시험 ${dropTest}, 차이 ${dropGap}.`,
  },
  caption:
    '2 → 64 → 64 → 3 ReLU 신경망이 잡음 섞인 나선형 데이터 75점(팔마다 25점, 점으로 표시)을 같은 가중치와 같은 미니배치로 두 번 학습한다. 한 번은 그대로, 한 번은 역 드롭아웃(각 은닉층 뒤에 드롭 확률 p)을 써서 학습한다. 지도는 평면의 각 점에서 예측한 클래스를 보여 주며, 신경망이 더 확신하는 곳일수록 색이 진하다. 솎아 낸 신경망 하나는 훈련 스텝에서처럼 무작위 마스크 하나를 쓴 드롭아웃 신경망이다.',
  rows: {
    testTime: (p: number) => `드롭아웃 p = ${p}, 시험 시 (모든 유닛, 조정 없음)`,
    single: '솎아 낸 신경망 하나 (마스크에 대한 평균)',
  },
  tableCaption: '신경망의 각 형태별 정확도, 그리고 시험 시 신경망과 같은 예측을 하는 비율',
  columns: {
    net: '신경망',
    train: '훈련 정확도',
    test: '시험 정확도',
    gap: '차이',
    agree: '시험 시 신경망과 같은 클래스',
  },
} satisfies Translation<typeof en>;
