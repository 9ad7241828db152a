import type en from '../../en/demos/ActRace';
import type { Translation } from '../../types';

export default {
  title: '수렴 경주',
  progressUnit: '반복 (모든 네트워크 합계)',
  params: {
    lr: '학습률',
    hidden: '은닉 유닛 수',
    layers: '은닉층 수',
    init: '가중치 초기화',
    initOptions: { xavier: 'Xavier (1/√n_in)', he: 'He (√(2/n_in))', small: 'N(0, 0.01²)' },
    iters: '반복 횟수',
    thr: '손실 임계값',
    seeds: '시드 수',
  },
  acts: {
    sigmoid: '시그모이드',
    tanh: 'tanh',
    relu: 'ReLU',
    leaky_relu: 'Leaky ReLU',
    elu: 'ELU',
    gelu: 'GELU',
  },
  activations: '활성화 함수',
  threshold: '임계값',
  tickOne: '활성화 함수를 하나 이상 선택한다.',
  pressRun: (networks: number, iterations: number) =>
    `▶ 실행을 누르면 경주가 시작된다. 신경망 ${networks}개를 나란히 학습시키며, 반복은 모두 합쳐 ${iterations}회다. 느린 컴퓨터에서는 시간이 꽤 걸리며, 곡선은 학습이 진행되는 대로 채워진다.`,
  diverged: (which: string) => `일부 실행이 발산했다(손실이 NaN이나 무한대가 되었다): ${which}. 학습률을 낮춰 보라.`,
  iteration: '반복',
  trainingLoss: '훈련 손실',
  lossAria: '반복에 따른 각 활성화 함수의 훈련 손실과 임계값 표시',
  caption: (arch: string, seed: number | null) =>
    `MNIST 훈련 이미지 2,000장으로 학습하는 ${arch} 신경망. 단순 SGD, 배치 32이며, 모든 활성화 함수가 같은 초기 가중치와 같은 배치 순서를 쓴다. 손실은 반복 10회마다 훈련 이미지 1,000장에서 잰다${seed === null ? '' : `(곡선: 시드 ${seed})`}.`,
  median: (threshold: number, list: string) => `손실 ${threshold}에 도달하기까지의 반복 횟수 중앙값: ${list}.`,
  summaryCaption: '손실 임계값에 도달하기까지의 반복 횟수: 시드별 값, 중앙값, ReLU 대비 비율',
  summaryColumns: {
    activation: '활성화 함수',
    seed: (seed: number) => `시드 ${seed}`,
    median: '반복 횟수 중앙값',
    ratio: 'ReLU 대비 비율',
  },
  curvesCaption: '손실 곡선',
  curvesColumns: {
    seed: '시드',
    iteration: '반복',
    loss: (act: string) => `손실(${act})`,
  },
} satisfies Translation<typeof en>;
