import type en from '../../en/demos/BnSweep';
import type { Translation } from '../../types';

export default {
  title: '초기 스케일 16가지, BN이 있을 때와 없을 때',
  params: {
    epochs: '에폭 수',
    train: '훈련 이미지 수',
    lr: '학습률',
    scales: '스케일 수',
    scalesHint: '1부터 10⁻⁴까지 로그 간격',
    thr: '학습 판정 기준',
    thrHint: '학습했다고 보는 훈련 정확도',
  },
  withBn: 'BN 있음',
  withoutBn: 'BN 없음',
  yes: '예',
  no: '아니요',
  pressRun: (runs: number, iterations: string) =>
    `실행을 누르면 반복 ${iterations}회짜리 훈련 ${runs}개가 백그라운드 스레드에서 돌아간다. 그러면 진행 표시줄이 이 컴퓨터에서 걸리는 시간을 알려 주고, 차트는 진행에 따라 채워지며, 일시 정지를 누르면 멈춘다.`,
  diverged: (k: number, which: string) => `훈련 ${k}개가 발산해(손실이 NaN 또는 무한대) 멈췄다: ${which}.`,
  divergedRun: (scale: string, bn: boolean) => `스케일 ${scale}, ${bn ? 'BN 있음' : 'BN 없음'}`,
  panel: (scale: string) => `스케일 ${scale}`,
  xLabel: '에폭',
  yLabel: '훈련 정확도',
  aria: '에폭에 따른 훈련 정확도. 가중치 스케일마다 패널 하나이며 모두 같은 축을 쓴다. 실선은 BN 있음, 점선은 BN 없음',
  soFar: (finished: number, total: number) => `지금까지(스케일 ${total}개 가운데 ${finished}개 완료, 실행 중): `,
  after: (epochs: number, threshold: string) => `에폭 ${epochs}회 뒤 훈련 정확도가 ${threshold}보다 높은 스케일:`,
  learnedBn: (k: number, of: number) => `BN 있음 ${of}개 가운데 ${k}개`,
  between: ', ',
  learnedPlain: (k: number, of: number) => `BN 없음 ${of}개 가운데 ${k}개`,
  end: '.',
  plainAhead: (scales: string) => `BN 없는 신경망이 더 높은 정확도로 끝난 스케일: ${scales}.`,
  caption: (lr: number, trainSize: string) =>
    `784-100-100-100-100-100-10 ReLU 신경망, 모든 가중치 ~ N(0, 스케일²), 학습률 ${lr}의 기본 SGD, MNIST 훈련 이미지 앞쪽 ${trainSize}장에서 뽑은 100개짜리 배치. 매 에폭이 끝날 때마다 그 이미지들에 대한 정확도를 추론 모드(BN은 이동 통계량을 쓴다)로 잰다. 한 스케일의 두 신경망은 같은 가중치에서 출발하고 같은 배치를 본다.`,
  finalCaption: '스케일별 최종 훈련 정확도, BN 있음과 없음',
  curvesCaption: '매 에폭 뒤의 훈련 정확도, 스케일별, BN 있음과 없음',
  columns: {
    scale: '가중치 스케일',
    bn: '배치 정규화',
    epoch: '에폭',
    iteration: '반복',
    accuracy: '훈련 정확도',
    finalBn: 'BN 있을 때 최종 정확도',
    finalPlain: 'BN 없을 때 최종 정확도',
  },
} satisfies Translation<typeof en>;
