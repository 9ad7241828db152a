import type en from '../../en/demos/SanityCifar';
import type { Translation } from '../../types';

export default {
  title: 'CIFAR 모양 이미지에서 다시 해 보는 강의의 점검',
  params: {
    std: '가중치 표준편차',
    lambda: '규제 λ',
    hidden: '은닉 유닛 수',
    images: '이미지 수',
  },
  lossNoReg: '손실, 규제 없음',
  lossWith: (lambda: number) => `손실, λ = ${lambda}`,
  expectedPenalty: (penalty: string) => `무작위 추출에 대한 기댓값: ${penalty}`,
  compareCaption: '이번 실행과 강의에 실린 수치',
  compareHead: { quantity: '초기 손실', run: '이번 실행', lecture: '강의' },
  lectureOnly: '강의 열은 강의의 설정(은닉 유닛 50개, 표준편차 1e-4, λ = 1e3)에서만 표시된다.',
  inputs: (images: number, maxAbs: number, rms: string, weights: string) =>
    `입력: 평균 이미지를 뺀 32×32×3 이미지 ${images}장, 0–255 척도에서 값은 최대 ±${maxAbs}(RMS ${rms}). 가중치 ${weights}개.`,
  xLabel: '가중치 표준편차',
  yLabel: '초기 손실',
  thisRun: '이번 실행',
  chartAria:
    '가중치 규모에 따른 초기 손실: 규제가 없으면 가중치가 약 1e-2에 이를 때까지 ln 10에 머물고, 규제가 있으면 규모의 제곱에 비례해 커진다',
  caption: (hidden: number, std: number) =>
    `입력 3,072개와 소프트맥스 출력 10개 사이에 은닉 유닛 ${hidden}개짜리 ReLU 층을 둔다. 가중치는 모두 ${std}·N(0, 1)에서 뽑고(차트의 모든 규모에서 같은 난수를 쓴다), 편향은 0이다. λ가 있는 손실은 이 강좌의 훈련 스텝이 보고하는 손실, 곧 데이터 손실에 두 가중치 행렬의 ½λΣW²를 더한 값이다.`,
  tableCaption: '규제가 없을 때와 있을 때의 초기 손실: 이번 실행과 강의',
  columns: { quantity: '항목', run: '이번 실행', lecture: '강의', note: '비고' },
  sweepCaption: '다른 가중치 규모에서 같은 점검',
  sweepColumns: {
    std: '가중치 표준편차',
    noReg: '손실, 규제 없음',
    withReg: 'λ가 있는 손실',
  },
} satisfies Translation<typeof en>;
