import type en from '../../en/demos/OptAcc';
import type { Translation } from '../../types';

export default {
  title: '정확도는 계단, 손실은 매끄러운 곡선',
  params: {
    n: '점 개수',
    samples: '훑는 점 개수',
  },
  series: {
    accuracy: '정확도',
    loss: '손실',
    dLoss: '∂손실/∂w (역전파)',
    dAccuracy: '∂정확도/∂w (중심 차분)',
  },
  weight: '가중치 w',
  accuracyAxis: '훈련 정확도',
  lossAxis: '교차 엔트로피 손실',
  derivativeAxis: '도함수',
  accuracyAria: '가중치 w에 따라 달라지는 분류기의 정확도: 계단 모양',
  lossAria: '가중치 w에 따라 달라지는 분류기의 손실: 매끄러운 곡선',
  slopeAria: 'w에 대한 손실의 도함수와 정확도의 도함수',
  stats: {
    zeroAt: '정확도의 도함수가 정확히 0인 곳은 ',
    levels: (points: number) => `이다(훑은 점 ${points}개 기준). 그래도 정확도는 서로 다른 `,
    nonzeroAt: (n: number) => `가지 값을 가지며, 한 번에 예제 하나만큼씩(1/${n}) 뛴다. 손실의 도함수가 0이 아닌 곳은 `,
    agrees: (error: string) => `이고, 역전파로 구한 도함수는 유한 차분과 ${error} 이내에서 일치한다.`,
  },
  caption: (n: number) =>
    `겹쳐 있는 2차원 점 ${n}개(두 클래스)에 대한 선형 분류기. 점수는 s₀ = 0, s₁ = w·x₁ + 0.5·x₂ + 0.2이고, w만 −4에서 4까지 바뀐다. 정확도의 도함수는 h = 10⁻⁶인 중심 차분으로 구한다. 도약하는 곳을 빼면 0이고, 도약하는 곳에서는 엄청나게 크다.`,
  tableCaption: 'w를 훑으며 구한 정확도, 손실과 그 도함수',
  columns: {
    w: 'w',
    accuracy: '정확도',
    loss: '손실',
    dAccuracy: 'd 정확도 / dw',
    dLoss: 'd 손실 / dw',
  },
} satisfies Translation<typeof en>;
