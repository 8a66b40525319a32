"""End-to-end cases of the paddle ops that combine elements along axes:
matmul_v2, matmul, softmax, log_softmax, reductions, arg_max/arg_min,
top_k_v2, cumsum and cumprod.
"""
import numpy as np

from cases_common import case, module, param, rng, ty

_r = rng(2)
CASES = []

_X = _r.standard_normal((3, 4, 8)).astype(np.float32)
_W = _r.standard_normal((6, 8)).astype(np.float32)
_xt = ty((None, 4, 8))
_wt = ty((6, 8))
_ot = ty((None, 4, 6))

CASES.append(case("matmul_v2", module(
    [("x", _xt)],
    [param("fc.w", _W),
     "%%0 = paddle.matmul_v2 %%x, %%fc_w {trans_y = true} : (%s, %s) -> %s"
     % (_xt, _wt, _ot)], [("%0", _ot)]),
    {0: _X}, lambda x: [x @ _W.T], atol=1e-4))

_Y = _r.standard_normal((3, 4, 6)).astype(np.float32)
_yt, _mt = ty((None, 4, 6)), ty((None, 8, 6))
CASES.append(case("matmul", module(
    [("x", _xt), ("y", _yt)],
    ["%%0 = paddle.matmul %%x, %%y {transpose_X = true, alpha = 0.5 : f32} : "
     "(%s, %s) -> %s" % (_xt, _yt, _mt)], [("%0", _mt)]),
    {0: _X, 1: _Y}, lambda x, y: [0.5 * np.swapaxes(x, 1, 2) @ y],
    atol=1e-4))


def _softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


CASES.append(case("softmax", module(
    [("x", _xt)], ["%%0 = paddle.softmax %%x {axis = 1 : si32} : (%s) -> %s"
                   % (_xt, _xt)], [("%0", _xt)]),
    {0: _X}, lambda x: [_softmax(x, 1)]))
CASES.append(case("log_softmax", module(
    [("x", _xt)], ["%%0 = paddle.log_softmax %%x : (%s) -> %s" % (_xt, _xt)],
    [("%0", _xt)]),
    {0: _X}, lambda x: [np.log(_softmax(x.astype(np.float64), -1))
                        .astype(np.float32)]))


def _reduce(op, fn, attrs, out_shape, keep, axes, data=_X):
    ot = ty(out_shape)
    return case("%s_%s" % (op, "_".join(map(str, axes)) or "all"), module(
        [("x", _xt)], ["%%0 = paddle.%s %%x %s : (%s) -> %s"
                       % (op, attrs, _xt, ot)], [("%0", ot)]),
        {0: data}, lambda x: [fn(x, axis=tuple(axes) or None, keepdims=keep)
                              .astype(np.float32)], atol=1e-4)


_SMALL = _r.uniform(0.8, 1.2, (3, 4, 8)).astype(np.float32)
CASES += [
    _reduce("reduce_sum", np.sum, "{dim = array<i32: 1, 2>}", (None,),
            False, [1, 2]),
    _reduce("reduce_mean", np.mean, "{dim = array<i32: -1>, keep_dim = true}",
            (None, 4, 1), True, [2]),
    _reduce("reduce_max", np.max, "{reduce_all = true}", (), False, []),
    _reduce("reduce_min", np.min, "{dim = array<i32: 1>}", (None, 8), False,
            [1]),
    _reduce("reduce_prod", np.prod, "{dim = array<i32: 2>}", (None, 4),
            False, [2], _SMALL),
]
CASES[-1]["inputs"] = {0: _SMALL}

_DISTINCT = _r.permutation(3 * 4 * 8).reshape(3, 4, 8).astype(np.float32)
_i64 = ty((None, 1, 8), "i64")
CASES.append(case("arg_max", module(
    [("x", _xt)], ["%%0 = paddle.arg_max %%x {axis = 1 : si64, keepdims = "
                   "true} : (%s) -> %s" % (_xt, _i64)], [("%0", _i64)]),
    {0: _DISTINCT}, lambda x: [np.argmax(x, 1)[:, None, :].astype(np.int64)],
    atol=0))
_i32 = ty((None, 4), "i32")
CASES.append(case("arg_min", module(
    [("x", _xt)], ["%%0 = paddle.arg_min %%x {axis = -1 : si64, dtype = 2 : "
                   "si32} : (%s) -> %s" % (_xt, _i32)], [("%0", _i32)]),
    {0: _DISTINCT}, lambda x: [np.argmin(x, -1).astype(np.int32)], atol=0))

_kt, _kit = ty((None, 4, 3)), ty((None, 4, 3), "i64")


def _topk_smallest(x):
    idx = np.argsort(x, axis=-1, kind="stable")[..., :3]
    return [np.take_along_axis(x, idx, -1), idx.astype(np.int64)]


CASES.append(case("top_k_v2", module(
    [("x", _xt)], ["%%0, %%1 = paddle.top_k_v2 %%x {k = 3 : si32, largest = "
                   "false} : (%s) -> (%s, %s)" % (_xt, _kt, _kit)],
    [("%0", _kt), ("%1", _kit)]),
    {0: _DISTINCT}, _topk_smallest, atol=0))


def _cumsum_excl_rev(x):
    rev = np.flip(x, 1)
    ex = np.cumsum(rev, 1) - rev
    return [np.flip(ex, 1)]


CASES.append(case("cumsum", module(
    [("x", _xt)], ["%%0 = paddle.cumsum %%x {axis = 1 : si32, exclusive = "
                   "true, reverse = true} : (%s) -> %s" % (_xt, _xt)],
    [("%0", _xt)]), {0: _X}, _cumsum_excl_rev, atol=1e-5))


def _cumprod_excl_rev(x):
    rev = np.flip(x, 2).astype(np.float64)
    ex = np.concatenate([np.ones_like(rev[:, :, :1]),
                         np.cumprod(rev, 2)[:, :, :-1]], 2)
    return [np.flip(ex, 2).astype(np.float32)]


_CP = _X.copy()
_CP[0, 1, 5] = 0.0  # a zero: cumprod must multiply, not divide it out
CASES.append(case("cumprod", module(
    [("x", _xt)], ["%%0 = paddle.cumprod %%x {dim = 2 : si32, exclusive = "
                   "true, reverse = true} : (%s) -> %s" % (_xt, _xt)],
    [("%0", _xt)]), {0: _CP}, _cumprod_excl_rev, atol=1e-5))
