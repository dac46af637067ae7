import jStat from 'jstat';

/**
 * Up to this |ncp| jStat's series is used. It sums the Poisson-weighted beta terms from j = 0
 * and stops after 200 once a (signed) term is below 1e-14: from |ncp| ≈ 24.5–25.6 on the
 * weights peak past that and it returns about 0 for any t, and when t and ncp have opposite
 * signs it is already up to 7e-3 off from |ncp| ≈ 19.99 (cdf(−40, 50, 19.995) gives 0.007, not
 * 0). Kept well below both (docs/decisions/0008-noncentral-t.md).
 */
const JSTAT_MAX_NCP = 19;
/** Up to this df: beyond it jStat's incomplete beta loses digits (2.6e-6 off at df = 1e5, ncp = 0). */
const JSTAT_MAX_DF = 10_000;

/**
 * P(T ≤ t) for the noncentral t distribution with df ≥ 1 degrees of freedom and noncentrality
 * ncp. jStat's series for |ncp| ≤ 19 and df ≤ 10,000 (absolute error under 1e-7 there), an
 * integral of our own beyond (under 1e-12). Throws on df < 1 or a value that is NaN.
 */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  if (Number.isNaN(t) || !(df >= 1) || !Number.isFinite(ncp)) {
    throw new RangeError(`noncentralTCdf: needs t, df ≥ 1 and a finite ncp: ${t}, ${df}, ${ncp}`);
  }
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const p = Math.abs(ncp) <= JSTAT_MAX_NCP && df <= JSTAT_MAX_DF ? jStat.noncentralt.cdf(t, df, ncp) : byIntegral(t, df, ncp);
  return Math.min(1, Math.max(0, p));
}

// Gauss–Kronrod 7–15 (QUADPACK qk15): Kronrod nodes in [0, 1) and weights; the Gauss weights
// belong to the odd-indexed nodes and the centre.
const XK = [0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945, 0.5860872354676911, 0.4058451513773972, 0.20778495500789848];
const WK = [0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592, 0.1690047266392679, 0.19035057806478542, 0.20443294007529889];
const WK_CENTRE = 0.20948214108472782;
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189];
const WG_CENTRE = 0.4179591836734694;

/**
 * T = (Z + ncp) / S with S = √(χ²_df / df), so P(T ≤ t) = E[Φ(t·S − ncp)]: the integral over s
 * of S's density times Φ(t·s − ncp), by adaptive Gauss–Kronrod. The density is taken relative
 * to its mode m and normalised by its own integral over the same panels, so no large
 * log-gamma terms cancel for large df. Its support is cut at m ± 14 SD (mass beyond < 1e-40).
 */
function byIntegral(t: number, df: number, ncp: number): number {
  const m = Math.sqrt((df - 1) / df);
  const spread = 1 / Math.sqrt(2 * df);
  const lo = Math.max(0, m - 14 * spread);
  const hi = m + 14 * spread;
  const logDensity = (s: number): number =>
    (df === 1 ? 0 : (df - 1) * Math.log1p((s - m) / m)) - (df * (s - m) * (s + m)) / 2;

  // Break at the mode and where Φ(t·s − ncp) rises (width 1/|t|), then halve where needed.
  const breaks = [lo, hi];
  if (m > lo) breaks.push(m);
  const rise = ncp / t;
  if (Number.isFinite(rise) && rise > lo && rise < hi) breaks.push(rise);
  breaks.sort((a, b) => a - b);
  const stack: [number, number][] = [];
  for (let i = 1; i < breaks.length; i++) if (breaks[i]! > breaks[i - 1]!) stack.push([breaks[i - 1]!, breaks[i]!]);

  const tolerance = (1e-11 * spread) / (hi - lo); // per unit of s: |K15 − G7| overstates K15's error by far
  let num = 0;
  let den = 0;
  for (let panels = 0; stack.length > 0; panels++) {
    const [a, b] = stack.pop()!;
    const centre = (a + b) / 2;
    const half = (b - a) / 2;
    const at = (s: number): [number, number] => {
      const g = Math.exp(logDensity(s));
      return [g * jStat.normal.cdf(t * s - ncp, 0, 1), g];
    };
    const [fc, gc] = at(centre);
    let kNum = WK_CENTRE * fc;
    let kDen = WK_CENTRE * gc;
    let gNum = WG_CENTRE * fc;
    let gDen = WG_CENTRE * gc;
    for (let j = 0; j < XK.length; j++) {
      const [f1, g1] = at(centre - half * XK[j]!);
      const [f2, g2] = at(centre + half * XK[j]!);
      kNum += WK[j]! * (f1 + f2);
      kDen += WK[j]! * (g1 + g2);
      if (j % 2 === 1) {
        gNum += WG[(j - 1) / 2]! * (f1 + f2);
        gDen += WG[(j - 1) / 2]! * (g1 + g2);
      }
    }
    const error = half * Math.max(Math.abs(kNum - gNum), Math.abs(kDen - gDen));
    if (error <= tolerance * (b - a) || panels > 10_000 || half < 1e-15 * hi) {
      num += half * kNum;
      den += half * kDen;
    } else {
      stack.push([a, centre], [centre, b]);
    }
  }
  return num / den;
}
