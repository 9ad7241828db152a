import type en from '../../en/demos/SearchBayes';
import type { Translation } from '../../types';

export default {
  title: '같은 예산으로 격자 탐색, 무작위 탐색, 베이즈 최적화 비교하기',
  params: {
    k: '격자 한 변 k (방법마다 시행 k³번)',
    init: 'GP 시작점 수',
    reference: '긴 탐색(무작위 시행 수)',
    referenceHint: '최적값을 추정한다. 0이면 건너뛴다',
  },
  unit: '시행',
  methods: { grid: '격자 탐색', random: '무작위 탐색', bayes: '베이즈 최적화' },
  referenceSeries: (trials: number) => `긴 탐색의 최적값(시행 ${trials}번)`,
  pressBefore: '',
  run: '실행',
  pressAfter: (trials: number) =>
    `을 누르면 세 가지 탐색이 시작된다. 시행마다 작은 신경망을 300스텝 학습시키며, 모두 합쳐 약 ${trials}번의 시행에 컴퓨터에 따라 몇 초에서 30초쯤 걸린다.`,
  trials: '시행 수',
  bestSoFar: '지금까지의 최저 검증 손실',
  bestAria: '격자 탐색, 무작위 탐색, 베이즈 최적화가 시행 수에 따라 지금까지 찾은 최저 검증 손실',
  learningRate: '학습률',
  l2: 'L2 강도 λ',
  planeAria: '학습률과 L2 강도 평면에서 각 방법이 시행을 놓은 위치',
  regret: '후회',
  regretAria: '시행 수에 따른 각 방법의 후회(지금까지의 최저 손실에서 알려진 최저 손실을 뺀 값)',
  statsBefore: (budget: number, grid: string, random: string) =>
    `방법마다 시행 ${budget}번 뒤: 격자 탐색 ${grid}, 무작위 탐색 ${random}, 베이즈 최적화 `,
  statsAfter: (known: string, longBest: string | null) =>
    `. 알려진 최저값은 ${known}${longBest !== null ? `(긴 탐색의 최저값: ${longBest})` : ''}.`,
  importance: '긴 탐색에서 로그 검증 손실의 변동 가운데 각 하이퍼파라미터 하나가 설명하는 몫:',
  importanceNames: { lr: '학습률', reg: 'L2 강도 λ', dropout: '드롭아웃 확률 p' },
  chance: (share: string) => `우연만으로는 각각 약 ${share} 정도가 나온다.`,
  searchesDone: (trials: number) => `세 가지 탐색이 끝났다. 긴 탐색: 지금까지 시행 ${trials}번.`,
  caption:
    '시행마다 드롭아웃을 넣은 2 → 32 → 32 → 3 ReLU 신경망을 나선 데이터의 점 300개에서 SGD로 300스텝 학습시키고, 다른 점 300개에 대한 교차 엔트로피로 점수를 매긴다. 데이터, 초기 가중치, 미니배치 순서는 모든 시행에서 같다. 탐색 범위는 학습률 10⁻³…10과 λ 10⁻⁶…10⁻¹(로그 척도), p 0…0.6이다. 격자는 범위마다 k개 칸의 중심을 섞은 순서로 쓰고, 무작위 탐색은 균등하게(학습률과 강도는 로그 균등하게) 뽑는다. 베이즈 최적화는 라틴 하이퍼큐브 점 몇 개에서 출발해, 로그 손실에 가우스 과정을 맞추고 기대 개선량이 가장 큰 점을 시도한다.',
  tableCaption: '시행 수에 따른 각 방법의 지금까지의 최저 검증 손실과 후회',
  columns: {
    trial: '시행 수',
    grid: '격자 탐색 최저값',
    random: '무작위 탐색 최저값',
    bayes: '베이즈 최적화 최저값',
    gridRegret: '격자 탐색 후회',
    randomRegret: '무작위 탐색 후회',
    bayesRegret: '베이즈 최적화 후회',
  },
  trialsCaption: '세 가지 탐색의 모든 시행',
  trialsColumns: {
    method: '방법',
    t: '시행',
    lr: '학습률',
    loss: '검증 손실',
  },
} satisfies Translation<typeof en>;
