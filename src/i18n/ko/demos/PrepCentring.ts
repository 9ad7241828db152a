import type en from '../../en/demos/PrepCentring';
import type { Translation } from '../../types';

export default {
  title: '원시 입력과 0 중심 입력: 목표 손실까지의 반복 횟수',
  params: {
    data: '데이터',
    dataOptions: { spiral: '나선형, 오프셋만큼 이동', mnist: 'MNIST 픽셀' },
    offset: '오프셋',
    offsetHint: '나선형 데이터에만 적용',
    act: '활성화 함수',
    actOptions: { tanh: 'tanh', relu: 'ReLU', sigmoid: '시그모이드' },
    lr: '학습률',
    iters: '반복 횟수',
    thr: '손실 임계값',
  },
  diverged: (raw: boolean, centred: boolean) =>
    `학습이 발산했다(손실이 NaN이나 무한대가 되었다): ${[raw ? '원시 입력' : '', centred ? '0 중심 입력' : ''].filter((s) => s).join(', ')}. 학습률을 낮춰 보라.`,
  series: {
    rawPixels: '원시 픽셀([0, 1] 범위)',
    raw: (offset: number) => `원시 입력(오프셋 ${offset})`,
    centred: '0 중심 입력',
    threshold: '임계값',
  },
  iteration: '반복',
  trainingLoss: '훈련 손실',
  chartAria: '원시 입력과 0 중심 입력에서 학습한 훈련 손실, 그리고 임계값',
  captionMnist: (act: string) =>
    `MNIST 이미지 2,000장으로 학습하는 784-50-10 ${act} 신경망. 픽셀은 [0, 1] 범위 그대로이거나 훈련 데이터의 평균 이미지를 뺀 값이다.`,
  captionSpiral: (hidden: number, act: string, offset: number) =>
    `팔이 셋인 나선형 데이터(300점)를 중심이 (${offset}, ${offset})에 오도록 옮긴 입력과 다시 0 중심으로 되돌린 입력으로 학습하는 2-${hidden}-3 ${act} 신경망.`,
  captionCommon: '최적화는 기본 SGD, 배치 크기 32이며, 두 경우 모두 같은 초기 가중치와 같은 배치 순서를 쓴다.',
  reached: (threshold: number, raw: string, centred: string) =>
    `손실 ${threshold}에 이르기까지의 반복 횟수: 원시 입력 ${raw}, 0 중심 입력 ${centred}.`,
  notWithin: (iterations: number) => `${iterations}회 안에 도달하지 못함`,
  summary: {
    caption: '임계값에 이르기까지의 반복 횟수',
    columns: { inputs: '입력', iters: '임계값까지의 반복 횟수', final: '최종 손실' },
    raw: '원시',
    centred: '0 중심',
  },
  curves: {
    caption: '반복에 따른 훈련 손실',
    columns: { iteration: '반복', raw: '손실(원시)', centred: '손실(0 중심)' },
  },
} satisfies Translation<typeof en>;
