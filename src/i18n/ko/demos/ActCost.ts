import type en from '../../en/demos/ActCost';
import type { Translation } from '../../types';

export default {
  title: 'exp의 비용을 브라우저에서 직접 잰다',
  params: {
    n: '원소 수(백만 개)',
    reps: '반복 측정 횟수',
  },
  names: {
    relu: 'ReLU',
    leaky_relu: 'Leaky ReLU',
    sigmoid: '시그모이드',
    tanh: 'tanh',
    elu: 'ELU',
    silu: 'SiLU',
    softplus: '소프트플러스',
    gelu: 'GELU',
  },
  unit: '회 측정',
  barsAria: 'ReLU 대비 각 활성화 함수의 시간 중앙값: exp를 쓰는 함수는 몇 배 더 오래 걸린다',
  pressRun:
    '▶ 실행을 누르면 이 컴퓨터에서 함수들의 실행 시간을 잰다(바쁜 탭이 따로 열려 있으면 수치가 더 들쭉날쭉해진다).',
  timing: (functions: number, reps: number) => `함수 ${functions}개 × 반복 ${reps}회 측정 중…`,
  caption: (millions: string) =>
    `코어의 배열 루프가 입력 ${millions}백만 개를 처리하는 시간의 중앙값을 ReLU 대비로 나타냈다. 이 페이지의 워커가 독자의 컴퓨터에서 잰 값이다(반복 측정을 번갈아 섞었고, 중앙값은 잠깐 느려진 순간에 흔들리지 않는다). 여기서 GELU는 erf로 계산한 정확한 x·Φ(x)이며, 흔히 쓰는 tanh 근사는 이보다 싸다.`,
  tableCaption: '한 번 처리하는 시간과 원소당 시간의 중앙값, ReLU 대비 비율',
  columns: {
    activation: '활성화 함수',
    ms: '중앙값(ms)',
    ns: '원소당 ns',
    ratio: 'ReLU 대비 비율',
  },
} satisfies Translation<typeof en>;
