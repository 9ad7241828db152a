/**
 * The claims catalogue: every claim the course makes, by stable id. Chapters list the ids they
 * cover in their frontmatter (the build fails on an unknown id), demos and tests name them, and
 * the /claims page maps each id to its chapter, demo and test.
 *
 *   import { CLAIMS, isClaimId } from '@lib/claims';
 *   CLAIMS.I3.text;     // "10 layers × 500 tanh units, ..."
 */
export interface ClaimInfo {
  /** The topic (chapter family) the claim belongs to. */
  readonly topic: string;
  /** True for claims that go beyond the source material. */
  readonly beyond: boolean;
  /** The claim, as catalogued. Chapters state it in their own words. */
  readonly text: string;
}

export const CLAIMS = {
  A1: {
    topic: 'Activation functions',
    beyond: false,
    text: "Stacking linear layers with no nonlinearity collapses to a single linear map (W2(W1x + b1) + b2 = W'x + b'); depth then adds nothing.",
  },
  A2: {
    topic: 'Activation functions',
    beyond: false,
    text: "Sigmoid saturates: its local gradient σ'(x) = σ(x)(1 − σ(x)) is ≈ 4.5e-5 at x = ±10, so the upstream gradient through a saturated unit is almost zero (vanishing gradient through depth).",
  },
  A3: {
    topic: 'Activation functions',
    beyond: false,
    text: 'Sigmoid outputs are not zero-centred. If every input to a neuron is positive, the gradients on all its weights share one sign (the sign of the upstream gradient), so an update can only move into two quadrants and the path to the optimum zig-zags.',
  },
  A4: {
    topic: 'Activation functions',
    beyond: false,
    text: "exp() is more expensive than max(0, x): measured live in the reader's browser.",
  },
  A5: { topic: 'Activation functions', beyond: false, text: 'tanh is zero-centred but still saturates.' },
  A6: {
    topic: 'Activation functions',
    beyond: false,
    text: "ReLU does not saturate for x > 0, is cheap, and converges several times faster than sigmoid/tanh (Krizhevsky et al. 2012 report about 6× on CIFAR-10). Reproduce the comparison on the course's own data and report the measured ratio honestly.",
  },
  A7: {
    topic: 'Activation functions',
    beyond: false,
    text: 'ReLU is not differentiable at 0; by convention its gradient there is taken as 0.',
  },
  A8: {
    topic: 'Activation functions',
    beyond: false,
    text: 'Dead ReLU: a unit whose input is negative for every example gets zero gradient and never recovers. Causes: bad initialisation, or a learning rate so high that an update knocks the unit off the data cloud. A measurable fraction of units (often cited 10–20%) can die in training; a small positive bias at init (e.g. 0.01) is one mitigation.',
  },
  A9: {
    topic: 'Activation functions',
    beyond: false,
    text: 'A unit that outputs 0 for one input is not dead for all inputs: death is a property of the unit over the whole data set.',
  },
  A10: {
    topic: 'Activation functions',
    beyond: false,
    text: 'Leaky ReLU (fixed negative slope, a hyperparameter) and PReLU (negative slope α learned by backprop) never have zero gradient, so units cannot die.',
  },
  A11: {
    topic: 'Activation functions',
    beyond: false,
    text: "ELU keeps ReLU's benefits, has outputs closer to zero mean, and saturates for large negative inputs (robust to noise); it costs an exp.",
  },
  A12: {
    topic: 'Activation functions',
    beyond: false,
    text: 'Maxout, max(w1·x + b1, w2·x + b2), neither saturates nor dies but doubles the parameters per neuron.',
  },
  A13: {
    topic: 'Activation functions',
    beyond: false,
    text: 'Practical advice: start with ReLU and tune the learning rate; try Leaky ReLU / ELU / Maxout; tanh rarely helps; do not use sigmoid in hidden layers.',
  },
  A14: {
    topic: 'Activation functions',
    beyond: true,
    text: 'GELU and SiLU/Swish, the activations of modern transformers and CNNs, with the same saturation / zero-centring / cost analysis.',
  },
  A15: {
    topic: 'Activation functions',
    beyond: false,
    text: 'In the input plane a first-layer ReLU unit is a line w·x + b = 0 with an active half-plane; the unit is dead when that half-plane holds no data point. A bad initialisation (a large negative bias) or a too-large learning rate leaves many units dead, and they stay dead (their parameters receive exactly zero gradient); with a good setting few or none die.',
  },
  P1: {
    topic: 'Data preprocessing',
    beyond: false,
    text: 'Zero-centre the inputs, for the same reason as A3: all-positive inputs constrain the gradient signs of the first layer and slow training. Show the slowdown.',
  },
  P2: {
    topic: 'Data preprocessing',
    beyond: false,
    text: 'Normalise (divide by the standard deviation) when features have different scales; for images usually only zero-centring is done (mean image, AlexNet; per-channel mean, VGG).',
  },
  P3: {
    topic: 'Data preprocessing',
    beyond: false,
    text: 'PCA decorrelates, whitening then scales every direction to unit variance; rarely used for images. Show a 2-D point cloud: raw → centred → normalised → decorrelated → whitened.',
  },
  P4: {
    topic: 'Data preprocessing',
    beyond: false,
    text: 'Statistics (mean, std, PCA) are computed on the training set only and then applied to validation and test data.',
  },
  P5: {
    topic: 'Data preprocessing',
    beyond: false,
    text: 'For colour images, subtracting the per-channel mean (VGG, 3 numbers) removes the average colour but leaves the spatial structure of the mean image; subtracting the mean image (AlexNet, [32, 32, 3]) removes the mean at every position. Measured on generated 32×32×3 images: the mean left after each subtraction, and how raw, per-channel and mean-image inputs train.',
  },
  I1: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'All-zero (or all-equal) weights: every hidden neuron computes the same output and gets the same gradient, so they stay identical through training: symmetry never breaks.',
  },
  I2: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'Small random weights (N(0, 1) × 0.01) work for small networks.',
  },
  I3: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: "10 layers × 500 tanh units, inputs N(0, 1), W ~ N(0, 1) × 0.01: the mean of each layer's activations stays near 0 but the standard deviation collapses towards 0 with depth; going back, the gradient with respect to the activations collapses the same way (from 1 at layer 10 to about 1e-6 at layer 1), and the gradients on W (proportional to the layer input) vanish as well.",
  },
  I4: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'Same net with W ~ N(0, 1) × 1.0: almost every activation saturates at ±1 and the local gradients are ≈ 0.',
  },
  I5: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'Xavier, W ~ N(0, 1)/√fan_in: the per-layer distributions stay well spread with depth (the derivation assumes the activation is linear around 0, as tanh is in its active region).',
  },
  I6: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'Xavier with ReLU: ReLU halves the variance at each layer, so distributions collapse towards 0 and more and more units are inactive with depth.',
  },
  I7: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'He, W ~ N(0, 1)·√(2/fan_in): accounts for the halving; distributions stay stable with depth under ReLU.',
  },
  I8: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: '5 layers × 100 sigmoid units, 1000 samples: std 1 piles activations at 0 and 1 (vanishing gradient); std 0.01 piles them at 0.5 (every neuron outputs nearly the same value: little expressive power); Xavier spreads them.',
  },
  I9: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: '5 ReLU layers: LeCun and Glorot initialisations shrink the activations towards 0 with depth; He keeps them evenly spread across layers.',
  },
  I10: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'Training a 5-layer ReLU net on MNIST: std 0.01 does not learn at all; Xavier and He both learn, He faster.',
  },
  I11: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'Weight decay wants small weights, but that is no reason to initialise them at 0 (I1).',
  },
  I12: {
    topic: 'Weight initialisation and symmetry breaking',
    beyond: false,
    text: 'Well-spread activations at every layer are what make learning proceed; this motivates batch normalisation (chapter 5).',
  },
  D1: {
    topic: 'The Xavier and He derivations',
    beyond: false,
    text: 'For y = Σᵢ wᵢxᵢ with independent, zero-mean wᵢ and xᵢ: Var(y) = n·Var(w)·Var(x); keeping Var(y) = Var(x) needs Var(w) = 1/n_in (the fan-in form, also called LeCun).',
  },
  D2: {
    topic: 'The Xavier and He derivations',
    beyond: false,
    text: "The backward pass gives Var(w) = 1/n_out; Glorot & Bengio's compromise is Var(w) = 2/(n_in + n_out); a uniform U(−a, a) has variance a²/3, so a = √(6/(n_in + n_out)).",
  },
  D3: {
    topic: 'The Xavier and He derivations',
    beyond: false,
    text: 'ReLU keeps only half of a symmetric pre-activation: E[relu(z)²] = Var(z)/2, so Var(w) = 2/n_in (He et al. 2015); Leaky ReLU with slope a: Var(w) = 2/((1 + a²)·n_in).',
  },
  D4: {
    topic: 'The Xavier and He derivations',
    beyond: true,
    text: 'Live check of the derivation: the measured per-layer variance ratio matches the formula\'s prediction within sampling error, and the "gain" of each activation (1 linear and sigmoid-as-conventionally-set, 5/3 tanh, √2 ReLU, √(2/(1 + a²)) leaky ReLU) is derived and shown, not just quoted.',
  },
  B1: {
    topic: 'Batch normalisation',
    beyond: false,
    text: 'For each feature over the mini-batch: x̂ = (x − μ_B)/√(σ²_B + ε), then y = γ·x̂ + β.',
  },
  B2: {
    topic: 'Batch normalisation',
    beyond: false,
    text: 'Every step is differentiable, so backprop flows through it (gradient-checked).',
  },
  B3: {
    topic: 'Batch normalisation',
    beyond: false,
    text: 'It goes after a fully connected or convolutional layer and before the nonlinearity.',
  },
  B4: {
    topic: 'Batch normalisation',
    beyond: false,
    text: 'Fully connected: statistics per feature over the batch. Convolutional: per channel over the batch and all spatial positions, so each activation map is normalised once.',
  },
  B5: {
    topic: 'Batch normalisation',
    beyond: false,
    text: 'γ and β are learned parameters; with γ = √(σ² + ε) and β = μ the layer is the identity, so the network can undo the normalisation where that helps.',
  },
  B6: {
    topic: 'Batch normalisation',
    beyond: false,
    text: "Benefits: better gradient flow, higher usable learning rates, much less dependence on the initialisation, and a regularising effect (an example's output depends on the rest of its batch), which can reduce the need for dropout. Reproduce: with and without BN across 16 weight scales from 1 to 1e-4, BN learns faster and at almost every scale.",
  },
  B7: {
    topic: 'Batch normalisation',
    beyond: false,
    text: 'At test time BN uses the running (empirical) mean and variance gathered in training, not the statistics of the test batch; show what goes wrong otherwise (e.g. a batch of one).',
  },
  B8: {
    topic: 'Batch normalisation',
    beyond: false,
    text: 'BN puts tanh inputs in its linear regime; γ and β let the network choose how much saturation it wants.',
  },
  S1: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'The process: preprocess, choose the architecture, sanity-check the loss, then train.',
  },
  S2: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'With small weights and no regularisation, the initial softmax loss is ≈ ln(C) (2.303 for 10 classes); adding regularisation raises it.',
  },
  S3: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Overfit a tiny subset (e.g. 20 examples) to 100% training accuracy with no regularisation before training for real.',
  },
  S4: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Learning rate too low (1e-6): the loss barely moves, yet accuracy can jump (to ~20%), because the probabilities stay diffuse while shifting slightly the right way.',
  },
  S5: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: "Learning rate far too high (1e6): the loss becomes NaN; NaN almost always means the learning rate is too high. An in-between value (3e-3 in the lecture's setup) can still explode.",
  },
  S6: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Search learning rate and regularisation coarse to fine, on a log scale; if the best value lies at the edge of the range, move the range.',
  },
  S7: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Random search beats grid search when one hyperparameter matters more than another (Bergstra & Bengio 2012).',
  },
  S8: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Loss-curve shapes: very high lr explodes, high lr plateaus high, low lr decreases slowly and linearly, a good lr drops steeply then flattens; a bad initialisation shows a flat start then a sudden drop.',
  },
  S9: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'A large train/validation accuracy gap means overfitting (regularise, dropout, early stopping); no gap means capacity can grow.',
  },
  S10: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'The ratio of update magnitude to weight magnitude, ‖ΔW‖/‖W‖, should be around 1e-3.',
  },
  S11: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Why train on the loss, not on accuracy: accuracy is piecewise constant in the weights, so its derivative is 0 almost everywhere (the same reason a step activation cannot be used).',
  },
  S12: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Softmax with cross-entropy has the gradient y − t; identity output with squared error has the same form.',
  },
  S13: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: 'Hyperparameters are tuned on a validation set, never on the test set.',
  },
  S14: {
    topic: 'Babysitting the learning process',
    beyond: false,
    text: "The lecture's own sanity check reproduced on CIFAR-shaped data (3072 inputs, mean-subtracted pixel values): a 3072-50-10 network with weights 1e-4·N(0, 1) starts at loss ln 10 ≈ 2.3026 (the lecture: 2.30261); with λ = 1e3 the loss rises by ½λΣW² ≈ 0.77 to about 3.07 (the lecture: 3.06859), a figure that depends on the weight scale as std².",
  },
  S15: {
    topic: 'Hyperparameter search',
    beyond: true,
    text: 'The learning rate matters most: over a long random search, its value alone explains several times more of the variation in validation loss than the L2 strength or the dropout probability.',
  },
  S16: {
    topic: 'Hyperparameter search',
    beyond: true,
    text: 'Stopping trials whose validation loss is still bad after a few steps saves a large share of a search budget without losing the best trial: on the spiral objective, stopping at step 50 of 300 every trial above 0.8 saves over a third of the steps and keeps the winner.',
  },
  S17: {
    topic: 'Hyperparameter search',
    beyond: true,
    text: 'With the same budget on the same real objective, Bayesian optimisation (a Gaussian process with expected improvement) ends closer to the best known value than random search, and random search closer than a grid (Snoek et al. 2012; Bergstra & Bengio 2012).',
  },
  O1: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: 'SGD, W ← W − η∇L, is inefficient on anisotropic functions: on f(x, y) = x²/20 + y² from (−7, 2) its path zig-zags, because the gradient does not point at the minimum.',
  },
  O2: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: 'Momentum, v ← αv − η∇L, W ← W + v: much less zig-zag.',
  },
  O3: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: "AdaGrad, h ← h + ∇L ⊙ ∇L, W ← W − η∇L/√h: a per-parameter decaying learning rate; its accumulated h eventually stops learning (RMSProp's moving average fixes that).",
  },
  O4: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: 'Adam combines momentum and AdaGrad-style scaling, with bias correction.',
  },
  O5: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: 'On MNIST, SGD learns slowest; Momentum, AdaGrad and Adam are faster.',
  },
  O6: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: 'Learning-rate decay: start large, then shrink.',
  },
  O7: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: 'Weight decay (an L2 penalty ½λ‖W‖²) reduces overfitting: on 300 training examples the train/test gap shrinks.',
  },
  O8: { topic: 'Parameter updates and regularisation', beyond: false, text: 'Dropout reduces overfitting as well.' },
  O9: {
    topic: 'Parameter updates and regularisation',
    beyond: true,
    text: 'On f(x, y) = x²/20 + y² the steepest-descent direction −∇f points more than 45° away from the minimum over most of the plane, and mostly along y: this is why the first SGD steps mostly move y.',
  },
  O10: {
    topic: 'Parameter updates and regularisation',
    beyond: true,
    text: "The order of Nesterov's two updates matters: updating the velocity first (the Korean edition's code) is a different rule from the look-ahead form (Bengio et al. 2013) the course uses; their first steps differ by μ²ηg and their paths separate.",
  },
  O11: {
    topic: 'Parameter updates and regularisation',
    beyond: true,
    text: "Less zig-zag is not faster: on the book's surface at the book's settings, momentum is behind SGD after 30 steps because it overshoots the minimum along x; with μ and η matched to the bowl it is far ahead.",
  },
  O12: {
    topic: 'Parameter updates and regularisation',
    beyond: false,
    text: 'Inverted dropout scales survivors by 1/(1 − p) in training so that each unit keeps its expected output; at test time the whole network, unscaled, stands in for the average of the thinned networks, and on a small noisy training set the train–test gap shrinks.',
  },
} as const satisfies Record<string, ClaimInfo>;

export type ClaimId = keyof typeof CLAIMS;

export const CLAIM_IDS = Object.keys(CLAIMS) as ClaimId[];

export function isClaimId(id: string): id is ClaimId {
  return Object.prototype.hasOwnProperty.call(CLAIMS, id);
}
