import type en from '../../en/demos/BnConv';
import type { Translation } from '../../types';

export default {
  title: '통계량은 무엇에 걸쳐 평균하는가',
  params: {
    mode: '통계량',
    modeOptions: { channel: '채널별(합성곱 층)', feature: '특징별(완전 연결 층)' },
    n: '배치 N',
    c: '채널 수 C',
    size: '맵 크기 H = W',
    ch: '채널',
    pos: '위치',
    show: '보여 줄 값',
    showOptions: { input: '입력', output: '정규화된 출력' },
  },
  posUnused: '특징별일 때만 쓴다. 채널별에서는 모든 위치가 들어간다',
  posAt: (rowColumn: string) => `행, 열 ${rowColumn}`,
  summaryChannel: ['채널마다 평균과 분산이 하나씩이다. 통계량 ', '개, 각각 N·H·W = ', '개의 수에 걸쳐 계산한다.'],
  summaryFeature: ['(채널, 위치)마다 평균과 분산이 하나씩이다. 통계량 ', '개, 각각 N = ', '개의 수에 걸쳐 계산한다.'],
  highlighted: (mean: string, variance: string) => `강조한 묶음: 평균 ${mean}, 분산 ${variance}.`,
  channel: (c: number) => `채널 ${c}`,
  example: (i: number) => `예제 ${i}`,
  channelPosition: (c: number, pos: string) => `채널 ${c}, 위치 ${pos}`,
  caption: (n: number, c: number, h: number, w: number, colour: string) =>
    `예제 ${n}개로 이루어진 배치이며, 예제마다 채널 ${c}개가 있고 채널마다 ${h}×${w}개의 위치가 있다(색: ${colour}, 빨강은 양수, 파랑은 음수). 테두리를 두른 칸: 강조한 통계량을 계산하는 데 들어가는 수. 채널별 통계량은 텐서를 (N·H·W)행 × C열로 바꿔 놓았을 때 강좌의 BatchNorm 층이 계산하는 값과 같다.`,
  colourInput: '입력값',
  colourOutput: '정규화한 뒤의 값',
  tableCaption: (which: string) => `모든 통계량(${which}): 평균하는 대상, 평균, 분산`,
  perChannel: '채널별',
  perFeature: '특징별',
  columns: { statistic: '통계량의 대상', count: '평균한 수의 개수', mean: '평균', variance: '분산' },
} satisfies Translation<typeof en>;
