// What would change an answer: flips, sensitivity of the criteria weights, and per-row what-if.
// The door of src/engine/what-if/: other parts import from here.
export { type FactChange, type Flip, type FlipPair, findFlip, findFlipPair, scoresWithLevel } from './flip';
export { FLIP_HEADERS } from './flip-cells';
export {
  type FactChangeView,
  type FlipView,
  productWhatIf,
  type RowWhatIf,
  rowWhatIf,
  type WeightRangeView,
} from './row-what-if';
export { keepsAt, ROBUST_FACTOR, type WeightRange, weightRanges } from './sensitivity';
export { distmodelSensitivity, NO_LIMIT, sensitivityHeader } from './sensitivity-grid';
export { type PortfolioShifts, portfolioWeightShifts, type WeightShift } from './weight-shifts';
export { roundedWeight } from './what-if';
