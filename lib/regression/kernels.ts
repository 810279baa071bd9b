/**
 * The hot loops of training, as plain functions over typed arrays: no closures,
 * no objects, no allocation. The trainer (./train.ts) calls them once per batch
 * and once per epoch; ./model.ts and ./optimizers.ts are thin wrappers around
 * the same functions, so there is one implementation of each rule.
 *
 * Sums run in a few independent lanes added at the end (two for a linear batch,
 * four for a full-set MSE), so the CPU can overlap their additions; the order is
 * fixed, so results are the same in every engine and every run. Otherwise each
 * function computes in the order the per-model code did (forward, error, loss,
 * gradient accumulation).
 *
 * Parameter layouts (see ./model.ts):
 *   linear: [w, b]
 *   mlp:    [W1(u), b1(u), W2(u), b2]
 */

/** Activation codes for the hot loop (inline branches, no polymorphic calls). */
export const ACT_RELU = 0;
export const ACT_TANH = 1;
export const ACT_SIGMOID = 2;
export const ACT_LINEAR = 3;

/** Optimiser codes. */
export const OPT_SGD = 0;
export const OPT_MOMENTUM = 1;
export const OPT_ADAM = 2;

/**
 * Linear model, batch idx[start..end): writes dMSE/d[w, b] into grad[0..1]
 * and returns the batch MSE.
 */
export function linearBatch(
  p: Float64Array,
  grad: Float64Array,
  x: Float64Array,
  y: Float64Array,
  idx: Uint32Array,
  start: number,
  end: number,
): number {
  const w = p[0];
  const b = p[1];
  // Two lanes (even and odd positions), added at the end: each sum's additions no longer wait on one another.
  let loss0 = 0;
  let gw0 = 0;
  let gb0 = 0;
  let loss1 = 0;
  let gw1 = 0;
  let gb1 = 0;
  let k = start;
  for (; k + 1 < end; k += 2) {
    const i0 = idx[k];
    const i1 = idx[k + 1];
    const x0 = x[i0];
    const x1 = x[i1];
    const e0 = w * x0 + b - y[i0];
    const e1 = w * x1 + b - y[i1];
    loss0 += e0 * e0;
    gw0 += e0 * x0;
    gb0 += e0;
    loss1 += e1 * e1;
    gw1 += e1 * x1;
    gb1 += e1;
  }
  if (k < end) {
    const i0 = idx[k];
    const x0 = x[i0];
    const e0 = w * x0 + b - y[i0];
    loss0 += e0 * e0;
    gw0 += e0 * x0;
    gb0 += e0;
  }
  const m = end - start;
  const c = 2 / m;
  grad[0] = c * (gw0 + gw1);
  grad[1] = c * (gb0 + gb1);
  return (loss0 + loss1) / m;
}

/** Linear model: MSE over all of x, y. */
export function linearMse(p: Float64Array, x: Float64Array, y: Float64Array): number {
  const w = p[0];
  const b = p[1];
  const n = y.length;
  // Four lanes (position mod 4; the last n mod 4 points go to lane 0), added pairwise at the end: the additions of
  // one running sum each waited on the one before, and the loop ran at the speed of that chain.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const e0 = w * x[i] + b - y[i];
    const e1 = w * x[i + 1] + b - y[i + 1];
    const e2 = w * x[i + 2] + b - y[i + 2];
    const e3 = w * x[i + 3] + b - y[i + 3];
    s0 += e0 * e0;
    s1 += e1 * e1;
    s2 += e2 * e2;
    s3 += e3 * e3;
  }
  for (; i < n; i++) {
    const e = w * x[i] + b - y[i];
    s0 += e * e;
  }
  return (s0 + s1 + (s2 + s3)) / n;
}

/**
 * MLP forward for one input. When `ha`/`hd` are given (length ≥ u) they receive
 * the hidden activations f(z) and derivatives f'(z) for the backward pass.
 */
export function mlpForward(
  p: Float64Array,
  u: number,
  act: number,
  x: number,
  ha: Float64Array | null,
  hd: Float64Array | null,
): number {
  const oB1 = u;
  const oW2 = 2 * u;
  let out = p[3 * u];
  for (let j = 0; j < u; j++) {
    const z = p[j] * x + p[oB1 + j];
    let a: number;
    let d: number;
    if (act === ACT_RELU) {
      a = z > 0 ? z : 0;
      d = z > 0 ? 1 : 0;
    } else if (act === ACT_TANH) {
      a = Math.tanh(z);
      d = 1 - a * a;
    } else if (act === ACT_SIGMOID) {
      a = 1 / (1 + Math.exp(-z));
      d = a * (1 - a);
    } else {
      a = z;
      d = 1;
    }
    if (ha !== null && hd !== null) {
      ha[j] = a;
      hd[j] = d;
    }
    out += p[oW2 + j] * a;
  }
  return out;
}

/**
 * MLP, batch idx[start..end): fused forward and backward per sample. Writes
 * dMSE/dparams into grad (all 3u + 1 entries) and returns the batch MSE.
 * `ha` and `hd` are scratch buffers of length ≥ u.
 */
export function mlpBatch(
  p: Float64Array,
  u: number,
  act: number,
  grad: Float64Array,
  ha: Float64Array,
  hd: Float64Array,
  x: Float64Array,
  y: Float64Array,
  idx: Uint32Array,
  start: number,
  end: number,
): number {
  const oB1 = u;
  const oW2 = 2 * u;
  const oB2 = 3 * u;
  grad.fill(0);
  const m = end - start;
  const c = 2 / m;
  let loss = 0;
  for (let k = start; k < end; k++) {
    const i = idx[k];
    const xi = x[i];
    const e = mlpForward(p, u, act, xi, ha, hd) - y[i];
    loss += e * e;
    const g = c * e; // d(batch mean loss)/d(prediction)
    grad[oB2] += g;
    for (let j = 0; j < u; j++) {
      grad[oW2 + j] += g * ha[j];
      const dz = g * p[oW2 + j] * hd[j];
      grad[j] += dz * xi;
      grad[oB1 + j] += dz;
    }
  }
  return loss / m;
}

/** MLP: MSE over all of x, y, summed in the same four lanes as linearMse. */
export function mlpMse(p: Float64Array, u: number, act: number, x: Float64Array, y: Float64Array): number {
  const n = y.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const e0 = mlpForward(p, u, act, x[i], null, null) - y[i];
    const e1 = mlpForward(p, u, act, x[i + 1], null, null) - y[i + 1];
    const e2 = mlpForward(p, u, act, x[i + 2], null, null) - y[i + 2];
    const e3 = mlpForward(p, u, act, x[i + 3], null, null) - y[i + 3];
    s0 += e0 * e0;
    s1 += e1 * e1;
    s2 += e2 * e2;
    s3 += e3 * e3;
  }
  for (; i < n; i++) {
    const e = mlpForward(p, u, act, x[i], null, null) - y[i];
    s0 += e * e;
  }
  return (s0 + s1 + (s2 + s3)) / n;
}

/**
 * One optimiser update of p from g, in place (Keras' rules, see ./optimizers.ts).
 * `m` holds the momentum velocity or Adam's first moment, `v` Adam's second
 * moment (each of p's length; unused ones may be empty). `t` is the 1-based
 * number of this update (Adam's bias correction).
 */
export function applyUpdate(
  opt: number,
  p: Float64Array,
  g: Float64Array,
  lr: number,
  m: Float64Array,
  v: Float64Array,
  t: number,
  mom: number,
  b1: number,
  b2: number,
  eps: number,
): void {
  const n = p.length;
  if (opt === OPT_SGD) {
    for (let i = 0; i < n; i++) p[i] -= lr * g[i];
  } else if (opt === OPT_MOMENTUM) {
    for (let i = 0; i < n; i++) {
      m[i] = mom * m[i] - lr * g[i];
      p[i] += m[i];
    }
  } else {
    const alpha = (lr * Math.sqrt(1 - Math.pow(b2, t))) / (1 - Math.pow(b1, t));
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      m[i] += (gi - m[i]) * (1 - b1);
      v[i] += (gi * gi - v[i]) * (1 - b2);
      p[i] -= (alpha * m[i]) / (Math.sqrt(v[i]) + eps);
    }
  }
}

/**
 * A whole epoch of the linear model, batch after batch over idx (already shuffled): each batch's loss and gradient
 * (as linearBatch), its divergence test against `limit` (non-finite or above it), and its optimiser update (as
 * applyUpdate, the step number starting after `t`). Returns the sample-weighted sum of the batch losses; when a batch
 * fails the test it stops before that batch's update, writes the batch's 1-based number and loss into out[0], out[1]
 * and returns NaN. out[2] receives the number of updates applied.
 */
export function linearEpoch(
  p: Float64Array,
  grad: Float64Array,
  x: Float64Array,
  y: Float64Array,
  idx: Uint32Array,
  batchSize: number,
  limit: number,
  opt: number,
  lr: number,
  m: Float64Array,
  v: Float64Array,
  t: number,
  mom: number,
  b1: number,
  b2: number,
  eps: number,
  out: Float64Array,
): number {
  const n = idx.length;
  let sum = 0;
  let batch = 0;
  let steps = 0;
  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(start + batchSize, n);
    batch++;
    const l = linearBatch(p, grad, x, y, idx, start, end);
    if (!Number.isFinite(l) || l > limit) {
      out[0] = batch;
      out[1] = l;
      out[2] = steps;
      return Number.NaN;
    }
    sum += l * (end - start);
    steps++;
    if (opt === OPT_SGD) {
      p[0] -= lr * grad[0];
      p[1] -= lr * grad[1];
    } else {
      applyUpdate(opt, p, grad, lr, m, v, t + steps, mom, b1, b2, eps);
    }
  }
  out[2] = steps;
  return sum;
}
