// The Team view: several raters per product. The door of sidebar/team/.
export { teamPanel } from './team-panel';
export { portfolioText, verdictText } from './team-texts';
