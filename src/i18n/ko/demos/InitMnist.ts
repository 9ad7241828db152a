import type en from '../../en/demos/InitMnist';
import type { Translation } from '../../types';

export default {
  title: '초기화 세 가지, 신경망 하나, MNIST',
  params: {
    iters: '반복 횟수',
    lr: '학습률',
    batch: '배치 크기',
  },
  inits: { 'std 0.01': '표준편차 0.01', Xavier: 'Xavier', He: 'He' },
  pressRun: {
    before: '',
    run: '실행',
    after: (iterations: string) =>
      `을 누르면 브라우저에서 세 신경망을 학습시킨다(각각 ${iterations}회 반복하며, 시작하면 진행 막대가 이 컴퓨터에서 얼마나 걸리는지 알려 준다). 도중에 일시 정지하거나 멈출 수 있다.`,
  },
  progressUnit: '반복 (세 네트워크 합계)',
  diverged: '학습이 발산해(손실이 NaN이나 무한대가 되어) 중단되었다. 그 실행에는 학습률이 너무 높다.',
  iteration: '반복',
  trainingLoss: '훈련 손실(10개 배치의 평균)',
  chartAria: '반복에 따른 세 가지 초기화의 훈련 손실',
  caption: (lr: number, batch: number) =>
    `강좌의 MNIST 훈련 이미지 7,996장(픽셀 / 255)으로 학습하는 784-100-100-100-100-10 ReLU 신경망. 최적화는 SGD(학습률 ${lr}, 배치 크기 ${batch})이며, 세 신경망 모두 같은 배치를 같은 순서로 쓴다. 표준편차 0.01: 모든 가중치가 N(0, 0.01²). Xavier: N(0, 1/n_in). He: N(0, 2/n_in).`,
  after: (iterations: number, accuracies: string) => `반복 ${iterations}회 후 시험 정확도: ${accuracies}.`,
  lossTable: {
    caption: '10회 반복마다의 평균 훈련 손실',
    iteration: '반복',
  },
  finalTable: {
    caption: '학습이 끝났을 때: 훈련 손실(마지막 50개 배치의 평균), 이미지 2,004장에서 잰 시험 손실과 시험 정확도',
    columns: { init: '초기화', train_loss: '훈련 손실', test_loss: '시험 손실', test_accuracy: '시험 정확도' },
  },
} satisfies Translation<typeof en>;
