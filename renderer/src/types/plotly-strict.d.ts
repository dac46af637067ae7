/**
 * plotly.js-strict-dist-min ships no types: it is the strict (no `eval`) build of the same
 * API that @types/plotly.js describes. The bundle is CommonJS, so its default import is the API.
 */
declare module 'plotly.js-strict-dist-min' {
  import * as Plotly from 'plotly.js';
  export default Plotly;
}
