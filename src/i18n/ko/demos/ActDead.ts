import type en from '../../en/demos/ActDead';
import type { Translation } from '../../types';

export default {
  title: '죽은 ReLU',
  params: {
    act: '활성화 함수',
    actOptions: { relu: 'ReLU', leaky_relu: 'Leaky ReLU', prelu: 'PReLU(α 학습)' },
    lr: '학습률',
    bias: '편향 초기값',
    alpha: '음수 쪽 기울기 α',
    alphaHint: 'Leaky ReLU의 기울기, PReLU의 초기 기울기(ReLU는 무시한다)',
    hidden: '은닉 유닛 수',
    iters: '반복 횟수',
    example: '예제 이미지',
  },
  series: {
    dead: '죽음(모든 이미지에서 출력도 기울기도 0)',
    inactive: '비활성(모든 이미지에서 z ≤ 0)',
    off: '꺼짐, 이미지별 평균',
    revived: '지금까지 되살아난 유닛',
    loss: '훈련 손실',
  },
  status: {
    on: '이 이미지에서 켜짐',
    offHere: '이 이미지에서만 꺼짐',
    dead: '죽음: 모든 이미지에서 꺼짐',
    inactive: '모든 이미지에서 비활성(기울기는 여전히 받음)',
  },
  diverged:
    '학습이 발산해(손실이 NaN이나 무한대가 되었다) 멈췄다. 학습률을 낮춰 보라. PReLU는 학습되는 기울기 때문에 ReLU보다 낮은 학습률에서도 발산한다.',
  iteration: '반복',
  fractionOfUnits: '은닉 유닛의 비율',
  fractionAria: '학습 중 죽은 유닛, 비활성 유닛, 이미지별로 꺼진 유닛, 되살아난 유닛의 비율',
  trainingLoss: '훈련 손실',
  lossAria: '반복에 따른 훈련 손실',
  unitsTitle: (image: number, on: number, offHere: number, all: number, allWhat: string) =>
    `이미지 ${image}에 대한 은닉 유닛: 켜짐 ${on}개, 이 이미지에서만 꺼짐 ${offHere}개, ${allWhat} ${all}개`,
  deadForAll: '모든 이미지에서 죽음',
  inactiveOnAll: '모든 이미지에서 비활성',
  stripAria: (hidden: number, image: number) => `이미지 ${image}에 대한 은닉 유닛 ${hidden}개 각각의 상태`,
  unitTitle: (unit: number, status: string) => `유닛 ${unit}: ${status}`,
  slopes: (mean: string, min: string, max: string, start: number) =>
    `학습된 기울기 α: 평균 ${mean}, 범위 ${min}–${max}(초기값 ${start}).`,
  caption: (hidden: number) =>
    `784-${hidden}-10 신경망, He 초기화, MNIST 이미지 1,000장에서 배치 32의 단순 SGD. 반복 10회마다 각 은닉 유닛을 이미지 1,000장 모두에서 검사한다.`,
  atEnd: (dead: string, inactive: string, revived: string, accuracy: string) =>
    `학습이 끝났을 때: 죽은 유닛 ${dead}, 모든 이미지에서 비활성인 유닛 ${inactive}, 되살아난 유닛 ${revived}, 훈련 정확도 ${accuracy}.`,
  fractionsCaption: '반복에 따른 유닛 비율, 평균 기울기, 손실, 정확도',
  fractionsColumns: {
    iteration: '반복',
    dead: '죽음',
    inactive: '비활성',
    off: '이미지별 꺼짐',
    revived: '되살아남',
    alpha: '평균 α',
    loss: '손실',
    acc: '정확도',
  },
  unitsCaption: (image: number) => `이미지 ${image}에 대한 각 은닉 유닛`,
  unitsColumns: {
    unit: '유닛',
    status: '상태',
    alpha: '학습된 α(PReLU)',
  },
} satisfies Translation<typeof en>;
