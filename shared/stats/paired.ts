import { moments, pearson, sdOf } from './describe';
import { dAv, dzWithCi, gAv, hedgesJ } from './effect-size';
import { requireFinite, requireSameLength } from './guard';
import { meanCi } from './t';

/** The paired figures of one group between a start and an end measurement. */
export interface PairedSummary {
  n: number;
  meanPre: number | null;
  meanPost: number | null;
  sdPre: number | null;
  sdPost: number | null;
  /** Pearson's r between start and end; null when either moment has no spread. */
  rPrePost: number | null;
  meanGain: number | null;
  sdGain: number | null;
  /** The 95% t interval of the mean gain. */
  ci95: [number, number] | null;
  /** Cohen's d_z (mean gain / SD of gains) and its 95% noncentral-t interval. */
  dz: number | null;
  dzCi95: [number, number] | null;
  /** d_av (mean gain / mean of the two SDs), Hedges' exact J (df = n − 1) and g_av = J·d_av. */
  dAv: number | null;
  hedgesJ: number | null;
  gAv: number | null;
  /** Gains above the threshold, within ±threshold, below minus the threshold. */
  improved: number;
  unchanged: number;
  declined: number;
}

/**
 * The paired figures of `pre[i]` → `post[i]` (gain = post − pre, one pupil per index): every
 * figure null where it is undefined, never NaN. A gain counts as improved when it exceeds
 * `threshold` (≥ 0), declined when below −threshold, unchanged otherwise. Throws on unequal
 * lengths, a value that is not finite, or a negative threshold.
 */
export function pairedSummary(pre: readonly number[], post: readonly number[], threshold = 0): PairedSummary {
  requireSameLength(pre, post, 'pairedSummary');
  requireFinite(pre, 'pairedSummary pre');
  requireFinite(post, 'pairedSummary post');
  if (!(threshold >= 0) || !Number.isFinite(threshold)) throw new RangeError(`pairedSummary: threshold must be ≥ 0: ${threshold}`);
  const n = pre.length;
  const gains = new Array<number>(n);
  let improved = 0;
  let declined = 0;
  for (let i = 0; i < n; i++) {
    const gain = post[i]! - pre[i]!;
    gains[i] = gain;
    if (gain > threshold) improved++;
    else if (gain < -threshold) declined++;
  }
  const [preMoments, postMoments] = [moments(pre), moments(post)];
  const sdPre = sdOf(preMoments);
  const sdPost = sdOf(postMoments);
  requireFinite(gains, 'pairedSummary gain'); // a difference of huge values can overflow
  const gain = meanCi(gains);
  const dz = dzWithCi(gain.mean, gain.sd, n);
  return {
    n,
    meanPre: preMoments.mean,
    meanPost: postMoments.mean,
    sdPre,
    sdPost,
    rPrePost: pearson(pre, post, preMoments, postMoments),
    meanGain: gain.mean,
    sdGain: gain.sd,
    ci95: gain.ci,
    dz: dz?.dz ?? null,
    dzCi95: dz?.ci ?? null,
    dAv: dAv(gain.mean, sdPre, sdPost),
    hedgesJ: hedgesJ(n - 1),
    gAv: gAv(gain.mean, sdPre, sdPost, n),
    improved,
    unchanged: n - improved - declined,
    declined,
  };
}
