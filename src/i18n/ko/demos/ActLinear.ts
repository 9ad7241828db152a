import type en from '../../en/demos/ActLinear';
import type { Translation } from '../../types';

export default {
  title: '선형 계층은 하나로 합쳐진다',
  params: {
    layers: '선형 계층 수',
    width: '폭',
    act: '비선형 함수',
    iters: '반복 횟수',
  },
  collapse: {
    intro: (width: number, layers: number) => `무작위로 쌓은 아핀 계층 ${layers}개(2 → ${width} → … → 2)는 하나의 사상`,
    with: '와 같다. 여기서 ',
    end: '이다.',
  },
  diff: {
    pre: '무작위 입력 200개에서 가장 큰 차이는 비선형 함수가 없을 때',
    mid: (maxOutput: string) => `(반올림 오차이며, 출력은 최대 ${maxOutput}에 이른다), `,
    post: (act: string) => `(계층 사이에 ${act} 함수를 넣었을 때)이다.`,
  },
  linearStack: '선형 계층만 쌓은 모델',
  withAct: (act: string) => `${act} 사용`,
  iteration: '반복',
  lossOnXor: 'XOR 손실',
  lossAria: 'XOR에서의 훈련 손실: 선형 계층만 쌓은 모델은 ln 2 근처에 머물고, 비선형 모델은 떨어진다',
  linearAria: '선형 계층만 쌓은 모델이 예측한 클래스로 색을 칠한 XOR 데이터 점',
  nonlinearAria: '비선형 모델이 예측한 클래스로 색을 칠한 XOR 데이터 점',
  linearTitle: (correct: string) => `선형 계층만 쌓은 모델: 정답 ${correct}`,
  nonlinearTitle: (act: string, correct: string) => `${act} 사용: 정답 ${correct}`,
  predicted: (c: number) => `예측 ${c}`,
  caption: (layers: number) =>
    `XOR 데이터(점 300개, 두 좌표의 부호가 서로 다른 곳이 클래스 1)를 같은 계층 ${layers}개로 학습한 결과. 비선형 함수가 없을 때와 있을 때를 비교한다(Adam, 학습률 0.02).`,
  trained: {
    pre: '학습이 끝난 뒤에도 선형 계층만 쌓은 모델은 여전히 행렬 하나다(차이 ',
    post: ').',
  },
  checkCaption: '붕괴 확인',
  checkColumns: { what: '양', value: '값' },
  check: {
    diffLinear: 'max |쌓은 계층 − 단일 사상|, 비선형 함수 없음',
    diffNonlinear: (act: string) => `max |쌓은 계층 − 단일 사상|, ${act}`,
    maxOutput: '가장 큰 출력',
    accLinear: 'XOR 정확도, 선형 계층만 쌓은 모델',
    accNonlinear: (act: string) => `XOR 정확도, ${act} 사용`,
  },
  trainingCaption: '반복에 따른 XOR 손실과 정확도',
  trainingColumns: {
    iteration: '반복',
    ll: '손실(선형)',
    al: '정확도(선형)',
    ln: '손실(비선형)',
    an: '정확도(비선형)',
  },
} satisfies Translation<typeof en>;
