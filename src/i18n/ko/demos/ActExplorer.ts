import type en from '../../en/demos/ActExplorer';
import type { Translation } from '../../types';

export default {
  title: '활성화 함수와 그 기울기',
  params: {
    range: '입력 범위 ±',
    probe: '프로브 입력',
    alpha: 'Leaky ReLU 기울기 α',
  },
  names: {
    sigmoid: '시그모이드',
    tanh: 'tanh',
    relu: 'ReLU',
    leaky_relu: 'Leaky ReLU',
    elu: 'ELU',
    gelu: 'GELU',
    silu: 'SiLU / Swish',
    softplus: '소프트플러스',
    maxout: 'maxout max(x, −x/2)',
  },
  short: {
    sigmoid: '시그모이드',
    tanh: 'tanh',
    relu: 'ReLU',
    leaky_relu: 'Leaky ReLU',
    elu: 'ELU',
    gelu: 'GELU',
    silu: 'SiLU',
    softplus: '소프트플러스',
    maxout: 'maxout',
  },
  functions: '함수',
  tickOne: '그래프를 그리려면 함수를 하나 이상 선택한다.',
  inputX: '입력 x',
  derivative: 'f′(x), 국소 기울기',
  functionsAria: '선택한 활성화 함수를 입력 범위에 걸쳐 그리고 프로브 입력을 표시한 그래프',
  derivativesAria: '선택한 활성화 함수의 도함수: 시그모이드와 tanh의 도함수는 0에서 멀어지면 거의 0으로 떨어진다',
  probe: '프로브',
  caption:
    '첫 번째 차트는 각 함수를, 두 번째 차트는 그 도함수를 보여 준다. 도함수는 함수를 거쳐 거꾸로 흐르는 기울기에 곱해지는 배율이다.',
  atProbe: (x: number, values: string) => `프로브 x = ${x}에서: ${values}.`,
  probeValue: (name: string, f: string, df: string) => `${name} f = ${f}, f′ = ${df}`,
  statsCaption:
    '프로브 입력과 먼 곳에서의 값: 출력, 국소 기울기, ±10에서의 기울기, 0에서의 한쪽 기울기, 표준정규분포 입력에 대한 평균 출력, |f′| < 0.01인 구간',
  columns: {
    activation: '활성화 함수',
    x: '프로브 x',
    at0: '0에서의 기울기(왼쪽 | 오른쪽)',
    flat: '|f′| < 0.01인 구간',
  },
  slopesAt0: (left: string, right: string, used: string) => `${left} | ${right}(${used} 사용)`,
  never: '없음',
  curvesCaption: '그래프에 그린 곡선(여섯 번째 표본마다)',
} satisfies Translation<typeof en>;
