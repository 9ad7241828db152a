import type en from '../../en/demos/ActCloud';
import type { Translation } from '../../types';

export default {
  title: '데이터 구름 속의 죽은 ReLU',
  params: {
    data: '데이터',
    dataOptions: { spiral: '나선(클래스 3개)', circles: '두 원(클래스 2개)' },
    bias: '은닉 편향의 초기값',
    biasHint: '큰 음수로 두면 대부분의 활성 쪽이 데이터를 벗어난다',
    lr: '학습률',
    hidden: '은닉 유닛 수',
    iters: '반복 횟수',
  },
  presetsGroup: '프리셋',
  presets: {
    healthy: '건강한 출발: 편향 0, 학습률 1',
    badStart: '나쁜 출발: 편향 −2',
    largeLr: '너무 큰 학습률: 5',
  },
  diverged: (iteration: number) =>
    `반복 ${iteration}회째에 학습이 발산해(손실이 NaN이나 무한대가 되었다) 멈췄다. 학습률을 낮춰 보라.`,
  picture: { before: '그림: 반복 ', after: '회째' },
  summary: (units: number) => `개 죽음(유닛 ${units}개 중), 훈련 정확도 `,
  unitDeadAria: (unit: number, points: number) =>
    `유닛 ${unit}: 죽음. 활성 쪽에 데이터 점 ${points}개 가운데 하나도 없다`,
  unitActiveAria: (unit: number, active: number, points: number) =>
    `유닛 ${unit}: 데이터 점 ${points}개 가운데 ${active}개에서 활성`,
  unit: (unit: number) => `유닛 ${unit}:`,
  dead: '죽음',
  activeOf: (active: number, points: number) => `${active}/${points} 활성`,
  legendActive: '활성 쪽(w·x + b > 0)',
  legendDead: '죽음: 활성 쪽에 데이터 점이 하나도 없음',
  deadUnits: '죽은 유닛(비율)',
  trainingAccuracy: '훈련 정확도',
  iteration: '반복',
  fraction: '비율',
  deadAria: '반복에 따른 죽은 은닉 유닛의 비율과 훈련 정확도',
  caption: (hidden: number, classes: number, bias: number, lr: number) =>
    `2-${hidden}-${classes} ReLU 신경망. 가중치는 He 초기화, 은닉 편향의 초기값은 ${bias}, 데이터 점 300개에서 32개씩 뽑은 배치로 학습률 ${lr}의 단순 SGD를 쓴다. 각 패널은 은닉 유닛 하나를 입력 평면에 그린 것으로, 직선 w·x + b = 0과 유닛이 활성화되는 쪽(음영)을 보여 준다. 그림은 반복 20회마다 한 장씩이다.`,
  unitsCaption: (iteration: number) =>
    `반복 ${iteration}회째의 각 은닉 유닛: 직선, 활성 쪽에 있는 데이터 점, 유닛이 받는 기울기`,
  unitsColumns: {
    unit: '유닛',
    active: '활성 쪽 데이터 점 수',
    grad: '기울기 노름',
    status: '상태',
  },
  status: { dead: '죽음', alive: '살아 있음' },
  timeCaption: '반복에 따른 죽은 유닛 비율, 손실, 정확도',
  timeColumns: {
    iteration: '반복',
    dead: '죽은 유닛 비율',
    loss: '손실',
    accuracy: '정확도',
  },
} satisfies Translation<typeof en>;
