// A configuration sheet DistModel began and never finished. Creating it is three steps (insert the sheet,
// write the table, then mark it and name its range), and an execution stopped after the first leaves an
// empty sheet under the default name: read as the configuration, it would block every scoring run with
// "the weights table is empty". Recognised by what only an unfinished creation leaves (no named range, no
// mark, nothing in it), it counts as no configuration and the next write fills it (issue #17).
import { isBlank } from '../../engine';
import type { WeightsGrid } from '../../shared/sidebar-contract';
import { isMarked, type WeightsLocation } from './weights-location';

/**
 * Whether the located sheet is a half-made configuration: found by its name alone (no named range points at
 * it) and holding nothing (`grid`: its getDataRange values), without the mark. One round trip (the mark)
 * only on that rare path.
 */
export function isHalfMade(location: WeightsLocation, grid: WeightsGrid): boolean {
  const { sheet, named } = location;
  if (!sheet || named) return false;
  if (!grid.every((row) => row.every(isBlank))) return false;
  return !isMarked(sheet);
}
