import type en from '../../en/demos/OptField';
import type { Translation } from '../../types';

export default {
  title: '곡면과 그 기울기 벡터장',
  params: {
    surface: '곡면',
    surfaceOptions: {
      book: 'x²/20 + y² (길쭉한 그릇)',
      ellipse: '같은 그릇을 45° 돌린 곡면',
      rosenbrock: 'Rosenbrock 골짜기',
    },
    az: '3차원 보기: 회전',
    el: '3차원 보기: 기울임',
  },
  meshAria: (surface: string, x: number, y: number) =>
    `곡면 ${surface}의 3차원 그림. (${x}, ${y})에서 출발한 SGD의 처음 30스텝이 그 위에 그려져 있다`,
  sgdPath: (lr: number) => `SGD, η = ${lr}, 30스텝`,
  fieldTitle: '−∇f, 최솟값 방향과 이루는 각도에 따라 색칠',
  fieldAria: (detail: string) => `상자 위 최급강하 방향 −∇f의 화살표. ${detail}`,
  fieldAriaDetail: (fraction: string) => `상자의 점 가운데 ${fraction}에서 최솟값 방향과 45° 넘게 어긋난다`,
  start: '출발점',
  scaleLabels: ['0°: 최솟값을 곧장 가리킴', '90° 이상: 가로지름'],
  stats: {
    above: (points: string, threshold: number) =>
      `상자 안의 점 ${points}개 가운데 −∇f가 최솟값 방향에서 ${threshold}° 넘게 어긋나는 점은 `,
    yMajor: (median: string) => `이다(각도의 중앙값 ${median}). |∂f/∂y|가 |∂f/∂x|보다 큰 점은 `,
    start: (x: number, y: number, gx: number, gy: number, angle: string) =>
      `이다. 출발점 (${x}, ${y})에서 기울기는 (${gx}, ${gy})이며, 최솟값 방향과 ${angle} 어긋나 있다.`,
  },
  caption: (arrows: number) =>
    `왼쪽: 상자 위의 곡면을 높이에 따라 색칠하고, 출발점에서 시작한 SGD의 처음 30스텝(이 곡면의 권장 학습률 사용)을 그 위에 그렸다. 슬라이더로 돌리고 기울일 수 있다. 오른쪽: 점 ${arrows}개에서의 최급강하 방향 −∇f(화살표 길이는 모두 같고 방향만 나타낸다). 최솟값을 가리키는 곳은 초록색, 가로지르는 곳은 주황색이다. 굵은 화살표는 출발점의 화살표이고, 점선은 최솟값으로 가는 길이다.`,
  tableCaption: '화살표마다의 벡터장 값: 위치, f, 기울기, 그리고 −∇f와 최솟값 쪽 방향 사이의 각도',
  columns: {
    x: 'x',
    y: 'y',
    f: 'f',
    gx: '∂f/∂x',
    gy: '∂f/∂y',
    angle: '최솟값과의 각도 (°)',
  },
} satisfies Translation<typeof en>;
