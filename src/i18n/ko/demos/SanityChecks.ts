import type en from '../../en/demos/SanityChecks';
import type { Translation } from '../../types';

export default {
  title: '훈련 전 점검',
  params: {
    hidden: '은닉 유닛 수',
    std: '초기 가중치 표준편차',
    lambda: 'L2 강도 λ',
    scale: '입력 척도',
    scaleOptions: { centered: '0 중심 (0–1)', unit: '0–1 (0 중심 아님)', raw: '밝기 값: 0 중심, ×255' },
  },
  scaleWords: { centered: '0 중심 (0–1)', unit: '0–1 (0 중심 아님)', raw: '밝기 값 (0 중심, ×255)' },
  stagesAria: '네 가지 점검, 순서대로',
  stages: {
    preprocess: '전처리',
    architecture: '신경망 구조',
    'initial loss': '초기 손실',
    train: '훈련',
  },
  details: {
    preprocess: (images: string, mean: string) => `훈련 이미지 ${images}장에 대한 픽셀 평균의 최대 절댓값: ${mean}`,
    architecture: (hidden: number, params: string) => `784 → ${hidden} ReLU → 10 소프트맥스, 매개변수 ${params}개`,
    initialLoss: (loss: string, lnC: string, lambda: number, withReg: string) =>
      `손실 ${loss}, ln 10 = ${lnC}; λ = ${lambda}일 때: ${withReg}`,
    trainDiverged: '훈련이 발산함(NaN/Inf)',
    train: (steps: number, loss: string) => `SGD ${steps}스텝 뒤의 손실: ${loss}`,
    pending: (_detail: string) => '측정 중…',
  },
  checkFailed: ' — 점검 실패',
  lossNoReg: '초기 손실, λ = 0',
  lossWithReg: (lambda: number) => `초기 손실, λ = ${lambda}`,
  notLn10: (loss: string, raw: boolean) =>
    `초기 손실이 ln 10 ≈ 2.303이 아니라 ${loss}이다. 가중치가 너무 커서${raw ? ' 평균을 뺀 밝기 값(밝기 값 척도)에서는' : ''} 점수가 0 근처에서 출발하지 못한다. 초기 가중치 표준편차를 낮춰 보라.`,
  split: {
    caption: '이미지 10,000장의 쓰임',
    set: '데이터',
    images: '이미지 수',
    usedFor: '쓰임',
    train: '훈련',
    trainUse: '기울기 계산(훈련 이미지 0–6,995번)',
    validation: '검증',
    validationUse: '모든 튜닝 결정(훈련 이미지 6,996–7,995번)',
    test: '시험',
    testUse: '모든 선택이 끝난 뒤 마지막 보고 한 번',
  },
  caption: (hidden: number, std: number, scale: string) =>
    `은닉 유닛 ${hidden}개짜리 ReLU 신경망(가중치는 N(0, ${std}²)에서 뽑음, 입력 척도: ${scale}). 훈련 이미지 1,000장에서 손실을 잰 다음 SGD로 30스텝 훈련한다.`,
  tableCaption: '점검, 순서대로',
  columns: { step: '순서', stage: '단계', detail: '측정값', passed: '통과' },
  yes: '예',
  no: '아니요',
} satisfies Translation<typeof en>;
