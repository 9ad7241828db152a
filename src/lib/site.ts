/** The course's name and one-line description: page titles, meta tags, the manifest and link previews. */
export const SITE_NAME = 'Training Neural Networks';
export const SITE_DESCRIPTION =
  'An interactive course on training neural networks: activations, preprocessing, initialisation, batch normalisation, babysitting training, hyperparameter search and optimisers, with live demos you can rerun.';
