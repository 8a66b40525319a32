"""Comparing a converted model's outputs with the reference ones (the
source framework's, or an ONNX node test's): same shape, same dtype,
integers and bools exact, floats within abs <= tol or rel <= tol
elementwise (tol 1e-4; 1e-2 for float16/bfloat16), NaN matching NaN and
infinities matching exactly.
"""
import numpy as np


def max_abs_diff(got, want):
    """The largest elementwise |got - want| (0 for empty or non-float)."""
    if want.dtype.kind not in "fc" or not want.size or got.shape != want.shape:
        return 0.0
    return float(np.nanmax(np.abs(got.astype(np.float64) - want.astype(np.float64))))


def mismatch(index, got, want, tol=None):
    """None when output `index` (`got`) matches `want`, else why not; `tol`
    overrides the float tolerance."""
    got = np.asarray(got)
    if got.shape != want.shape:
        return "output %d: shape %s, expected %s" % (index, list(got.shape),
                                                     list(want.shape))
    if got.dtype != want.dtype:
        return "output %d: dtype %s, expected %s" % (index, got.dtype,
                                                     want.dtype)
    if want.dtype.kind not in "fc":
        if np.array_equal(got, want):
            return None
        return "output %d: values differ" % index
    if tol is None:
        tol = 1e-2 if want.dtype in (np.float16,) or \
            want.dtype.name == "bfloat16" else 1e-4
    g, w = got.astype(np.float64), want.astype(np.float64)
    same_nan = np.isnan(g) & np.isnan(w)
    same_inf = np.isinf(w) & (g == w)
    abs_diff = np.where(same_nan | same_inf, 0.0, np.abs(g - w))
    rel_diff = abs_diff / np.maximum(np.abs(w), 1e-30)
    ok = (abs_diff <= tol) | (rel_diff <= tol)
    if np.all(ok):
        return None
    return "output %d: max abs diff %.3g, max rel diff %.3g" % (
        index, np.nanmax(abs_diff), np.nanmax(rel_diff))
