import type en from '../../en/demos/SearchEarly';
import type { Translation } from '../../types';

export default {
  title: '나쁜 시행은 일찍 멈추기',
  params: {
    trials: '시행 수',
    at: '판정 스텝 k',
    threshold: '이 스텝에서 검증 손실이 X보다 크면 멈춤',
    audit: '멈춘 시행도 (예산과 별도로) 끝까지 학습시켜, 멈춘 대가가 무엇인지 보기',
  },
  unit: '시행',
  trial: (i: number) => `시행 ${i}`,
  trialStopped: (i: number) => `시행 ${i} (멈춤)`,
  trialAfterStop: (i: number) => `시행 ${i} (멈춘 뒤)`,
  pressBefore: '',
  run: '실행',
  pressAfter: (trials: number) => `을 누르면 탐색이 시작된다. 최대 300스텝짜리 학습 ${trials}번으로, 몇 초 걸린다.`,
  stepsUsed: '사용한 스텝',
  stepsOf: (used: string, full: string) => `${full} 중 ${used}`,
  saved: (share: string, stopped: number, trials: number, step: number) =>
    `${share} 절약: 시행 ${trials}번 중 ${stopped}번을 스텝 ${step}에서 멈춤`,
  bestFound: '찾은 최적 시행',
  noneCompleted: '끝까지 간 시행 없음',
  sameWins: '멈추지 않았어도 같은 시행이 우승한다',
  wouldHaveWon: (trial: number, loss: string) => `멈추지 않았다면 #${trial} 시행이 우승했을 것이다(${loss})`,
  tickAudit: '멈추지 않았을 때와 비교하려면 멈춘 시행도 끝까지 학습시키는 상자를 선택하라',
  xLabel: '학습 스텝',
  yLabel: '검증 손실',
  judgedAt: (step: number) => `스텝 ${step}에서 판정`,
  stoppedIfAbove: (threshold: number) => `그 스텝에서 ${threshold}보다 크면 멈춤`,
  chartAria: '학습 중 모든 시행의 검증 손실. 일찍 멈춘 시행은 주황색으로 그린다',
  caption: (step: number, audit: boolean) =>
    `선 하나가 무작위 탐색의 시행 하나다(학습률 10⁻³…10과 λ 10⁻⁶…10⁻¹은 로그 균등, p 0…0.6은 균등 분포에서 뽑는다). 목적 함수는 이 장 마지막 데모의 나선 목적 함수로, 작은 신경망을 300스텝 학습시키며 25스텝마다 검증 손실을 읽는다. 회색 띠는 스텝 ${step}에서 시행이 그 안에 있으면 멈추는 영역이다. 파란색은 끝까지 간 시행, 주황색은 스텝 ${step}에서 멈춘 시행이다${audit ? '. 점선은 멈춘 대가를 확인하려고 예산과 별도로 끝까지 학습시킨 부분이다' : ''}.`,
  tableCaption: '모든 시행: 하이퍼파라미터, 판정 스텝의 검증 손실, 멈춘 곳, 사용한 스텝, 최종 손실',
  columns: {
    trial: '시행',
    lr: '학습률',
    atK: '스텝 k의 손실',
    stopped: '멈춘 스텝',
    steps: '사용한 스텝',
    loss: '끝났을 때의 손실',
    full: '300스텝 뒤의 손실(끝까지 학습)',
  },
} satisfies Translation<typeof en>;
