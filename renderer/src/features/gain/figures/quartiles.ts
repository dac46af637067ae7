/** A box plot's figures: computed in shared/stats (the slides of a story draw the same boxes). */
export { boxStats, type BoxStats } from '../../../../../shared/stats/quartiles';
