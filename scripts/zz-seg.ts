import { PRESET_NAMES, presetTable } from '../src/engine/index';
import { figuresOf, judgeAll } from '../tests/support/agreement';
import { isHeldOut, readReference } from '../tests/support/reference';
const train = readReference().filter((p) => !isHeldOut(p));
const segs: Record<string, string[]> = {
  'B2B software': ['B2B software'],
  'Consumer packaged goods': ['consumer goods', 'food'],
  'Luxury and prestige goods': ['fashion', 'vehicles'],
  'Industrial equipment': ['industrial goods', 'B2B hardware', 'B2B supplies', 'agriculture'],
};
for (const [preset, list] of Object.entries(segs)) {
  const rows = train.filter((p) => list.includes(p.segment));
  for (const name of ['Balanced', preset]) {
    const f = figuresOf(judgeAll(presetTable(name as never), rows));
    console.log(preset.padEnd(28), name.padEnd(28), `${f.right}/${f.n}`, `firmWrong ${f.firmWrong}`);
  }
}
console.log(PRESET_NAMES);
