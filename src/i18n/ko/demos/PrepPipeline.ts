import type en from '../../en/demos/PrepPipeline';
import type { Translation } from '../../types';

export default {
  title: '원시 데이터에서 백색화까지, 훈련 데이터의 통계량으로',
  params: {
    ratio: '스케일 비율 σ₂/σ₁',
    corr: '클래스 내 상관',
    offset: '원점에서의 오프셋',
    n: '훈련 점 수',
    batch: '홀드아웃 배치 크기',
    batchHint: "'자체 통계량'을 쓰는 경우에 적용",
  },
  stages: {
    raw: '원시',
    centred: '중심화',
    normalised: '정규화',
    decorrelated: '비상관화',
    whitened: '백색화',
  },
  stageTitles: {
    raw: '원시',
    centred: '중심화: x − μ',
    normalised: '정규화: (x − μ)/σ',
    decorrelated: '비상관화: (x − μ)U',
    whitened: '백색화: (x − μ)UΛ⁻¹ᐟ²',
  },
  scatterAria: (stage: string) => `${stage} 단계를 거친 점 구름. 훈련 점은 속이 찬 원, 홀드아웃 점은 속이 빈 원이다`,
  training: '훈련',
  heldOut: '홀드아웃',
  pc1: '주성분 1',
  pc2: '주성분 2',
  trainSigma: '훈련 Σ =',
  heldSigma: '홀드아웃 Σ =',
  heldOutText: {
    before: '백색화한 훈련 점으로 학습한 선형 분류기의 홀드아웃 정확도는 ',
    afterTrainAcc: '(홀드아웃 점을 ',
    training: '훈련 데이터의',
    afterTraining: ' 통계량으로 백색화한 경우)이고, ',
    afterOwnAcc: (batch: number) => `(홀드아웃 점을 ${batch}개씩 묶은 배치마다 `,
    own: '그 배치 자체의',
    end: (shift: string) =>
      ` 평균과 공분산으로 백색화한 경우)이다. 이때 같은 점이 분류기가 예상하는 자리에서 평균 ${shift} 백색화 단위만큼 벗어난다.`,
  },
  caption: (n: number, held: number, ratio: number, corr: number, offset: number) =>
    `한 분포에서 뽑은 훈련 점 ${n}개(속이 찬 원)와 홀드아웃 점 ${held}개(속이 빈 원). 두 클래스가 긴 축의 양쪽에 있고, 특성 스케일은 1과 ${ratio}, 클래스 내 상관은 ${corr}, 중심은 (${offset}, ${offset})에 있다. 모든 변환은 훈련 점에서만 계산한 μ, σ, U, Λ를 쓴다. 정규화, 비상관화, 백색화 패널은 두 축의 눈금 간격이 같다.`,
  stats: {
    caption: '단계별 평균과 공분산: 훈련 데이터와 홀드아웃 데이터',
    columns: {
      stage: '단계',
      split: '데이터',
      m1: '평균 x₁',
      m2: '평균 x₂',
      v1: '분산 x₁',
      c12: '공분산 x₁x₂',
      v2: '분산 x₂',
    },
    training: '훈련',
    heldOut: '홀드아웃(훈련 데이터의 통계량)',
  },
  accuracy: {
    caption: '훈련 데이터의 통계량을 쓴 경우와 배치 자체의 통계량을 쓴 경우의 홀드아웃 정확도',
    columns: { how: '홀드아웃 데이터 변환에 쓴 통계량', acc: '정확도' },
    trainStats: '훈련 데이터의 통계량',
    ownStats: (batch: number) => `배치 자체의 통계량, 배치 크기 ${batch}`,
  },
  points: {
    caption: '단계별 훈련 점',
    point: '점',
    coordinate: (stage: string, x: string) => `${stage} ${x}`,
  },
} satisfies Translation<typeof en>;
