import type en from '../../en/demos/SanityOverfit';
import type { Translation } from '../../types';

export default {
  title: '먼저 작은 부분집합에 과적합시키기',
  params: {
    n: '훈련 이미지 수',
    lr: '학습률',
    steps: '스텝 수',
    scale: '입력 척도',
    scaleOptions: { centered: '0 중심 (0–1)', unit: '0–1 (0 중심 아님)', raw: '밝기 값: 0 중심, ×255' },
  },
  scaleWords: { centered: '0 중심', unit: '0–1', raw: '밝기 값' },
  unit: '스텝',
  diverged: (at: number | null, scale: string) =>
    `스텝 ${at}에서 발산했다. 손실이 NaN이나 무한대가 되었다. ${scale} 입력에 비해 학습률이 너무 높다.`,
  reached: (examples: number, at: number, loss: string) =>
    `스텝 ${at}부터 이미지 ${examples}장을 모두 맞힌다. 최종 손실 ${loss}.`,
  notReached: (accuracy: string, steps: number) =>
    `과적합되지 않는다: ${steps}스텝 뒤의 정확도 ${accuracy}. 일반화할 대상이 없으니, 신경망과 학습률이 정상이라면 100%에 이르러야 한다.`,
  loss: '손실',
  accuracy: '정확도',
  step: '스텝',
  trainingLoss: '훈련 손실',
  trainingAccuracy: '훈련 정확도',
  lossAria: '작은 부분집합에서의 훈련 손실',
  accuracyAria: '작은 부분집합에서의 훈련 정확도',
  caption: (lr: number, examples: number, scale: string) =>
    `784 → 50 ReLU → 10, He 초기화, 첫 훈련 이미지 ${examples}장(${scale} 입력)에 대해 학습률 ${lr}의 전체 배치 SGD, 규제 없음.`,
  tableCaption: '스텝에 따른 손실과 훈련 정확도',
  columns: { step: '스텝', loss: '손실', accuracy: '정확도' },
} satisfies Translation<typeof en>;
