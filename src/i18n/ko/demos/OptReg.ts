import type en from '../../en/demos/OptReg';
import type { Translation } from '../../types';

export default {
  title: '예제 300개에 과적합하기, 그리고 두 가지 처방',
  params: {
    lambda: '가중치 감소 λ',
    p: '드롭아웃 p (드롭 확률)',
    epochs: '에폭 수',
    hidden: '은닉 유닛 수',
    layers: '은닉층 수',
    lr: 'Adam 학습률',
  },
  epochsUnit: '에폭 (세 네트워크 합계)',
  variants: ['규제 없음', '가중치 감소', '드롭아웃'],
  train: (variant: string) => `${variant}: 훈련`,
  test: (variant: string) => `${variant}: 시험`,
  idle: {
    before: '세 신경망을 학습시키려면 ',
    run: '실행',
    after:
      '을 누른다. 시작하면 진행 막대가 이 컴퓨터에서 얼마나 걸리는지 알려 준다. 에폭이나 은닉 유닛을 줄이면 더 빨리 끝난다.',
  },
  diverged: '한 실행이 발산했다(손실이 NaN이나 무한대). 그 곡선은 거기서 멈춘다. 학습률을 낮춘다.',
  gap: (train: string, test: string) => `차이: 훈련 ${train} − 시험 ${test}`,
  epoch: '에폭',
  accuracy: '정확도',
  accuracyAria: '에폭에 따른 훈련(실선)·시험(점선) 정확도: 규제 없음, 가중치 감소, 드롭아웃',
  caption: (widths: string, lr: number) =>
    `Adam(η = ${lr}, 배치 크기 50)으로 훈련용 숫자 이미지 단 300개에 학습시킨 784-${widths}-10 ReLU 신경망. 실선은 훈련 정확도, 점선은 시험용 숫자 이미지 1,000개에 대한 정확도다. 세 실행은 같은 가중치에서 출발해 같은 미니배치를 본다. 위의 수치는 가장 최근의 차이(훈련 − 시험)이고, 요약 표는 평가 결과 중 마지막 4분의 1을 평균한다.`,
  tableCaption: '에폭에 따른 훈련·시험 정확도',
  columns: {
    epoch: '에폭',
    noneTrain: '규제 없음 훈련',
    noneTest: '규제 없음 시험',
    decayTrain: '가중치 감소 훈련',
    decayTest: '가중치 감소 시험',
    dropoutTrain: '드롭아웃 훈련',
    dropoutTest: '드롭아웃 시험',
  },
  summaryCaption: '요약: 평가 결과 중 마지막 4분의 1의 평균',
  summaryColumns: {
    variant: '변형',
    train: '훈련 정확도',
    test: '시험 정확도',
    gap: '차이',
  },
  decayVariant: (lambda: number | undefined) => `가중치 감소 λ = ${lambda}`,
  dropoutVariant: (p: number | undefined) => `드롭아웃 p = ${p}`,
} satisfies Translation<typeof en>;
