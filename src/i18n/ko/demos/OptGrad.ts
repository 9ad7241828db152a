import type en from '../../en/demos/OptGrad';
import type { Translation } from '../../types';

export default {
  title: '소프트맥스 + 교차 엔트로피의 기울기',
  params: {
    k: '클래스 수',
    score: (i: number) => `점수 s${i}`,
    label: '정답 클래스(레이블)',
  },
  barsAria: '클래스마다 확률 y, 원-핫 목표 t, 기울기 y − t',
  cls: (j: number) => `클래스 ${j}`,
  isLabel: ' (정답)',
  probability: '소프트맥스 확률 y',
  gradient: '기울기 y − t (−1 … 1)',
  lossPrefix: '손실 −log y',
  stats: (loss: string, backprop: string, numeric: string, core: string) =>
    ` = ${loss}. 역전파 기울기와 y − t의 최대 차이: ${backprop}. 수치 기울기와 y − t의 최대 차이: ${numeric}. 코어의 융합 손실과 y − t의 최대 차이: ${core}.`,
  captionBefore: '역전파는 두 단계를 따로 거친다. 먼저 ',
  captionAfter:
    '이고, 그다음이 소프트맥스의 야코비 행렬이다. 지름길은 y − t이다. 마지막 열은 출력층이 항등 함수이고 손실이 제곱 오차의 절반 ½‖s − t‖²일 때의 기울기 s − t로, 꼴이 같다.',
  tableCaption: '클래스별 점수, 확률, 목표, 네 가지 방법으로 구한 기울기',
  columns: {
    j: '클래스',
    s: 's',
    y: 'y = 소프트맥스(s)',
    t: 't',
    backprop: '역전파',
    shortcut: 'y − t',
    numeric: '수치 기울기',
    core: '코어',
    mse: '제곱 오차: s − t',
  },
} satisfies Translation<typeof en>;
