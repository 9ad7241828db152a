import type en from '../../en/demos/BnExplorer';
import type { Translation } from '../../types';

export default {
  title: 'BN이 있을 때와 없을 때의 활성화 값과 기울기',
  params: {
    place: '배치 정규화',
    placeOptions: { none: '없음', before: '비선형 함수 앞', after: '비선형 함수 뒤' },
    act: '비선형 함수',
    scale: '가중치 스케일',
    scaleHint: '모든 가중치 ~ N(0, 스케일²)',
    gamma: '시작 γ',
    layers: '층 수',
    width: '층당 유닛 수',
  },
  diverged:
    '일부 통계량이 넘쳤다(NaN 또는 무한대). 이 가중치에서는 활성화 값이나 기울기가 부동소수점으로 나타낼 수 있는 범위를 넘어 커진다. 가중치 스케일을 낮추거나 배치 정규화를 켜라.',
  layer: (k: number) => `층 ${k}`,
  preTitle: (act: string) => `각 ${act} 유닛이 받는 입력(±4에서 자름)`,
  preAria: '비선형 함수 입력의 히스토그램, 층마다 하나',
  preX: '비선형 함수 입력 z',
  postTitle: (act: string) => `각 ${act} 유닛의 출력`,
  postAria: '비선형 함수 출력의 히스토그램, 층마다 하나',
  postX: '비선형 함수 출력',
  stdX: '층',
  stdY: '표준편차',
  stdAria: '층에 따른 비선형 함수 입력, 각 층 출력에 대한 기울기, 가중치 기울기의 퍼짐',
  series: {
    preStd: '비선형 함수 입력의 표준편차',
    gradStd: '∂L/∂h의 표준편차',
    weightGradStd: '∂L/∂W의 표준편차',
  },
  place: {
    none: '배치 정규화 없음',
    before: '비선형 함수 앞에 배치 정규화',
    after: '비선형 함수 뒤에 배치 정규화',
  },
  caption: (layers: number, width: number, act: string, scale: number, place: string, gamma: number | null) =>
    `${act} 유닛 ${width}개짜리 층 ${layers}개, 가중치 ~ N(0, ${scale}²), ${place}${gamma === null ? '' : `(γ 시작값 ${gamma})`}. 입력은 N(0, 1)에서 뽑은 200개짜리 배치 하나이고 통계량은 훈련 모드로 계산하며, 기울기는 무작위 R에 대한 L = Σ h_last ⊙ R의 기울기다.`,
  after: (tanh: boolean, mean: string, ratio: string) =>
    `층 전체의 평균 ${tanh ? '포화 비율' : '0인 값의 비율'}: ${mean}. 1층의 기울기는 마지막 층 기울기의 ${ratio} 크기다.`,
  tableCaption: '층별 활성화 값과 기울기의 통계량',
  columns: {
    layer: '층',
    preMean: '비선형 함수 입력의 평균',
    preStd: '비선형 함수 입력의 표준편차',
    postMean: '층 출력의 평균',
    postStd: '층 출력의 표준편차',
    saturated: '포화 비율(|tanh| > 0.99)',
    zero: '0인 값의 비율',
    localGrad: 'g′(z)의 평균',
    gradStd: '∂L/∂h의 표준편차',
    wGradStd: '∂L/∂W의 표준편차',
  },
} satisfies Translation<typeof en>;
