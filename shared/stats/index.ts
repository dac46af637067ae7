// Statistics for learning gain (DOMAIN.md, "Leerwinst"): pure functions over plain arrays.
export { correlation, mean, sd } from './describe';
export { type DzWithCi, dAv, dzWithCi, gAv, hedgesJ } from './effect-size';
export { noncentralTCdf } from './noncentral-t';
export { type PairedSummary, pairedSummary } from './paired';
export { type OlsModel, ols, residuals } from './regression';
export { brent, rootOfDecreasing } from './root';
export { type MeanCi, meanCi, tQuantile } from './t';
export { type TransitionMatrix, transitionMatrix } from './transitions';
