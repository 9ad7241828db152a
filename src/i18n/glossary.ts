/**
 * The bilingual glossary: each term in English and Korean with a one-line definition in each, and
 * the chapters (slugs) that use it. The glossary pages list them; chapters link a term's first use.
 * `match` lists the exact strings that count as a use of the term in each language's prose
 * (lower-case for English; Korean as it appears, without particles).
 */
export interface Term {
  id: string;
  en: string;
  ko: string;
  defEn: string;
  defKo: string;
  chapters: string[];
  match: { en: string[]; ko: string[] };
}
export const GLOSSARY: Term[] = [
  {
    id: 'activation-function',
    en: 'activation function',
    ko: '활성화 함수',
    defEn:
      'The nonlinear function a unit applies to its pre-activation to produce its output; without one, any stack of layers collapses to a single linear map.',
    defKo:
      '유닛이 활성화 전 값에 적용해 출력을 만드는 비선형 함수로, 이것이 없으면 층을 몇 개 쌓든 하나의 선형 사상으로 줄어든다.',
    chapters: ['introduction', 'activation-functions', 'hyperparameter-search'],
    match: { en: ['activation function', 'activation functions'], ko: ['활성화 함수'] },
  },
  {
    id: 'adagrad',
    en: 'AdaGrad',
    ko: 'AdaGrad',
    defEn:
      "An adaptive update rule that divides each parameter's step by the square root of the sum of all its past squared gradients, so each parameter's effective learning rate can only shrink.",
    defKo:
      '매개변수마다 지금까지 받은 기울기 제곱을 모두 더한 값의 제곱근으로 스텝을 나누는 적응적 갱신 규칙으로, 매개변수별 유효 학습률은 줄어들기만 한다.',
    chapters: ['parameter-updates'],
    match: { en: ['adagrad'], ko: ['AdaGrad'] },
  },
  {
    id: 'adam',
    en: 'Adam',
    ko: 'Adam',
    defEn:
      "An update rule that combines momentum (a decaying average of the gradients) with RMSProp's per-parameter scaling (a decaying average of their squares) and corrects both averages for their start at zero.",
    defKo:
      '모멘텀(기울기의 감쇠 평균)과 RMSProp식 매개변수별 스케일 조정(기울기 제곱의 감쇠 평균)을 결합하고, 두 평균이 0에서 출발해 생기는 치우침을 보정하는 갱신 규칙이다.',
    chapters: ['introduction', 'babysitting-learning', 'hyperparameter-search', 'parameter-updates'],
    match: { en: ['adam'], ko: ['Adam'] },
  },
  {
    id: 'backpropagation',
    en: 'back-propagation',
    ko: '역전파',
    defEn:
      'The backward pass that computes the gradient of the loss with respect to every parameter by applying the chain rule layer by layer, from the output back to the input.',
    defKo:
      '연쇄 법칙을 출력 쪽에서 입력 쪽으로 층마다 적용해 모든 매개변수에 대한 손실의 기울기를 구하는 역방향 계산이다.',
    chapters: [
      'introduction',
      'activation-functions',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
      'parameter-updates',
    ],
    match: {
      en: [
        'back-propagation',
        'backpropagation',
        'back-propagate',
        'back-propagates',
        'back-propagated',
        'backward pass',
        'backward passes',
      ],
      ko: ['역전파'],
    },
  },
  {
    id: 'batch-normalisation',
    en: 'batch normalisation',
    ko: '배치 정규화',
    defEn:
      'A layer that normalises each feature to zero mean and unit variance over the current mini-batch and then applies a learned scale and shift; at test time it uses running averages instead of batch statistics.',
    defKo:
      '각 특징을 현재 미니배치에 걸쳐 평균 0, 분산 1로 정규화한 뒤 학습되는 확대와 이동을 적용하는 층으로, 시험 시점에는 배치 통계량 대신 이동 평균을 쓴다.',
    chapters: ['introduction', 'weight-initialisation', 'batch-normalisation'],
    match: { en: ['batch normalisation', 'batchnorm', 'bn'], ko: ['배치 정규화', 'BatchNorm', 'BN'] },
  },
  {
    id: 'bayesian-optimisation',
    en: 'Bayesian optimisation',
    ko: '베이즈 최적화',
    defEn:
      'Hyperparameter search that fits a probabilistic model of the objective (in the course, a Gaussian process) to the trials so far and runs the next trial where that model expects the largest improvement.',
    defKo:
      '지금까지의 시행에 목적 함수의 확률 모형(이 강좌에서는 가우스 과정)을 맞추고, 그 모형이 가장 큰 개선을 기대하는 곳에서 다음 시행을 하는 하이퍼파라미터 탐색 방법이다.',
    chapters: ['hyperparameter-search'],
    match: { en: ['bayesian optimisation'], ko: ['베이즈 최적화'] },
  },
  {
    id: 'bias',
    en: 'bias',
    ko: '편향',
    defEn:
      'The additive parameter of a unit, added to the weighted sum of its inputs before the activation function is applied.',
    defKo: '활성화 함수를 적용하기 전에 유닛의 입력 가중합에 더하는 매개변수이다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
      'babysitting-learning',
      'parameter-updates',
    ],
    match: { en: ['bias', 'biases'], ko: ['편향'] },
  },
  {
    id: 'bias-correction',
    en: 'bias correction',
    ko: '편향 보정',
    defEn:
      "Adam's division of its two decaying averages by 1 − β^t, which undoes their pull towards zero in the first steps after they start at zero.",
    defKo:
      'Adam이 두 감쇠 평균을 1 − β^t로 나누어, 0에서 출발한 탓에 처음 몇 스텝 동안 0 쪽으로 치우친 값을 바로잡는 것이다.',
    chapters: ['parameter-updates'],
    match: { en: ['bias correction'], ko: ['편향 보정'] },
  },
  {
    id: 'cross-entropy',
    en: 'cross-entropy',
    ko: '교차 엔트로피',
    defEn:
      'The classification loss −log p_y, the negative logarithm of the probability the softmax assigns to the correct class; it equals ln C when all C classes get the same probability.',
    defKo:
      '소프트맥스가 정답 클래스에 준 확률의 음의 로그 −log p_y로 정의되는 분류 손실로, C개 클래스에 모두 같은 확률을 주면 ln C가 된다.',
    chapters: ['introduction', 'babysitting-learning', 'hyperparameter-search', 'parameter-updates'],
    match: { en: ['cross-entropy'], ko: ['교차 엔트로피'] },
  },
  {
    id: 'dead-relu',
    en: 'dead ReLU',
    ko: '죽은 ReLU',
    defEn:
      'A ReLU unit whose pre-activation is negative for every training example, so it outputs zero, receives zero gradient and cannot recover; a unit that is merely off for some examples is not dead.',
    defKo:
      '모든 훈련 예제에서 활성화 전 값이 음수여서 출력도 기울기도 늘 0이고 그래서 되살아나지 못하는 ReLU 유닛으로, 일부 예제에서만 꺼진 유닛은 죽은 것이 아니다.',
    chapters: ['activation-functions', 'weight-initialisation'],
    match: { en: ['dead relu', 'dead relus', 'dead unit', 'dead units'], ko: ['죽은 ReLU', '죽은 유닛'] },
  },
  {
    id: 'dropout',
    en: 'dropout',
    ko: '드롭아웃',
    defEn:
      "A regulariser that, at every training step, sets each hidden unit's output to zero with probability p, so that the network cannot rely on any particular unit.",
    defKo:
      '훈련 스텝마다 각 은닉 유닛의 출력을 확률 p로 0으로 만들어, 신경망이 특정 유닛에 기대지 못하게 하는 규제 기법이다.',
    chapters: ['batch-normalisation', 'babysitting-learning', 'hyperparameter-search', 'parameter-updates'],
    match: { en: ['dropout'], ko: ['드롭아웃'] },
  },
  {
    id: 'early-stopping',
    en: 'early stopping',
    ko: '조기 종료',
    defEn:
      'Ending training where the validation performance stops improving and keeping the parameters from that point, before the network overfits further.',
    defKo:
      '검증 성능이 더 나아지지 않는 시점에서 훈련을 끝내고 그 시점의 매개변수를 쓰는 것으로, 과적합이 더 진행되기 전에 학습을 멈춘다.',
    chapters: ['babysitting-learning'],
    match: { en: ['early stopping'], ko: ['조기 종료'] },
  },
  {
    id: 'elu',
    en: 'ELU',
    ko: 'ELU',
    defEn:
      'The exponential linear unit: the identity for positive inputs and α(eˣ − 1) for negative ones, a smooth curve that saturates at −α and keeps mean outputs closer to zero than ReLU does.',
    defKo:
      '양수 입력에는 항등 함수이고 음수 입력에는 α(eˣ − 1)인 지수 선형 유닛으로, −α에서 포화하는 매끄러운 곡선이며 출력 평균이 ReLU보다 0에 가깝다.',
    chapters: ['activation-functions', 'weight-initialisation'],
    match: { en: ['elu', 'elus'], ko: ['ELU'] },
  },
  {
    id: 'epoch',
    en: 'epoch',
    ko: '에폭',
    defEn: 'One full pass of training over every example in the training set.',
    defKo: '훈련 데이터의 모든 예제를 한 번씩 다 거치는 학습 단위이다.',
    chapters: ['batch-normalisation', 'hyperparameter-search', 'parameter-updates'],
    match: { en: ['epoch', 'epochs'], ko: ['에폭'] },
  },
  {
    id: 'fan-in',
    en: 'fan-in',
    ko: '팬인',
    defEn:
      "The number of inputs n_in feeding each unit of a layer; the fan-in rule draws that layer's weights with variance 1/n_in.",
    defKo: '한 층의 각 유닛으로 들어오는 입력의 개수 n_in이며, 팬인 규칙은 그 층의 가중치를 분산 1/n_in으로 뽑는다.',
    chapters: ['weight-initialisation', 'xavier-and-he'],
    match: { en: ['fan-in'], ko: ['팬인'] },
  },
  {
    id: 'fan-out',
    en: 'fan-out',
    ko: '팬아웃',
    defEn:
      "The number of units n_out that each unit's output feeds in the next layer; keeping the gradients' variance in the backward pass asks for weight variance 1/n_out.",
    defKo:
      '한 유닛의 출력을 받는 다음 층 유닛의 개수 n_out이며, 역전파에서 기울기의 분산을 유지하려면 가중치 분산이 1/n_out이어야 한다.',
    chapters: ['weight-initialisation', 'xavier-and-he'],
    match: { en: ['fan-out'], ko: ['팬아웃'] },
  },
  {
    id: 'forward-pass',
    en: 'forward pass',
    ko: '순전파',
    defEn:
      "The computation of a network's outputs, and then its loss, from an input, one layer after another from the first to the last.",
    defKo: '입력에서 출발해 첫 층부터 마지막 층까지 차례로 계산해 신경망의 출력과 손실을 구하는 과정이다.',
    chapters: ['xavier-and-he', 'batch-normalisation'],
    match: { en: ['forward pass', 'forward passes'], ko: ['순전파'] },
  },
  {
    id: 'gain',
    en: 'gain',
    ko: '이득',
    defEn:
      'The factor g that adapts the fan-in rule to an activation function, Var(w) = g²/n_in: 1 for a linear unit, √2 for ReLU, conventionally 5/3 for tanh.',
    defKo:
      '팬인 규칙을 활성화 함수에 맞추는 인수 g로, Var(w) = g²/n_in이 되게 하며 선형 유닛에서는 1, ReLU에서는 √2, tanh에서는 관례상 5/3이다.',
    chapters: ['xavier-and-he'],
    match: { en: ['gain', 'gains'], ko: ['이득'] },
  },
  {
    id: 'gaussian-process',
    en: 'Gaussian process',
    ko: '가우스 과정',
    defEn:
      'A prior over functions in which a kernel makes nearby inputs take similar values; conditioned on past trials it gives a mean and an uncertainty for the loss at any untried setting.',
    defKo:
      '커널에 따라 가까운 입력끼리 비슷한 값을 갖는 함수들에 대한 사전 분포로, 지난 시행들을 조건으로 하면 아직 시도하지 않은 설정의 손실에 대해 평균과 불확실성을 준다.',
    chapters: ['hyperparameter-search'],
    match: { en: ['gaussian process', 'gaussian processes'], ko: ['가우스 과정'] },
  },
  {
    id: 'gelu',
    en: 'GELU',
    ko: 'GELU',
    defEn:
      'The Gaussian error linear unit x·Φ(x), with Φ the standard normal CDF: a smooth ReLU-like curve with a small negative dip.',
    defKo:
      'Φ를 표준정규분포의 누적 분포 함수라 할 때 x·Φ(x)로 정의되는 가우스 오차 선형 유닛으로, 음수 쪽에 작은 골짜기가 있는 매끄러운 ReLU 모양의 함수이다.',
    chapters: ['activation-functions'],
    match: { en: ['gelu', 'gelus'], ko: ['GELU'] },
  },
  {
    id: 'gradient',
    en: 'gradient',
    ko: '기울기',
    defEn:
      'The vector of partial derivatives of the loss with respect to the parameters (or to any intermediate value), which points in the direction of steepest increase of the loss.',
    defKo: '손실을 매개변수(또는 임의의 중간값)로 편미분한 값들의 벡터로, 손실이 가장 가파르게 커지는 방향을 가리킨다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
      'babysitting-learning',
      'parameter-updates',
    ],
    match: { en: ['gradient', 'gradients'], ko: ['기울기'] },
  },
  {
    id: 'gradient-descent',
    en: 'gradient descent',
    ko: '경사 하강법',
    defEn: 'Minimising the loss by repeatedly moving the parameters a small step against the gradient, θ ← θ − η∇L.',
    defKo: '기울기의 반대 방향으로 매개변수를 조금씩 옮기는 갱신 θ ← θ − η∇L을 되풀이해 손실을 최소화하는 방법이다.',
    chapters: ['introduction', 'activation-functions', 'batch-normalisation', 'parameter-updates'],
    match: { en: ['gradient descent'], ko: ['경사 하강법'] },
  },
  {
    id: 'grid-search',
    en: 'grid search',
    ko: '격자 탐색',
    defEn: 'Hyperparameter search that tries every combination of a fixed list of values for each hyperparameter.',
    defKo: '하이퍼파라미터마다 정해 둔 값 목록의 모든 조합을 시도하는 탐색 방법이다.',
    chapters: ['hyperparameter-search'],
    match: { en: ['grid search'], ko: ['격자 탐색'] },
  },
  {
    id: 'he-initialisation',
    en: 'He initialisation',
    ko: 'He 초기화',
    defEn:
      "Drawing weights with variance 2/n_in, which makes up for ReLU keeping only half of its input's second moment and so keeps the activations' scale constant with depth.",
    defKo:
      '가중치를 분산 2/n_in으로 뽑는 초기화로, ReLU가 입력의 2차 모멘트 가운데 절반만 남기는 것을 메워 깊이가 늘어도 활성화 값의 크기가 유지되게 한다.',
    chapters: ['data-preprocessing', 'weight-initialisation', 'xavier-and-he', 'batch-normalisation'],
    match: { en: ['he initialisation', 'he-initialised', 'he weights'], ko: ['He 초기화', 'He 가중치'] },
  },
  {
    id: 'hidden-unit',
    en: 'hidden unit',
    ko: '은닉 유닛',
    defEn: "A unit of a hidden layer, that is, of any layer between the network's input and its output.",
    defKo: '신경망의 입력과 출력 사이에 있는 층, 즉 은닉층에 속한 유닛이다.',
    chapters: [
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'babysitting-learning',
      'hyperparameter-search',
      'parameter-updates',
    ],
    match: { en: ['hidden unit', 'hidden units'], ko: ['은닉 유닛'] },
  },
  {
    id: 'hyperparameter',
    en: 'hyperparameter',
    ko: '하이퍼파라미터',
    defEn:
      'A setting fixed before training rather than learned by it, such as the learning rate, the regularisation strength or the width of the network.',
    defKo: '학습률, 규제 강도, 신경망의 폭처럼 학습으로 정해지지 않고 학습 전에 정해 두는 설정값이다.',
    chapters: ['activation-functions', 'babysitting-learning', 'hyperparameter-search'],
    match: { en: ['hyperparameter', 'hyperparameters'], ko: ['하이퍼파라미터'] },
  },
  {
    id: 'inverted-dropout',
    en: 'inverted dropout',
    ko: '역 드롭아웃',
    defEn:
      'The form of dropout that divides the surviving activations by 1 − p during training, so that the network is used unchanged at test time.',
    defKo:
      '훈련 중에 살아남은 활성값을 1 − p로 나누어, 시험 시에는 신경망을 아무것도 바꾸지 않고 그대로 쓰게 하는 드롭아웃 방식이다.',
    chapters: ['parameter-updates'],
    match: { en: ['inverted dropout'], ko: ['역 드롭아웃'] },
  },
  {
    id: 'iteration',
    en: 'iteration',
    ko: '반복',
    defEn: 'One training step: the forward pass, backward pass and parameter update for one mini-batch.',
    defKo: '미니배치 하나에 대한 순전파, 역전파, 매개변수 갱신으로 이루어진 훈련 한 스텝이다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'batch-normalisation',
      'parameter-updates',
    ],
    match: { en: ['iteration', 'iterations'], ko: ['반복'] },
  },
  {
    id: 'l2-penalty',
    en: 'L2 penalty',
    ko: 'L2 벌점',
    defEn:
      'The term ½λ times the sum of the squared weights (not the biases) added to the loss, whose gradient pulls every weight towards zero.',
    defKo:
      '가중치(편향은 제외)의 제곱합에 ½λ를 곱해 손실에 더하는 항으로, 그 기울기가 모든 가중치를 0 쪽으로 끌어당긴다.',
    chapters: ['introduction', 'babysitting-learning', 'parameter-updates'],
    match: { en: ['l2 penalty', 'l2 penalties'], ko: ['L2 벌점'] },
  },
  {
    id: 'leaky-relu',
    en: 'leaky ReLU',
    ko: 'Leaky ReLU',
    defEn:
      'A variant of ReLU with a small fixed slope (such as 0.01) for negative inputs, so that a unit that is off still passes some gradient back.',
    defKo:
      '음수 입력에 작은 고정 기울기(예: 0.01)를 주는 ReLU의 변형으로, 꺼져 있는 유닛도 기울기를 조금은 되돌려 보낸다.',
    chapters: ['activation-functions', 'weight-initialisation', 'xavier-and-he'],
    match: { en: ['leaky relu', 'leaky relus'], ko: ['Leaky ReLU'] },
  },
  {
    id: 'learning-rate',
    en: 'learning rate',
    ko: '학습률',
    defEn: "The step size η by which the gradient (or the rule's search direction) is scaled in each parameter update.",
    defKo: '매개변수를 갱신할 때마다 기울기(또는 갱신 규칙이 정한 방향)에 곱하는 스텝 크기 η이다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'batch-normalisation',
      'babysitting-learning',
      'hyperparameter-search',
      'parameter-updates',
    ],
    match: { en: ['learning rate', 'learning rates'], ko: ['학습률'] },
  },
  {
    id: 'learning-rate-decay',
    en: 'learning-rate decay',
    ko: '학습률 감쇠',
    defEn:
      'Lowering the learning rate during training on a schedule such as step, exponential or inverse-time decay, to make fast progress first and settle near a minimum later.',
    defKo:
      '계단식, 지수, 역시간 감쇠 같은 스케줄에 따라 훈련 중에 학습률을 낮추어, 처음에는 빠르게 나아가고 나중에는 최솟값 근처에 자리 잡게 하는 것이다.',
    chapters: ['parameter-updates'],
    match: { en: ['learning-rate decay', 'decay the learning rate'], ko: ['학습률 감쇠', '학습률을 감쇠'] },
  },
  {
    id: 'local-gradient',
    en: 'local gradient',
    ko: '국소 기울기',
    defEn:
      "The derivative of one operation's output with respect to its own input, by which back-propagation multiplies the gradient arriving from the layer above.",
    defKo: '한 연산의 출력을 그 연산의 입력으로 미분한 값으로, 역전파는 위층에서 도착한 기울기에 이 값을 곱한다.',
    chapters: ['activation-functions', 'weight-initialisation', 'xavier-and-he'],
    match: { en: ['local gradient', 'local gradients'], ko: ['국소 기울기'] },
  },
  {
    id: 'log-scale',
    en: 'log scale',
    ko: '로그 척도',
    defEn:
      'A scale on which a quantity is sampled or plotted by its exponent, giving 0.001–0.01 as much room as 0.01–0.1; the natural scale for hyperparameters that act multiplicatively.',
    defKo:
      '값 자체가 아니라 지수를 기준으로 뽑거나 그리는 척도로, 0.001~0.01과 0.01~0.1에 같은 폭을 주며 곱셈으로 작용하는 하이퍼파라미터에 알맞다.',
    chapters: ['hyperparameter-search', 'parameter-updates'],
    match: { en: ['log scale', 'log-uniform'], ko: ['로그 척도', '로그 균등', '로그 눈금'] },
  },
  {
    id: 'loss',
    en: 'loss',
    ko: '손실',
    defEn:
      "The number that training minimises: how badly the network's outputs fit the labels, averaged over a batch of examples.",
    defKo: '신경망의 출력이 정답과 얼마나 어긋나는지를 예제 묶음에 대해 평균한 값으로, 학습은 이 값을 최소화한다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'batch-normalisation',
      'babysitting-learning',
      'hyperparameter-search',
      'parameter-updates',
    ],
    match: { en: ['loss', 'losses'], ko: ['손실'] },
  },
  {
    id: 'maxout',
    en: 'maxout',
    ko: 'maxout',
    defEn:
      'A unit that outputs the largest of several affine functions of its input: piecewise linear, it neither saturates nor dies, at the price of several times the parameters per unit.',
    defKo:
      '입력에 대한 여러 아핀 함수 가운데 가장 큰 값을 출력하는 유닛으로, 구간별 선형이어서 포화하지도 죽지도 않는 대신 유닛당 매개변수가 몇 배로 는다.',
    chapters: ['activation-functions'],
    match: { en: ['maxout'], ko: ['maxout'] },
  },
  {
    id: 'mean-image',
    en: 'mean image',
    ko: '평균 이미지',
    defEn: 'The pixel-by-pixel average of the training images, subtracted from every image to zero-centre the data.',
    defKo: '훈련 이미지들을 픽셀 위치마다 평균해 만든 이미지로, 데이터를 0 중심으로 맞추기 위해 모든 이미지에서 뺀다.',
    chapters: ['data-preprocessing', 'babysitting-learning'],
    match: { en: ['mean image', 'mean images'], ko: ['평균 이미지'] },
  },
  {
    id: 'mini-batch',
    en: 'mini-batch',
    ko: '미니배치',
    defEn: "The small random subset of training examples over which one step's loss and gradient are averaged.",
    defKo: '한 스텝의 손실과 기울기를 평균하는 데 쓰는, 훈련 데이터에서 무작위로 뽑은 작은 예제 묶음이다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'batch-normalisation',
      'hyperparameter-search',
      'parameter-updates',
    ],
    match: { en: ['mini-batch', 'mini-batches', 'minibatch', 'minibatches'], ko: ['미니배치'] },
  },
  {
    id: 'momentum',
    en: 'momentum',
    ko: '모멘텀',
    defEn:
      'An update rule that keeps a velocity, a decaying sum of past gradients, and moves the parameters along it, damping zig-zags and speeding up along consistent directions; the word also names the weight of the old value in a running average.',
    defKo:
      '과거 기울기를 감쇠시키며 누적한 속도를 유지하고 그 방향으로 매개변수를 옮겨 지그재그를 줄이고 일관된 방향으로는 빨라지는 갱신 규칙이며, 이동 평균에서 이전 값에 주는 가중치를 가리키기도 한다.',
    chapters: ['batch-normalisation', 'hyperparameter-search', 'parameter-updates'],
    match: { en: ['momentum'], ko: ['모멘텀'] },
  },
  {
    id: 'nesterov-momentum',
    en: 'Nesterov momentum',
    ko: 'Nesterov 모멘텀',
    defEn:
      'A variant of momentum that evaluates the gradient at the look-ahead point to which the velocity is about to carry the parameters, rather than at the current point.',
    defKo: '현재 지점이 아니라 속도가 매개변수를 옮겨 놓으려는 예견 지점에서 기울기를 계산하는 모멘텀의 변형이다.',
    chapters: ['parameter-updates'],
    match: { en: ['nesterov momentum', 'nesterov'], ko: ['Nesterov 모멘텀', 'Nesterov'] },
  },
  {
    id: 'normalisation',
    en: 'normalisation',
    ko: '정규화',
    defEn: 'Dividing each (centred) feature by its standard deviation so that all features have the same, unit scale.',
    defKo: '중심화한 각 특성을 그 표준편차로 나누어 모든 특성의 크기를 1로 똑같이 맞추는 것이다.',
    chapters: ['introduction', 'data-preprocessing', 'weight-initialisation', 'batch-normalisation'],
    match: { en: ['normalisation', 'normalise', 'normalises', 'normalised', 'normalising'], ko: ['정규화'] },
  },
  {
    id: 'overfitting',
    en: 'overfitting',
    ko: '과적합',
    defEn:
      'Fitting the training set, noise included, so closely that accuracy on unseen data stays well below training accuracy.',
    defKo:
      '훈련 데이터를 잡음까지 지나치게 잘 맞춰서, 처음 보는 데이터에 대한 정확도가 훈련 정확도에 크게 못 미치는 현상이다.',
    chapters: ['babysitting-learning', 'hyperparameter-search', 'parameter-updates'],
    match: { en: ['overfitting', 'overfit', 'overfits'], ko: ['과적합'] },
  },
  {
    id: 'pca',
    en: 'PCA',
    ko: '주성분 분석',
    defEn:
      'Principal component analysis: rotating centred data onto the eigenvectors of its covariance, ordered by variance, which decorrelates the features and lets low-variance directions be dropped.',
    defKo:
      '중심화한 데이터를 분산이 큰 순서로 놓은 공분산의 고유벡터 축으로 회전하는 방법으로, 특성 간 상관을 없애고 분산이 작은 방향을 버릴 수 있게 한다.',
    chapters: ['data-preprocessing'],
    match: { en: ['pca', 'principal component analysis'], ko: ['주성분 분석', 'PCA'] },
  },
  {
    id: 'pre-activation',
    en: 'pre-activation',
    ko: '활성화 전 값',
    defEn:
      'The value a unit passes to its activation function: the weighted sum of its inputs plus its bias, z = Wx + b.',
    defKo: '유닛이 활성화 함수에 넣는 값, 곧 입력의 가중합에 편향을 더한 z = Wx + b이다.',
    chapters: ['introduction', 'activation-functions', 'weight-initialisation', 'xavier-and-he'],
    match: { en: ['pre-activation', 'pre-activations'], ko: ['활성화 전 값', '사전 활성화 값', '활성화 이전 값'] },
  },
  {
    id: 'preprocessing',
    en: 'preprocessing',
    ko: '전처리',
    defEn:
      'Transforming the data before training, for example by zero-centring and normalising it, with statistics computed on the training set only.',
    defKo:
      '훈련에 앞서 데이터를 0 중심화하거나 정규화하는 등으로 변환하는 것으로, 그 통계량은 훈련 데이터에서만 구한다.',
    chapters: ['activation-functions', 'data-preprocessing', 'babysitting-learning'],
    match: { en: ['preprocessing'], ko: ['전처리'] },
  },
  {
    id: 'random-search',
    en: 'random search',
    ko: '무작위 탐색',
    defEn:
      "Hyperparameter search that draws each trial's settings at random from the chosen ranges, thereby trying far more distinct values of each hyperparameter than a grid with the same number of trials.",
    defKo:
      '정해 둔 범위에서 시행마다 설정값을 무작위로 뽑는 탐색 방법으로, 같은 시행 수의 격자 탐색보다 하이퍼파라미터마다 훨씬 많은 서로 다른 값을 시도한다.',
    chapters: ['hyperparameter-search'],
    match: { en: ['random search'], ko: ['무작위 탐색'] },
  },
  {
    id: 'regularisation',
    en: 'regularisation',
    ko: '규제',
    defEn:
      'Any technique, such as an L2 penalty or dropout, that limits how closely a network can fit its training set in order to reduce overfitting.',
    defKo:
      'L2 벌점이나 드롭아웃처럼 신경망이 훈련 데이터를 지나치게 맞추지 못하게 막아 과적합을 줄이는 기법을 통틀어 이르는 말이다.',
    chapters: ['batch-normalisation', 'babysitting-learning', 'hyperparameter-search', 'parameter-updates'],
    match: {
      en: ['regularisation', 'regulariser', 'regularisers', 'regularise', 'regularises', 'regularising'],
      ko: ['규제'],
    },
  },
  {
    id: 'relu',
    en: 'ReLU',
    ko: 'ReLU',
    defEn:
      'The rectified linear unit max(0, x): the identity for positive inputs and zero otherwise, cheap to compute and free of saturation on the positive side.',
    defKo:
      'max(0, x)로 정의되는 정류 선형 유닛으로, 양수 입력은 그대로 통과시키고 나머지는 0으로 만들며, 계산이 싸고 양수 쪽에서는 포화하지 않는다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
      'babysitting-learning',
      'hyperparameter-search',
    ],
    match: { en: ['relu', 'relus'], ko: ['ReLU'] },
  },
  {
    id: 'rmsprop',
    en: 'RMSProp',
    ko: 'RMSProp',
    defEn:
      "An update rule that divides each parameter's step by the root of a decaying average of its squared gradients; unlike AdaGrad it forgets old gradients, so its rates can grow again.",
    defKo:
      '기울기 제곱의 감쇠 평균의 제곱근으로 매개변수마다 스텝을 나누는 갱신 규칙으로, AdaGrad와 달리 오래된 기울기를 잊으므로 학습률이 다시 커질 수 있다.',
    chapters: ['parameter-updates'],
    match: { en: ['rmsprop'], ko: ['RMSProp'] },
  },
  {
    id: 'running-average',
    en: 'running average',
    ko: '이동 평균',
    defEn:
      'An exponentially weighted average updated at every training step, such as the averages of the batch means and variances that batch normalisation keeps for test time.',
    defKo:
      '훈련 스텝마다 갱신하는 지수 가중 평균으로, 배치 정규화는 배치 평균과 배치 분산의 이동 평균을 모아 두었다가 시험 시점에 쓴다.',
    chapters: ['batch-normalisation'],
    match: {
      en: ['running average', 'running averages', 'running statistics', 'running variance'],
      ko: ['이동 평균', '이동 통계량', '이동 분산'],
    },
  },
  {
    id: 'sanity-check',
    en: 'sanity check',
    ko: '점검',
    defEn:
      'A cheap test with a known expected outcome, run before or during training, such as checking that the initial loss is ln C or that the network can overfit a tiny subset.',
    defKo:
      '결과를 미리 알 수 있는 값싼 확인 절차로, 초기 손실이 ln C인지 보거나 신경망이 아주 작은 부분 집합을 과적합할 수 있는지 보는 것처럼 훈련 전이나 도중에 한다.',
    chapters: ['babysitting-learning'],
    match: { en: ['sanity check', 'sanity checks', 'sanity-check'], ko: ['점검'] },
  },
  {
    id: 'saturation',
    en: 'saturation',
    ko: '포화',
    defEn:
      'The state of a unit whose input lies on a flat part of its activation function, such as either tail of the sigmoid or tanh, where the local gradient is almost zero and almost no gradient flows back.',
    defKo:
      '유닛의 입력이 시그모이드나 tanh의 양 끝처럼 활성화 함수가 평평한 구간에 놓인 상태로, 국소 기울기가 거의 0이어서 되돌아가는 기울기도 거의 없다.',
    chapters: ['activation-functions', 'weight-initialisation', 'batch-normalisation'],
    match: { en: ['saturation', 'saturate', 'saturates', 'saturated', 'saturating'], ko: ['포화'] },
  },
  {
    id: 'sgd',
    en: 'SGD',
    ko: '확률적 경사 하강법',
    defEn:
      'Stochastic gradient descent: gradient descent in which every step uses the gradient of the loss on a random mini-batch.',
    defKo: '매 스텝 무작위로 뽑은 미니배치에서 구한 손실의 기울기를 쓰는 경사 하강법이다.',
    chapters: [
      'introduction',
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'batch-normalisation',
      'babysitting-learning',
      'hyperparameter-search',
      'parameter-updates',
    ],
    match: { en: ['sgd', 'stochastic gradient descent'], ko: ['확률적 경사 하강법', 'SGD'] },
  },
  {
    id: 'sigmoid',
    en: 'sigmoid',
    ko: '시그모이드',
    defEn:
      'The logistic function σ(x) = 1/(1 + e^(−x)), which squashes its input into (0, 1); it saturates, is not zero-centred and costs an exponential.',
    defKo:
      '입력을 (0, 1) 구간으로 눌러 담는 로지스틱 함수 σ(x) = 1/(1 + e^(−x))로, 포화하고 0 중심이 아니며 지수 함수 계산이 든다.',
    chapters: [
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
    ],
    match: { en: ['sigmoid', 'sigmoids'], ko: ['시그모이드'] },
  },
  {
    id: 'silu',
    en: 'SiLU',
    ko: 'SiLU',
    defEn:
      'The sigmoid-weighted linear unit x·σ(x), also known as Swish: smooth, close to ReLU for large inputs and with a small negative dip.',
    defKo:
      'Swish라고도 하는 시그모이드 가중 선형 유닛 x·σ(x)로, 매끄럽고 입력이 크면 ReLU에 가까우며 음수 쪽에 작은 골짜기가 있다.',
    chapters: ['activation-functions'],
    match: { en: ['silu', 'silus'], ko: ['SiLU'] },
  },
  {
    id: 'softmax',
    en: 'softmax',
    ko: '소프트맥스',
    defEn: 'The function that turns a vector of scores f into probabilities, p_j = e^(f_j) / Σ_k e^(f_k).',
    defKo: '점수 벡터 f를 확률 p_j = e^(f_j) / Σ_k e^(f_k)로 바꾸는 함수이다.',
    chapters: ['introduction', 'data-preprocessing', 'babysitting-learning', 'parameter-updates'],
    match: { en: ['softmax'], ko: ['소프트맥스'] },
  },
  {
    id: 'standard-deviation',
    en: 'standard deviation',
    ko: '표준편차',
    defEn: 'The square root of the variance, the typical distance of values from their mean.',
    defKo: '분산의 제곱근으로, 값들이 평균에서 떨어진 전형적인 거리이다.',
    chapters: [
      'introduction',
      'data-preprocessing',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
      'babysitting-learning',
    ],
    match: { en: ['standard deviation', 'standard deviations'], ko: ['표준편차'] },
  },
  {
    id: 'symmetry-breaking',
    en: 'symmetry breaking',
    ko: '대칭성 깨기',
    defEn:
      'Starting the weights at different random values so that the units of a layer compute different functions; units started equal receive equal gradients and stay identical forever.',
    defKo:
      '가중치를 서로 다른 무작위 값에서 시작해 같은 층의 유닛들이 서로 다른 함수를 계산하게 하는 것으로, 같은 값에서 출발한 유닛들은 같은 기울기를 받아 끝까지 똑같이 남는다.',
    chapters: ['weight-initialisation'],
    match: { en: ['symmetry breaking', 'break the symmetry', 'breaking the symmetry'], ko: ['대칭성 깨기'] },
  },
  {
    id: 'tanh',
    en: 'tanh',
    ko: 'tanh',
    defEn:
      'The hyperbolic tangent, which squashes its input into (−1, 1): a zero-centred, stretched sigmoid that still saturates.',
    defKo: '입력을 (−1, 1) 구간으로 눌러 담는 쌍곡탄젠트 함수로, 0 중심인 늘인 시그모이드이지만 여전히 포화한다.',
    chapters: [
      'activation-functions',
      'data-preprocessing',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
    ],
    match: { en: ['tanh'], ko: ['tanh'] },
  },
  {
    id: 'test-set',
    en: 'test set',
    ko: '시험 데이터',
    defEn:
      'Held-out data that is used once, after every choice has been made, to estimate performance on unseen data, and never for tuning.',
    defKo:
      '모든 선택을 마친 뒤 한 번만 써서 처음 보는 데이터에 대한 성능을 어림하는, 떼어 둔 데이터로, 조정에는 절대 쓰지 않는다.',
    chapters: ['data-preprocessing', 'babysitting-learning', 'hyperparameter-search'],
    match: { en: ['test set', 'test sets', 'test data'], ko: ['시험 데이터'] },
  },
  {
    id: 'test-time',
    en: 'test time',
    ko: '시험 시점',
    defEn:
      'The phase in which a trained network makes predictions, where layers such as batch normalisation and dropout behave differently from training.',
    defKo: '학습된 신경망이 예측을 하는 단계로, 배치 정규화나 드롭아웃 같은 층은 이때 훈련 중과 다르게 동작한다.',
    chapters: ['batch-normalisation', 'parameter-updates'],
    match: { en: ['test time', 'test-time'], ko: ['시험 시점', '시험 시'] },
  },
  {
    id: 'training-set',
    en: 'training set',
    ko: '훈련 데이터',
    defEn:
      'The examples the network learns from, and the only data from which preprocessing statistics may be computed.',
    defKo: '신경망이 학습하는 예제들로, 전처리 통계량도 이 데이터에서만 구해야 한다.',
    chapters: ['data-preprocessing', 'babysitting-learning', 'parameter-updates'],
    match: { en: ['training set', 'training sets', 'training data'], ko: ['훈련 데이터'] },
  },
  {
    id: 'update-ratio',
    en: 'update ratio',
    ko: '갱신 비율',
    defEn:
      "The size of a step's update relative to the size of the weights it changes, ‖ΔW‖/‖W‖ per layer; around 10⁻³ is healthy.",
    defKo: '한 스텝의 갱신 크기를 그 갱신이 바꾸는 가중치의 크기와 견준 층별 비율 ‖ΔW‖/‖W‖로, 10⁻³ 안팎이면 건강하다.',
    chapters: ['babysitting-learning'],
    match: {
      en: ['update ratio', 'update ratios', 'update-to-weight ratio'],
      ko: ['갱신 비율', '갱신 대 가중치 비율'],
    },
  },
  {
    id: 'validation-set',
    en: 'validation set',
    ko: '검증 데이터',
    defEn:
      'Held-out data, separate from the test set, on which hyperparameters are chosen and training progress is judged.',
    defKo: '시험 데이터와 따로 떼어 두고 하이퍼파라미터를 고르거나 훈련 경과를 판단하는 데 쓰는 데이터이다.',
    chapters: ['babysitting-learning', 'hyperparameter-search'],
    match: { en: ['validation set', 'validation sets', 'validation data'], ko: ['검증 데이터'] },
  },
  {
    id: 'variance',
    en: 'variance',
    ko: '분산',
    defEn:
      "The mean squared deviation of a quantity from its mean; initialisation rules set the weights' variance so that the variance of the activations stays the same from layer to layer.",
    defKo:
      '값이 평균에서 벗어난 정도의 제곱을 평균한 것으로, 초기화 규칙은 층을 지나도 활성화 값의 분산이 유지되도록 가중치의 분산을 정한다.',
    chapters: [
      'introduction',
      'data-preprocessing',
      'weight-initialisation',
      'xavier-and-he',
      'batch-normalisation',
      'hyperparameter-search',
    ],
    match: { en: ['variance', 'variances'], ko: ['분산'] },
  },
  {
    id: 'weight-decay',
    en: 'weight decay',
    ko: '가중치 감소',
    defEn:
      'Regularisation by an L2 penalty on the weights (not the biases), whose gradient λw shrinks every weight towards zero at each step.',
    defKo: '가중치(편향은 제외)에 L2 벌점을 거는 규제로, 그 기울기 λw가 매 스텝 모든 가중치를 0 쪽으로 줄인다.',
    chapters: ['weight-initialisation', 'parameter-updates'],
    match: { en: ['weight decay'], ko: ['가중치 감소'] },
  },
  {
    id: 'weight-initialisation',
    en: 'weight initialisation',
    ko: '가중치 초기화',
    defEn:
      "The choice of a network's weights before the first training step, usually random values whose scale is set by each layer's fan-in.",
    defKo: '첫 훈련 스텝 전에 신경망의 가중치를 정하는 일로, 보통 각 층의 팬인에 맞춘 크기의 무작위 값을 쓴다.',
    chapters: ['weight-initialisation'],
    match: { en: ['weight initialisation'], ko: ['가중치 초기화'] },
  },
  {
    id: 'whitening',
    en: 'whitening',
    ko: '백색화',
    defEn:
      'Decorrelating centred data and then dividing each component by its standard deviation, so that the covariance becomes the identity matrix.',
    defKo: '중심화한 데이터를 비상관화한 다음 각 성분을 그 표준편차로 나누어 공분산을 단위 행렬로 만드는 변환이다.',
    chapters: ['data-preprocessing'],
    match: { en: ['whitening', 'whiten', 'whitened'], ko: ['백색화'] },
  },
  {
    id: 'xavier-initialisation',
    en: 'Xavier initialisation',
    ko: 'Xavier 초기화',
    defEn:
      "In the course, as in CS231n, drawing weights as N(0, 1)/√n_in (the fan-in rule), which keeps the variance through linear and tanh layers; Glorot and Bengio's own formula uses variance 2/(n_in + n_out).",
    defKo:
      '이 강좌에서는 CS231n처럼 가중치를 N(0, 1)/√n_in으로 뽑는 팬인 규칙을 가리키며 선형 층과 tanh 층에서 분산을 유지하는데, Glorot와 Bengio의 원래 공식은 분산 2/(n_in + n_out)을 쓴다.',
    chapters: ['introduction', 'weight-initialisation', 'xavier-and-he'],
    match: { en: ['xavier initialisation', 'xavier'], ko: ['Xavier 초기화', 'Xavier'] },
  },
  {
    id: 'zero-centred',
    en: 'zero-centred',
    ko: '0 중심',
    defEn:
      'Having mean zero; inputs or activations that are not zero-centred (all positive, say) force all the weight gradients of a unit to share one sign.',
    defKo:
      '평균이 0인 상태로, 입력이나 활성화 값이 0 중심이 아니면(예: 모두 양수) 한 유닛의 가중치 기울기가 모두 같은 부호를 갖게 된다.',
    chapters: ['activation-functions', 'data-preprocessing', 'xavier-and-he'],
    match: { en: ['zero-centred', 'zero-centring', 'zero-centre'], ko: ['0 중심'] },
  },
];
