import type en from '../../en/demos/BnLr';
import type { Translation } from '../../types';

export default {
  title: '학습률은 얼마나 클 수 있는가, BN이 있을 때와 없을 때',
  params: {
    iters: '반복 횟수',
    train: '훈련 이미지 수',
    layers: '은닉층 수',
    thr: '학습 판정 기준',
    thrHint: '학습했다고 보는 최종 훈련 정확도',
  },
  withBn: 'BN 있음',
  withoutBn: 'BN 없음',
  threshold: '기준',
  markerBn: 'BN 있음',
  markerPlain: 'BN 없음',
  yes: '예',
  no: '아니요',
  divergedAt: (iteration: number | null) => `예, 반복 ${iteration}회째`,
  pressRun: (iterations: number) =>
    `실행을 누르면 반복 ${iterations}회짜리 훈련 14개가 돌아간다(그러면 진행 표시줄이 이 컴퓨터에서 걸리는 시간을 알려 준다).`,
  diverged: (k: number) =>
    `훈련 ${k}개가 발산해(손실이 NaN 또는 무한대가 됨) 정확도 0에 그렸다. 학습률이 너무 크면 이렇게 된다.`,
  xLabel: '학습률',
  yLabel: '최종 훈련 정확도',
  aria: 'SGD 학습률에 따른 최종 훈련 정확도, 배치 정규화가 있을 때와 없을 때',
  largest: (threshold: string) => `아직 학습되는 가장 큰 학습률(정확도가 ${threshold}보다 높고 발산하지 않음):`,
  largestBn: (lr: string) => `BN 있음 ${lr}`,
  largestPlain: (lr: string) => `BN 없음 ${lr}`,
  none: '없음',
  caption: (architecture: string, trainSize: string, iterations: number) =>
    `${architecture} ReLU 신경망, He 초기화, 기본 SGD, MNIST 훈련 이미지 앞쪽 ${trainSize}장에서 뽑은 50개짜리 배치. 학습률 0.01, 0.0316, …, 10에서 각각 ${iterations}회 반복해 훈련한다. 한 학습률의 두 신경망은 같은 가중치에서 출발하고 같은 배치를 본다.`,
  finalCaption: '학습률별 최종 훈련 정확도, BN 있음과 없음',
  lossCaption: '각 실행의 훈련 손실',
  columns: {
    lr: '학습률',
    bn: '배치 정규화',
    accuracy: '최종 훈련 정확도',
    diverged: '발산',
    iteration: '반복',
    loss: '훈련 손실',
  },
} satisfies Translation<typeof en>;
