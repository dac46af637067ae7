// Minimal types for the parts of jStat (npm `jstat`, MIT) that shared/stats uses; the package
// ships none and there is no `@types/jstat`.
declare module 'jstat' {
  interface JStat {
    studentt: {
      /** The p-quantile of Student's t with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
      cdf(x: number, dof: number): number;
    };
    noncentralt: {
      /** P(T ≤ x) for the noncentral t with `dof` degrees of freedom and noncentrality `ncp`. */
      cdf(x: number, dof: number, ncp: number): number;
    };
    normal: {
      cdf(x: number, mean: number, std: number): number;
      inv(p: number, mean: number, std: number): number;
    };
  }
  const jStat: JStat;
  export default jStat;
}
