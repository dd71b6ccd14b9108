// What the custom formulas compute over a grid (DISTMODEL and its output kinds).
// The door of src/engine/formulas/: other parts import from here.
export {
  distmodel,
  mapGrid,
  OUTPUT_HEADERS,
  OUTPUT_KINDS,
  type OutputCell,
  type OutputKind,
  parseOutputKind,
  scoreGrid,
} from './distmodel';
