import type en from '../../en/demos/BnTestmode';
import type { Translation } from '../../types';

export default {
  title: '시험 시점: 이동 통계량인가, 배치 자신의 통계량인가',
  params: {
    iters: '훈련 반복 횟수',
    tb: '시험 배치 크기',
    tbHint: '섞인 배치와 한 클래스 배치에 쓴다',
    lr: '학습률',
  },
  modes: {
    running: '이동 통계량(추론 모드)',
    batch: '섞인 시험 배치의 통계량',
    one: '이미지 하나짜리 배치의 통계량',
    oneClass: '한 클래스로만 이루어진 배치의 통계량',
  },
  trainingLoss: '훈련 손실',
  anyBatch: '상관없음',
  diverged: '훈련이 발산했다(손실이 NaN 또는 무한대가 됨). 학습률을 낮춰라.',
  barsAria: '정규화 방식별 시험 정확도',
  barsHead: '따로 떼어 둔 이미지 1,000장에 대한 시험 정확도',
  wait: '훈련 중… 훈련이 끝나면 정확도가 나타난다.',
  xLabel: '반복',
  yLabel: '훈련 손실',
  lossAria: '반복에 따른 BN 신경망의 훈련 손실',
  note: (distinct: string, testBatch: number, spread: string, flipped: string) =>
    `이미지 하나짜리 배치는 모든 이미지에 같은 클래스를 예측한다(서로 다른 클래스 ${distinct}개). 훈련 모드에서는 한 이미지의 점수가 같은 배치에 든 다른 이미지들에도 좌우된다. 크기 ${testBatch}인 무작위 배치 8개에 걸쳐 그 점수는 평균 ${spread}만큼(표준편차) 움직이고, 조사한 이미지 20장 가운데 ${flipped}의 예측 클래스가 바뀐다.`,
  caption: (iterations: number, lr: number) =>
    `각 ReLU 앞에 BatchNorm을 둔 784-100-100-10 ReLU 신경망을 ${iterations}회 반복 훈련한 뒤(모멘텀 0.9의 SGD, 학습률 ${lr}, 훈련 이미지 2,000장에서 뽑은 50개짜리 배치), 시험 이미지 앞쪽 1,000장에서 네 가지 방식으로 평가한다.`,
  tableCaption: '정규화 통계량의 출처별 시험 정확도',
  columns: {
    mode: '정규화에 쓴 통계량',
    batch: '배치 크기',
    accuracy: '시험 정확도',
    distinct: '예측된 클래스 수',
  },
} satisfies Translation<typeof en>;
