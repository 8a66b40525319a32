"""End-to-end cases of the data-movement paddle ops: reshape2, transpose2,
squeeze2/unsqueeze2, flatten_contiguous_range, concat, split, slice,
strided_slice, expand_v2, expand_as_v2, tile, gather, gather_nd, where,
lookup_table_v2, assign, shape, fill_constant, fill_any_like and range.
"""
import numpy as np

from cases_common import case, module, param, rng, ty

_r = rng(3)
CASES = []
_X = _r.standard_normal((2, 4, 6)).astype(np.float32)
_xt = ty((None, 4, 6))


def _one(name, line, out_t, ref, x=_X, xt=_xt, atol=0, extra=()):
    """A case with one input x and the single result %0 of `line`."""
    return case(name, module([("x", xt)], list(extra) + [line],
                             [("%0", out_t)]),
                {0: x}, lambda a: ref(a), atol=atol)


def _xshape(shape):
    return ty((0,) + tuple(shape))


_rt = ty((None, 3, 8))
CASES.append(_one(
    "reshape2", "%%0, %%xs = paddle.reshape2 %%x {shape = array<i32: 0, 3, "
    "-1>} : (%s) -> (%s, %s)" % (_xt, _rt, _xshape((None, 4, 6))), _rt,
    lambda a: [a.reshape(a.shape[0], 3, -1)]))

_tt = ty((6, None, 4))
CASES.append(_one(
    "transpose2", "%%0, %%xs = paddle.transpose2 %%x {axis = array<i32: 2, 0, "
    "1>} : (%s) -> (%s, %s)" % (_xt, _tt, _xshape((None, 4, 6))), _tt,
    lambda a: [a.transpose(2, 0, 1)]))

_S = _r.standard_normal((2, 1, 6, 1)).astype(np.float32)
_st, _sqt = ty((None, 1, 6, 1)), ty((None, 6, 1))
CASES.append(_one(
    "squeeze2", "%%0, %%xs = paddle.squeeze2 %%x {axes = array<i32: 1>} : "
    "(%s) -> (%s, %s)" % (_st, _sqt, _xshape((None, 1, 6, 1))), _sqt,
    lambda a: [a.squeeze(1)], x=_S, xt=_st))

_ut = ty((None, 1, 4, 6, 1))
CASES.append(_one(
    "unsqueeze2", "%%0, %%xs = paddle.unsqueeze2 %%x {axes = array<i32: 1, "
    "-1>} : (%s) -> (%s, %s)" % (_xt, _ut, _xshape((None, 4, 6))), _ut,
    lambda a: [a[:, None, :, :, None]]))

_ft = ty((None, 24))
CASES.append(_one(
    "flatten_contiguous_range", "%%0, %%xs = paddle.flatten_contiguous_range "
    "%%x {start_axis = 1 : si32, stop_axis = -1 : si32} : (%s) -> (%s, %s)"
    % (_xt, _ft, _xshape((None, 4, 6))), _ft,
    lambda a: [a.reshape(a.shape[0], -1)]))

_Y = _r.standard_normal((2, 4, 3)).astype(np.float32)
_yt, _ct = ty((None, 4, 3)), ty((None, 4, 9))
CASES.append(case("concat", module(
    [("x", _xt), ("y", _yt)],
    ["%%0 = paddle.concat %%x, %%y {axis = -1 : si32} : (%s, %s) -> %s"
     % (_xt, _yt, _ct)], [("%0", _ct)]),
    {0: _X, 1: _Y}, lambda a, b: [np.concatenate([a, b], -1)], atol=0))

_s1, _s2, _s3 = ty((None, 4, 1)), ty((None, 4, 3)), ty((None, 4, 2))
CASES.append(case("split_sections", module(
    [("x", _xt)],
    ["%%0:3 = paddle.split %%x {axis = 2 : si32, sections = array<i32: 1, -1, "
     "2>} : (%s) -> (%s, %s, %s)" % (_xt, _s1, _s2, _s3)],
    [("%0#0", _s1), ("%0#1", _s2), ("%0#2", _s3)]),
    {0: _X}, lambda a: [a[:, :, :1], a[:, :, 1:4], a[:, :, 4:]], atol=0))
_h = ty((None, 2, 6))
CASES.append(case("split_num", module(
    [("x", _xt)],
    ["%%0:2 = paddle.split %%x {axis = 1 : si32, num = 2 : si32} : (%s) -> "
     "(%s, %s)" % (_xt, _h, _h)], [("%0#0", _h), ("%0#1", _h)]),
    {0: _X}, lambda a: [a[:, :2], a[:, 2:]], atol=0))

_slt = ty((None, 4))
CASES.append(_one(
    "slice", "%%0 = paddle.slice %%x {axes = array<i32: 1, 2>, starts = "
    "array<i32: 2, -5>, ends = array<i32: 3, 100>, decrease_axis = array<i32: "
    "1>} : (%s) -> %s" % (_xt, _slt), ty((None, 5)),
    lambda a: [a[:, 2, -5:]]))
CASES[-1]["mlir"] = CASES[-1]["mlir"].replace(_slt, ty((None, 5)))

_sst = ty((None, 4, 3))
CASES.append(_one(
    "strided_slice", "%%0 = paddle.strided_slice %%x {axes = array<i32: 2>, "
    "infer_flags = array<i32: 1>, "
    "starts = array<i32: 5>, ends = array<i32: -7>, strides = array<i32: -2>}"
    " : (%s) -> %s" % (_xt, _sst), _sst, lambda a: [a[:, :, 5::-2]]))

_B = _r.standard_normal((1, 6)).astype(np.float32)
_bt, _et = ty((None, 6)), ty((3, None, 6))
CASES.append(_one(
    "expand_v2", "%%0 = paddle.expand_v2 %%x {shape = array<i32: 3, -1, 6>} "
    ": (%s) -> %s" % (_bt, _et), _et,
    lambda a: [np.broadcast_to(a, (3,) + a.shape).copy()], x=_B, xt=_bt))
CASES[-1]["inputs"] = {0: np.tile(_B, (2, 1))}

_ea = ty((None, 4, 6))
CASES.append(case("expand_as_v2", module(
    [("x", ty((None, 1, 6))), ("y", _xt)],
    ["%%0 = paddle.expand_as_v2 %%x Y(%%y) {target_shape = array<i32: 2, 4, "
     "6>} : (%s, %s) -> %s" % (ty((None, 1, 6)), _xt, _ea)], [("%0", _ea)]),
    {0: _X[:, :1, :], 1: _X}, lambda a, b: [np.broadcast_to(a, b.shape)
                                          .copy()], atol=0))

_tit = ty((None, 8, 6))
CASES.append(_one(
    "tile", "%%0 = paddle.tile %%x {repeat_times = array<i32: 1, 2, 1>} : "
    "(%s) -> %s" % (_xt, _tit), _tit, lambda a: [np.tile(a, (1, 2, 1))]))

_IDX = np.array([5, 0, 3], dtype=np.int64)
_gt = ty((None, 4, 3))
CASES.append(case("gather", module(
    [("x", _xt)], [param("idx", _IDX),
                   "%%0 = paddle.gather %%x, %%idx {axis = 2 : si32} : "
                   "(%s, %s) -> %s" % (_xt, ty((3,), "i64"), _gt)],
    [("%0", _gt)]), {0: _X}, lambda a: [a[:, :, _IDX]], atol=0))

_ND = np.array([[0, 1], [1, 3], [0, 0]], dtype=np.int64)
_gnt = ty((3, 6))
CASES.append(case("gather_nd", module(
    [("x", _xt)], [param("nd", _ND),
                   "%%0 = paddle.gather_nd %%x, %%nd : (%s, %s) -> %s"
                   % (_xt, ty((3, 2), "i64"), _gnt)], [("%0", _gnt)]),
    {0: _X}, lambda a: [a[_ND[:, 0], _ND[:, 1]]], atol=0))

_ct1 = ty((None, 4, 6), "i1")
CASES.append(case("where", module(
    [("c", _ct1), ("x", _xt), ("y", _xt)],
    ["%%0 = paddle.where %%c, %%x, %%y : (%s, %s, %s) -> %s"
     % (_ct1, _xt, _xt, _xt)], [("%0", _xt)]),
    {0: _X > 0, 1: _X, 2: -_X}, lambda c, a, b: [np.where(c, a, b)],
    atol=0))

_EMB = _r.standard_normal((10, 5)).astype(np.float32)
_IDS = np.array([[1, 0, 9], [0, 4, 4]], dtype=np.int64)
_idt, _lt = ty((None, 3), "i64"), ty((None, 3, 5))


def _lookup(ids):
    out = _EMB[ids]
    out[ids == 0] = 0.0
    return [out]


CASES.append(case("lookup_table_v2", module(
    [("ids", _idt)], [param("emb", _EMB),
                      "%%0 = paddle.lookup_table_v2 %%ids, %%emb {padding_idx "
                      "= 0 : si64} : (%s, %s) -> %s"
                      % (_idt, ty((10, 5)), _lt)], [("%0", _lt)]),
    {0: _IDS}, _lookup, atol=0))

CASES.append(_one("assign", "%%0 = paddle.assign %%x : (%s) -> %s"
                  % (_xt, _xt), _xt, lambda a: [a.copy()]))

_sh = ty((3,), "i32")
CASES.append(_one("shape", "%%0 = paddle.shape %%x : (%s) -> %s"
                  % (_xt, _sh), _sh,
                  lambda a: [np.array(a.shape, dtype=np.int32)]))

_fct = ty((2, 3), "i64")
CASES.append(case("fill_constant", module(
    [("x", _fct)],
    ["%%c = paddle.fill_constant {dtype = 3 : si32, shape = array<i64: 2, 3>,"
     " value = 7.0 : f32} : () -> %s" % _fct,
     "%%0 = paddle.elementwise_add %%x, %%c : (%s, %s) -> %s"
     % (_fct, _fct, _fct)], [("%0", _fct)]),
    {0: np.arange(6, dtype=np.int64).reshape(2, 3)}, lambda a: [a + 7],
    atol=0))

_fat = ty((None, 4, 6), "i32")
CASES.append(_one(
    "fill_any_like", "%%0 = paddle.fill_any_like %%x {dtype = 2 : si32, value "
    "= 3.0 : f32} : (%s) -> %s" % (_xt, _fat), _fat,
    lambda a: [np.full(a.shape, 3, dtype=np.int32)]))

_one_i64 = ty((1,), "i64")
_rgt = ty((None,), "i64")
CASES.append(case("range", module(
    [("start", _one_i64), ("end", _one_i64)],
    [param("step", np.array([3], dtype=np.int64)),
     "%%0 = paddle.range %%start, %%end, %%step : (%s, %s, %s) -> %s"
     % (_one_i64, _one_i64, _one_i64, _rgt)], [("%0", _rgt)]),
    {0: np.array([2], np.int64), 1: np.array([17], np.int64)},
    lambda s, e: [np.arange(s[0], e[0], 3, dtype=np.int64)], atol=0))
