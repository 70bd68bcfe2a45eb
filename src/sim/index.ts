export type { Rng } from './rng';
export { rng, randomInt, randomNormal } from './rng';
export { finite, positive, atLeast, nonNegative, probability, inRange, count, integerAtLeast, integerInRange, finiteArray, keyword } from './validate';
export type { TokenLossOptions, LogisticInLogScaleOptions, Rise, RiseWidthOptions } from './curves';
export { tokenLoss, tokenProbability, logisticInLogScale, exactMatchRise, riseWidth } from './curves';
export type { Fit, LineFit, LogisticFit, FitLogisticOptions } from './fit';
export { fitLine, fitLogistic, extrapolate } from './fit';
export { chainSuccess, chainSuccessRise, atLeastK, majorityVote } from './chain';
export type { MultipleChoiceOptions } from './metrics';
export {
  PROBABILITY_FLOOR, expectedExactMatch, expectedEditDistance, logLikelihood, multipleChoiceGrade, brierScore,
} from './metrics';
export type { Sequence } from './sequence';
export { levenshtein, exactMatch } from './sequence';
export type { SampledAccuracy, Interval } from './sampling';
export { sampleAccuracy, wilsonInterval, differenceInterval, resolutionFloor, chanceOfZeroScore } from './sampling';
export type { CompositionOptions, CompositionPoint, Skill, CompositeResult } from './composition';
export { compositionalCapability, composite } from './composition';
export type { ChinchillaFit, Allocation, KnownModel } from './scaling-laws';
export {
  PF_DAY, kaplan, chinchillaPublished, chinchillaReplication, knownModels, trainingFlops,
  kaplanLoss, kaplanLossData, kaplanOptimal, chinchillaLoss, chinchillaOptimal,
} from './scaling-laws';
export { UnionFind } from './union-find';
export { percolationThreshold, percolates, spanningSites, randomGrid, spanningProbability } from './percolation';
export type { IsingOptions } from './ising';
export { Ising, createIsing } from './ising';
export type { IsingMeasurement, MeasureOptions } from './ising-measure';
export { measureIsing, susceptibility } from './ising-measure';
export { onsagerTc, onsagerMagnetization } from './onsager';
export type { FlockOptions } from './vicsek';
export { Flock, createFlock } from './vicsek';
export type { AdderOptions, AdderPoint, AdderResult } from './adder';
export { trainAdder } from './adder';
export type { SweepProgress, SweepStep } from './width-sweep';
export { widthSweep } from './width-sweep';
export type { InductionOptions, InductionPoint, HeadScores, RepeatSequence } from './induction-heads';
export { InductionModel, inductionDefaults, repeatSequence, phaseChangeStep, PHASE_CHANGE_ACCURACY } from './induction-heads';
export type { GrokkingOptions, GrokkingPoint } from './grokking';
export { GrokkingModel, trainPairCount, grokStep, memorisedStep, keyFrequencies, KEY_SHARE, GROKKED_ACCURACY } from './grokking';
