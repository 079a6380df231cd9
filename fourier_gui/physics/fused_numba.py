"""The numba kernels of physics/fused_kernel.py, at module level so that numba caches them on disk: the
first run compiles them (seconds), later processes load them (a fraction of a second). Imported only where
numba is installed."""

from __future__ import annotations

from numba import njit, prange


@njit(fastmath=True, cache=True, nogil=True)
def complex_rows(bv, sr, si, tr, ti, fr, fi, yr, yi):
    # one bond: f = B·s (forward, into the next site), y = Bᴴ·t (backward, into this site); bv is B viewed
    # as float64 (n, 2n), real and imaginary parts interleaved: read in place, no planar copy of the blocks
    samples, n = sr.shape
    for k in range(samples):
        for j in range(n):
            yr[k, j] = 0.0
            yi[k, j] = 0.0
    for i in range(n):
        row = bv[i]
        for k in range(samples):
            t_r = tr[k, i]
            t_i = ti[k, i]
            s_r = sr[k]
            s_i = si[k]
            y_r = yr[k]
            y_i = yi[k]
            acc_r = 0.0
            acc_i = 0.0
            for j in range(n):
                a = row[2 * j]
                c = row[2 * j + 1]
                acc_r += a * s_r[j] - c * s_i[j]
                acc_i += a * s_i[j] + c * s_r[j]
                y_r[j] += a * t_r + c * t_i
                y_i[j] += a * t_i - c * t_r
            fr[k, i] = acc_r
            fi[k, i] = acc_i


@njit(fastmath=True, cache=True, nogil=True)
def real_rows(br, sr, si, tr, ti, fr, fi, yr, yi):
    samples, n = sr.shape
    for k in range(samples):
        for j in range(n):
            yr[k, j] = 0.0
            yi[k, j] = 0.0
    for i in range(n):
        row = br[i]
        for k in range(samples):
            t_r = tr[k, i]
            t_i = ti[k, i]
            s_r = sr[k]
            s_i = si[k]
            y_r = yr[k]
            y_i = yi[k]
            acc_r = 0.0
            acc_i = 0.0
            for j in range(n):
                a = row[j]
                acc_r += a * s_r[j]
                acc_i += a * s_i[j]
                y_r[j] += a * t_r
                y_i[j] += a * t_i
            fr[k, i] = acc_r
            fi[k, i] = acc_i


@njit(fastmath=True, cache=True, nogil=True)
def finish(diag, xr, xi, outr, outi, backr, backi, mu, last):
    samples, n = xr.shape[1], xr.shape[2]
    for k in range(samples):
        for i in range(n):
            r = diag[i] * xr[mu, k, i]
            im = diag[i] * xi[mu, k, i]
            if mu > 0:
                r += outr[mu, k, i]
                im += outi[mu, k, i]
            if mu < last:
                r += backr[mu, k, i]
                im += backi[mu, k, i]
            outr[mu, k, i] = r
            outi[mu, k, i] = im


@njit(parallel=True, cache=True)
def apply_complex(bv, diag, xr, xi, outr, outi, backr, backi):
    sites = xr.shape[0]
    for mu in prange(sites - 1):
        complex_rows(bv[mu], xr[mu], xi[mu], xr[mu + 1], xi[mu + 1],
                     outr[mu + 1], outi[mu + 1], backr[mu], backi[mu])  # fmt: skip
    for mu in prange(sites):
        finish(diag, xr, xi, outr, outi, backr, backi, mu, sites - 1)


@njit(parallel=True, cache=True)
def apply_real(br, diag, xr, xi, outr, outi, backr, backi):
    sites = xr.shape[0]
    for mu in prange(sites - 1):
        real_rows(br[mu], xr[mu], xi[mu], xr[mu + 1], xi[mu + 1], outr[mu + 1], outi[mu + 1], backr[mu], backi[mu])
    for mu in prange(sites):
        finish(diag, xr, xi, outr, outi, backr, backi, mu, sites - 1)


@njit(parallel=True, fastmath=True, cache=True)
def currents(bv, xr, xi, result):
    # J_μ(c) = 2·Im(t^† B s) for every column c of planar states (N, C, n): one pass over each block
    # (bv: the complex blocks viewed as float64, real and imaginary parts interleaved)
    sites, columns, n = xr.shape
    for mu in prange(sites - 1):
        for c in range(columns):
            result[mu, c] = 0.0
        for i in range(n):
            row = bv[mu, i]
            for c in range(columns):
                s_r = xr[mu, c]
                s_i = xi[mu, c]
                acc_r = 0.0
                acc_i = 0.0
                for j in range(n):
                    a = row[2 * j]
                    b = row[2 * j + 1]
                    acc_r += a * s_r[j] - b * s_i[j]
                    acc_i += a * s_i[j] + b * s_r[j]
                t_r = xr[mu + 1, c, i]
                t_i = xi[mu + 1, c, i]
                result[mu, c] += 2.0 * (t_r * acc_i - t_i * acc_r)  # Im(conj(t)·(B s))
