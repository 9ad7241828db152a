import type en from '../../en/demos/ActZigzag';
import type { Translation } from '../../types';

export default {
  title: '입력이 모두 양수이면 가중치가 지그재그로 움직인다',
  params: {
    w1: '출발 w₁',
    w2: '출발 w₂',
    t1: '목표 w₁*',
    t2: '목표 w₂*',
    step: '스텝 배율',
    stepHint: '각 입력 집합마다 η = 스텝 배율 / E‖x‖²',
  },
  notReached: (maxSteps: number) =>
    `${maxSteps}스텝 안에 목표에 도달하지 못한 실행은 도달한 곳까지만 보여 준다. 스텝 배율이 약 1을 넘으면 예제 하나씩 쓰는 SGD가 목표를 지나칠 수 있다.`,
  notWithin: (maxSteps: number) => `${maxSteps}스텝 안에 도달 못 함`,
  positiveTitle: (steps: string) => `모두 양수인 입력, 스텝 수: ${steps}`,
  centredTitle: (steps: string) => `0 중심 입력, 스텝 수: ${steps}`,
  positiveAria: '입력이 모두 양수일 때 두 가중치에 대한 손실 등고선과 목표를 향해 지그재그로 나아가는 SGD 경로',
  centredAria: '0 중심 입력일 때의 손실 등고선과 목표로 곧장 가는 SGD 경로',
  sgdPath: 'SGD 경로',
  caption:
    '뉴런 y = w₁x₁ + w₂x₂를 y* = w₁*x₁ + w₂*x₂에 대한 제곱 오차로, 스텝마다 예제 하나씩 쓰는 SGD로 학습시킨다. 출발점 핸들은 끌어서 옮길 수 있다(핸들에 포커스를 두고 화살표 키를 써도 된다).',
  sameSign: (positive: string, centred: string) =>
    `두 가중치를 같은 방향으로 움직인 스텝의 비율: 입력이 모두 양수이면 ${positive}, 0 중심 입력이면 ${centred}.`,
  inputs: { positive: '모두 양수, x ∈ (0, 1)²', centred: '0 중심, x − 0.5' },
  summaryCaption: '목표(0.05 이내)에 도달하기까지의 스텝 수와 가중치 기울기의 부호',
  summaryColumns: {
    inputs: '입력',
    steps: '목표까지의 스텝 수',
    same: '기울기 부호가 같은 스텝의 비율',
    mixed: '부호가 반대인 스텝 수',
  },
  pathsCaption: '두 경로, 스텝별',
  pathsColumns: {
    step: '스텝',
    p1: 'w₁(양수)',
    p2: 'w₂(양수)',
    c1: 'w₁(0 중심)',
    c2: 'w₂(0 중심)',
  },
} satisfies Translation<typeof en>;
