import type en from '../../en/demos/IntroTrain';
import type { Translation } from '../../types';

export default {
  title: '신경망이 나선형 데이터를 학습한다',
  params: {
    hidden: '은닉 유닛 수',
    act: '활성화 함수',
    lr: '학습률',
    iters: '반복 횟수',
  },
  diverged: (at: number | null) =>
    `${at}번째 반복에서 학습이 발산했다. 손실이 NaN이나 무한대가 되었는데, 거의 언제나 학습률이 너무 높아서다. 학습률을 낮추면 다시 실행된다.`,
  loss: '손실',
  accuracy: '훈련 정확도',
  iteration: '반복',
  lossAria: '반복에 따른 훈련 손실',
  accuracyAria: '반복에 따른 훈련 정확도',
  caption: (hidden: number, act: string, lr: number) =>
    `나선형 데이터 300점에서 학습하는 ${hidden}-${hidden} ${act} 신경망의 훈련 손실(로그 척도)과 정확도. 최적화는 Adam, 학습률 ${lr}.`,
  after: (iteration: number, loss: string, accuracy: string) =>
    `반복 ${iteration}회 후: 손실 ${loss}, 정확도 ${accuracy}.`,
  tableCaption: '반복에 따른 손실과 훈련 정확도',
  columns: { iteration: '반복', loss: '손실', accuracy: '정확도' },
} satisfies Translation<typeof en>;
