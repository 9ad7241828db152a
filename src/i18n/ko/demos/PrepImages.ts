import type en from '../../en/demos/PrepImages';
import type { Translation } from '../../types';

export default {
  title: '평균 이미지와 채널별 평균',
  params: {
    n: '훈련 이미지 수',
    clf: '분류기',
    clfOptions: { linear: '선형(소프트맥스 회귀)', relu: 'ReLU 유닛 16개 뒤에 소프트맥스' },
    lr: '학습률',
    steps: '스텝 수',
  },
  inputs: {
    none: '원시 픽셀',
    channel: '채널별 평균을 뺀 입력',
    image: '평균 이미지를 뺀 입력',
  },
  shapes: {
    disc: '원판',
    ring: '고리',
    square: '정사각형',
    frame: '사각 테두리',
    triangle: '삼각형',
    'inverted triangle': '역삼각형',
    plus: '더하기 기호',
    cross: '곱하기 기호',
    'horizontal bar': '가로 막대',
    'vertical bar': '세로 막대',
  },
  channels: { red: '빨강', green: '초록', blue: '파랑' },
  perChannel: (channel: string) => `채널별 평균: ${channel}`,
  meanImageLargest: '평균 이미지: 세 채널 중 가장 큰 값',
  meanImageLabel: '평균 이미지(AlexNet이 빼는 값)',
  meanImageAria: '훈련 이미지의 평균: 위쪽은 파란 하늘, 아래쪽은 초록 땅, 흐릿한 지평선, 가운데에 희미한 얼룩이 보인다',
  swatchAria: '훈련 이미지의 평균 색',
  channelMeans: '채널별 평균(VGG가 빼는 값):',
  leftoverLabel: '채널별 평균을 빼도 평균적으로 남는 것(×2, 회색이 0)',
  leftoverAria: '평균 이미지에서 채널별 평균을 뺀 것: 지평선 위쪽은 평균보다 더 파랗고 아래쪽은 덜 파랗다',
  examplesAria: '훈련 이미지 네 장: 원시 이미지와 각 뺄셈을 거친 이미지',
  greyIsZero: ' (회색이 0)',
  exampleAria: (i: number, shape: string, input: string) => `훈련 이미지 ${i}번(${shape}), ${input}`,
  rowLabel: '이미지 행(1 = 맨 위)',
  meanLeft: '남은 평균(명암 단계)',
  profileAria:
    '채널별 평균을 뺀 뒤 이미지의 각 행에 남은 평균: 파랑 채널이 하늘 행에서는 0보다 한참 크고 땅 행에서는 0보다 작다. 평균 이미지를 빼면 모든 행에서 0이다',
  raceTitle: '세 가지 입력으로 학습하기',
  pressRun: (steps: number) =>
    `실행을 누르면 같은 분류기를 같은 가중치에서 출발시켜 세 가지 입력으로 학습시킨다(각각 약 ${steps}스텝, 몇 초 걸린다).`,
  diverged: '학습이 발산해(손실이 NaN이나 무한대가 되어) 멈췄다. 학습률을 낮춰 보라.',
  step: '스텝',
  trainingLoss: '훈련 손실',
  raceAria: '원시 입력, 채널별 평균을 뺀 입력, 평균 이미지를 뺀 입력으로 학습한 같은 분류기의 훈련 손실',
  classifiers: { linear: '선형 소프트맥스 분류기', relu: '3,072-16-10 ReLU 신경망' },
  caption: (n: string, classifier: string, lr: number) =>
    `생성한 훈련 이미지 ${n}장과 홀드아웃 이미지 200장. 크기는 32×32×3, 값은 0–255 범위이며, 모든 통계량은 훈련 이미지에서 구한다. 경주에서 학습하는 모델은 ${classifier}. 입력은 255로 나누고, 기본 SGD(학습률 ${lr}, 배치 크기 32)로 학습하며, 손실은 훈련 이미지 300장에서 잰다.`,
  stats: {
    caption:
      '각 뺄셈이 남기는 것: 훈련 이미지와 홀드아웃 이미지에 남은 평균(3,072개 위치에 걸친 RMS), 남은 것 전체의 RMS, 가장 큰 값',
    columns: {
      input: '입력',
      train: '남은 평균, 훈련',
      test: '남은 평균, 홀드아웃',
      spread: '남은 것 전체의 RMS',
      max: '가장 큰 |값|',
    },
  },
  rows: {
    caption: '채널별 평균을 뺀 경우와 평균 이미지를 뺀 경우, 각 행에 남은 채널별 평균',
    columns: {
      row: '행',
      cr: '채널별 평균: 빨강',
      cg: '채널별 평균: 초록',
      cb: '채널별 평균: 파랑',
      ir: '평균 이미지: 빨강',
      ig: '평균 이미지: 초록',
      ib: '평균 이미지: 파랑',
    },
  },
  race: {
    caption: '스텝에 따른 세 가지 입력의 훈련 손실',
    columns: { step: '스텝', raw: '원시', channel: '채널별 평균', image: '평균 이미지' },
  },
} satisfies Translation<typeof en>;
