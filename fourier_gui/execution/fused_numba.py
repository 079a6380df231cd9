"""The numba kernels of execution/fused_kernel.py, at module level so that numba caches them on disk: the
first run compiles them (seconds), later processes load them (a fraction of a second). Imported only where
numba is installed."""

from __future__ import annotations

import os

from numba import njit, prange


@njit(fastmath=True, cache=True, nogil=True)
def complex_rows(bv, sr, si, tr, ti, fr, fi, yr, yi):
    # one bond: f = B·s (forward, into the target site), y = Bᴴ·t (backward, into the source site); bv is B
    # (rows × cols) viewed as float32 or float64 (rows, 2·cols), real and imaginary parts interleaved, each
    # taken to double as it is multiplied (the sums are double whatever the storage): read in place,
    # no planar copy of the blocks. Four rows at a time share each load of s and y (rows of 1000 levels
    # overflow the L1 cache otherwise); the four rows stay in cache while they serve every sample k.
    samples, cols = sr.shape
    rows = tr.shape[1]
    for k in range(samples):
        for j in range(cols):
            yr[k, j] = 0.0
            yi[k, j] = 0.0
    i = 0
    while i + 3 < rows:
        r0 = bv[i]
        r1 = bv[i + 1]
        r2 = bv[i + 2]
        r3 = bv[i + 3]
        for k in range(samples):
            s_r = sr[k]
            s_i = si[k]
            y_r = yr[k]
            y_i = yi[k]
            t0r, t0i, t1r, t1i = tr[k, i], ti[k, i], tr[k, i + 1], ti[k, i + 1]
            t2r, t2i, t3r, t3i = tr[k, i + 2], ti[k, i + 2], tr[k, i + 3], ti[k, i + 3]
            a0r = a0i = a1r = a1i = a2r = a2i = a3r = a3i = 0.0
            for j in range(cols):
                xr = s_r[j]
                xi = s_i[j]
                p = r0[2 * j]
                q = r0[2 * j + 1]
                a0r += p * xr - q * xi
                a0i += p * xi + q * xr
                wr = p * t0r + q * t0i
                wi = p * t0i - q * t0r
                p = r1[2 * j]
                q = r1[2 * j + 1]
                a1r += p * xr - q * xi
                a1i += p * xi + q * xr
                wr += p * t1r + q * t1i
                wi += p * t1i - q * t1r
                p = r2[2 * j]
                q = r2[2 * j + 1]
                a2r += p * xr - q * xi
                a2i += p * xi + q * xr
                wr += p * t2r + q * t2i
                wi += p * t2i - q * t2r
                p = r3[2 * j]
                q = r3[2 * j + 1]
                a3r += p * xr - q * xi
                a3i += p * xi + q * xr
                wr += p * t3r + q * t3i
                wi += p * t3i - q * t3r
                y_r[j] += wr
                y_i[j] += wi
            fr[k, i], fi[k, i], fr[k, i + 1], fi[k, i + 1] = a0r, a0i, a1r, a1i
            fr[k, i + 2], fi[k, i + 2], fr[k, i + 3], fi[k, i + 3] = a2r, a2i, a3r, a3i
        i += 4
    while i < rows:
        row = bv[i]
        for k in range(samples):
            s_r = sr[k]
            s_i = si[k]
            y_r = yr[k]
            y_i = yi[k]
            t_r = tr[k, i]
            t_i = ti[k, i]
            acc_r = 0.0
            acc_i = 0.0
            for j in range(cols):
                p = row[2 * j]
                q = row[2 * j + 1]
                acc_r += p * s_r[j] - q * s_i[j]
                acc_i += p * s_i[j] + q * s_r[j]
                y_r[j] += p * t_r + q * t_i
                y_i[j] += p * t_i - q * t_r
            fr[k, i] = acc_r
            fi[k, i] = acc_i
        i += 1


@njit(fastmath=True, cache=True, nogil=True)
def real_rows(br, sr, si, tr, ti, fr, fi, yr, yi):
    # as complex_rows for a real B (rows × cols): the real and imaginary parts of the states are two columns
    samples, cols = sr.shape
    rows = tr.shape[1]
    for k in range(samples):
        for j in range(cols):
            yr[k, j] = 0.0
            yi[k, j] = 0.0
    i = 0
    while i + 3 < rows:
        r0 = br[i]
        r1 = br[i + 1]
        r2 = br[i + 2]
        r3 = br[i + 3]
        for k in range(samples):
            s_r = sr[k]
            s_i = si[k]
            y_r = yr[k]
            y_i = yi[k]
            t0r, t0i, t1r, t1i = tr[k, i], ti[k, i], tr[k, i + 1], ti[k, i + 1]
            t2r, t2i, t3r, t3i = tr[k, i + 2], ti[k, i + 2], tr[k, i + 3], ti[k, i + 3]
            a0r = a0i = a1r = a1i = a2r = a2i = a3r = a3i = 0.0
            for j in range(cols):
                xr = s_r[j]
                xi = s_i[j]
                p0 = r0[j]
                p1 = r1[j]
                p2 = r2[j]
                p3 = r3[j]
                a0r += p0 * xr
                a0i += p0 * xi
                a1r += p1 * xr
                a1i += p1 * xi
                a2r += p2 * xr
                a2i += p2 * xi
                a3r += p3 * xr
                a3i += p3 * xi
                y_r[j] += p0 * t0r + p1 * t1r + p2 * t2r + p3 * t3r
                y_i[j] += p0 * t0i + p1 * t1i + p2 * t2i + p3 * t3i
            fr[k, i], fi[k, i], fr[k, i + 1], fi[k, i + 1] = a0r, a0i, a1r, a1i
            fr[k, i + 2], fi[k, i + 2], fr[k, i + 3], fi[k, i + 3] = a2r, a2i, a3r, a3i
        i += 4
    while i < rows:
        row = br[i]
        for k in range(samples):
            s_r = sr[k]
            s_i = si[k]
            y_r = yr[k]
            y_i = yi[k]
            t_r = tr[k, i]
            t_i = ti[k, i]
            acc_r = 0.0
            acc_i = 0.0
            for j in range(cols):
                p = row[j]
                acc_r += p * s_r[j]
                acc_i += p * s_i[j]
                y_r[j] += p * t_r
                y_i[j] += p * t_i
            fr[k, i] = acc_r
            fi[k, i] = acc_i
        i += 1


@njit(parallel=True, cache=True)
def apply(flat, real, offsets, tails, heads, starts, diag, xv, outv, xr, xi, fr, fi, gr, gi, incident):
    # any graph of subunits (a chain is the graph of N−1 bonds μ → μ+1): edge e maps band a = tails[e] to band b = heads[e] with its block (n_b × n_a) stored
    # at flat[offsets[e]:offsets[e+1]] (complex blocks with real and imaginary parts interleaved). xv and outv
    # are the (D, K) complex states viewed as float64 (D, 2K); the kernel copies xv into planes xr, xi of K·D
    # where site μ's band is one contiguous (K, n_μ) block, so the inner loops run over contiguous memory.
    # Each edge in two halves of its rows writes its forward part into fr[e] (K, n_b) and the backward part
    # into its own (K, n_a) block gr[half, e]: no two tasks write the same numbers. `incident` lists, per site, the edges that end (+e+1) or start (−e−1)
    # there, in a fixed order, so the sums have the same order on any number of threads.
    width = 1 if real else 2
    edges = tails.shape[0]
    sites = starts.shape[0] - 1
    samples = xv.shape[1] // 2
    for site in prange(sites):
        s0, s1 = starts[site], starts[site + 1]
        n = s1 - s0
        for k in range(samples):
            for i in range(n):
                xr[samples * s0 + k * n + i] = xv[s0 + i, 2 * k]
                xi[samples * s0 + k * n + i] = xv[s0 + i, 2 * k + 1]
    for task in prange(2 * edges):
        e = task // 2
        half = task % 2
        a0, a1 = starts[tails[e]], starts[tails[e] + 1]
        b0, b1 = starts[heads[e]], starts[heads[e] + 1]
        na = a1 - a0
        rows = b1 - b0
        block = flat[offsets[e] : offsets[e + 1]].reshape((rows, width * na))
        r0 = (half * rows) // 2
        r1 = ((half + 1) * rows) // 2
        sr = xr[samples * a0 : samples * a1].reshape((samples, na))
        si = xi[samples * a0 : samples * a1].reshape((samples, na))
        tr = xr[samples * b0 : samples * b1].reshape((samples, rows))
        ti = xi[samples * b0 : samples * b1].reshape((samples, rows))
        yr = gr[half, e, : samples * na].reshape((samples, na))
        yi = gi[half, e, : samples * na].reshape((samples, na))
        if real:
            real_rows(block[r0:r1], sr, si, tr[:, r0:r1], ti[:, r0:r1], fr[e, :, r0:r1], fi[e, :, r0:r1], yr, yi)
        else:
            complex_rows(block[r0:r1], sr, si, tr[:, r0:r1], ti[:, r0:r1], fr[e, :, r0:r1], fi[e, :, r0:r1], yr, yi)
    for site in prange(sites):
        s0, s1 = starts[site], starts[site + 1]
        n = s1 - s0
        for k in range(samples):
            for i in range(n):
                zr = diag[s0 + i] * xr[samples * s0 + k * n + i]
                zi = diag[s0 + i] * xi[samples * s0 + k * n + i]
                for entry in incident[site]:
                    if entry == 0:
                        break
                    if entry > 0:  # an edge into this site: its forward part
                        e = entry - 1
                        zr += fr[e, k, i]
                        zi += fi[e, k, i]
                    else:  # an edge out of this site: the backward parts of both halves
                        e = -entry - 1
                        zr += gr[0, e, k * n + i] + gr[1, e, k * n + i]
                        zi += gi[0, e, k * n + i] + gi[1, e, k * n + i]
                outv[s0 + i, 2 * k] = zr
                outv[s0 + i, 2 * k + 1] = zi


@njit(parallel=True, fastmath=True, cache=True)
def currents(flat, real, offsets, tails, heads, starts, xr, xi, result):
    # J_e(c) = 2·Im(ψ_bᴴ B_e ψ_a) of every edge for every column c of planar states (C, D): one pass over each
    # block, edges on the cores side by side (flat, offsets, tails, heads, starts as in `apply`)
    width = 1 if real else 2
    columns = xr.shape[0]
    for e in prange(tails.shape[0]):
        a0, a1 = starts[tails[e]], starts[tails[e] + 1]
        b0, b1 = starts[heads[e]], starts[heads[e] + 1]
        na = a1 - a0
        block = flat[offsets[e] : offsets[e + 1]].reshape((b1 - b0, width * na))
        for c in range(columns):
            result[e, c] = 0.0
        for i in range(b1 - b0):
            row = block[i]
            for c in range(columns):
                s_r = xr[c, a0:a1]
                s_i = xi[c, a0:a1]
                acc_r = 0.0
                acc_i = 0.0
                if real:
                    for j in range(na):
                        acc_r += row[j] * s_r[j]
                        acc_i += row[j] * s_i[j]
                else:
                    for j in range(na):
                        p = row[2 * j]
                        q = row[2 * j + 1]
                        acc_r += p * s_r[j] - q * s_i[j]
                        acc_i += p * s_i[j] + q * s_r[j]
                result[e, c] += 2.0 * (xr[c, b0 + i] * acc_i - xi[c, b0 + i] * acc_r)


def cached() -> bool:
    """Whether numba's cache on disk holds these kernels for this source (its index files exist and are not
    older than this file), so that loading them compiles nothing in this process."""
    try:
        indexes = [getattr(kernel, "_cache")._cache_file._index_path for kernel in (apply, currents)]  # noqa: B009
    except AttributeError:  # another numba's internals: compile here, as numba would
        return True
    try:
        source = os.stat(__file__).st_mtime
        return all(os.stat(index).st_mtime >= source for index in indexes)
    except OSError:
        return False
