/**
 * A root of f between a and b, where f(a) and f(b) have opposite signs: Brent's method
 * (bisection's guarantee with inverse quadratic interpolation's speed), to within `tol` in x.
 * Throws when the root is not bracketed.
 */
export function brent(f: (x: number) => number, a: number, b: number, tol: number): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Math.sign(fa) === Math.sign(fb)) throw new RangeError('brent: the root is not bracketed');
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 0; i < 200; i++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      [a, b, c] = [b, c, b];
      [fa, fb, fc] = [fb, fc, fb];
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + tol / 2;
    const xm = (c - b) / 2;
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      // Secant (a = c) or inverse quadratic interpolation, accepted only if it stays well inside.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : Math.sign(xm) * tol1;
    fb = f(b);
  }
  return b;
}

/**
 * The root of a decreasing function f, searched from `guess`: steps of `step`, doubled each
 * time, until f changes sign, then Brent's method to within `tol`. Throws when no sign change
 * is found within 1,000 doublings (f is then not decreasing through 0).
 */
export function rootOfDecreasing(f: (x: number) => number, guess: number, step: number, tol: number): number {
  const direction = f(guess) > 0 ? 1 : -1;
  let near = guess;
  for (let i = 0; i < 1000 && Number.isFinite(step); i++) {
    const far = near + direction * step;
    if (f(far) * direction <= 0) return direction > 0 ? brent(f, near, far, tol) : brent(f, far, near, tol);
    near = far;
    step *= 2;
  }
  throw new RangeError('rootOfDecreasing: no sign change found');
}
