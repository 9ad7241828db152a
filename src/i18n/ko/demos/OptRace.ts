import type en from '../../en/demos/OptRace';
import type { Translation } from '../../types';

export default {
  title: 'MNIST에서 벌이는 최적화 기법 경주',
  progressUnit: '반복 (모든 최적화기 합계)',
  optimisers: {
    sgd: 'SGD',
    momentum: '모멘텀',
    nesterov: 'Nesterov',
    adagrad: 'AdaGrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
  },
  params: {
    rate: (optimiser: string) => `η ${optimiser}`,
    iters: '반복 횟수',
    hidden: '은닉 유닛 수',
    layers: '은닉층 수',
    batch: '배치 크기',
  },
  racers: '최적화 기법과 학습률',
  idle: {
    before: '경주를 시작하려면 ',
    run: '실행',
    after:
      '을 누른다. 최적화 기법마다 신경망을 하나씩 백그라운드 스레드에서 MNIST로 학습시킨다. 시작하면 진행 막대가 이 컴퓨터에서 얼마나 걸리는지 알려 준다.',
  },
  noRacers: '경주를 시작하려면 최적화 기법을 하나 이상 켠다.',
  diverged: (optimiser: string, at: number | null, lr: number) =>
    `${optimiser}: ${at}번째 반복에서 발산했다(손실이 NaN이나 무한대가 되었다). 학습률이 너무 높다(η = ${lr}). 곡선은 거기서 끝난다.`,
  iteration: '반복',
  lossAxis: '훈련 손실 (미니배치 10개 평균)',
  lossAria: '반복에 따른 최적화 기법별 훈련 손실',
  caption: (widths: string, batch: number) =>
    `784-${widths}-10 ReLU 신경망(He 초기화). 모든 최적화 기법이 같은 초기 가중치에서 출발해 같은 미니배치(크기 ${batch})를 보며, 강좌의 훈련용 숫자 이미지 7,996개로 학습한다. 각 점은 반복 10번에 걸친 미니배치 손실의 평균이다.`,
  slowest: (iterations: number, optimiser: string, loss: string) =>
    `반복 ${iterations}회 뒤 가장 느린 기법: ${optimiser} (마지막 4분의 1 구간의 평균 손실 ${loss}).`,
  tableCaption: '반복에 따른 훈련 손실 (최적화 기법마다 한 열)',
  columns: {
    iteration: '반복',
    loss: (optimiser: string) => `${optimiser} 손실`,
  },
  summaryCaption:
    '요약: 마지막 4분의 1 구간의 평균 손실, 손실이 처음으로 0.5 아래가 된 반복, 시험 이미지 1,000개에 대한 정확도',
  summaryColumns: {
    optimiser: '최적화 기법',
    lr: 'η',
    tailLoss: '마지막 4분의 1 구간 손실',
    toHalf: '손실 < 0.5까지 반복 수',
    testAccuracy: '시험 정확도',
    diverged: '발산',
  },
  notReached: '도달하지 못함',
  divergedAt: (at: number | null) => `${at}번째 반복에서`,
  notDiverged: '없음',
} satisfies Translation<typeof en>;
