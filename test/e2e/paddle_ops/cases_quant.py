"""End-to-end cases of quantize_linear/dequantize_linear in the form
x2p's quantization emits: activations through a quantize -> dequantize
pair with a per-tensor abs-max Scale, and int8 weights behind a
per-channel dequantize_linear (quant_axis 1 for a matmul weight [K, N]).
Scale is the abs-max threshold: q = clip(round(x * 127 / s), qmin, qmax),
x' = q * s / 127, rounding half to even (round_type 0). Paddle 3.3.1 clips
to [qmin, qmax] = [-128, 127] after rounding, not x to [-s, s] before it,
so values below -s quantize to -128 (checked against Paddle's own
quantize_linear kernel).
"""
import numpy as np

from cases_common import case, module, param, rng, ty

_r = rng(6)
CASES = []

_X = _r.uniform(-2.0, 2.0, (3, 16)).astype(np.float32)
_S = np.array([1.5], np.float32)
_Z = np.zeros((1,), np.float32)
_xt, _st = ty((None, 16)), ty((1,))


def _quantize(x, s):
    return np.clip(np.rint(x * 127.0 / s), -128, 127)


CASES.append(case("quantize_linear", module(
    [("x", _xt)],
    [param("x.scale", _S), param("x.zero", _Z),
     "%%0 = paddle.quantize_linear %%x, %%x_scale, %%x_zero {quant_axis = -1"
     " : si32} : (%s, %s, %s) -> %s" % (_xt, _st, _st, _xt)],
    [("%0", _xt)]),
    {0: _X}, lambda x: [_quantize(x, _S[0]).astype(np.float32)], atol=0))

CASES.append(case("quantize_dequantize_linear", module(
    [("x", _xt)],
    [param("x.scale", _S), param("x.zero", _Z),
     "%%q = paddle.quantize_linear %%x, %%x_scale, %%x_zero {quant_axis = -1"
     " : si32} : (%s, %s, %s) -> %s" % (_xt, _st, _st, _xt),
     "%%0 = paddle.dequantize_linear %%q, %%x_scale, %%x_zero {quant_axis = "
     "-1 : si32} : (%s, %s, %s) -> %s" % (_xt, _st, _st, _xt)],
    [("%0", _xt)]),
    {0: _X}, lambda x: [(_quantize(x, _S[0]) * _S[0] / 127.0)
                        .astype(np.float32)], atol=1e-6))

_WF = _r.standard_normal((16, 8)).astype(np.float32)
_WS = np.abs(_WF).max(axis=0).astype(np.float32)
_WQ = np.rint(_WF / _WS * 127.0).astype(np.int8)
_WZ = np.zeros((8,), np.float32)
_ot = ty((None, 8))
_W = (_WQ.astype(np.float32) * _WS / 127.0).astype(np.float32)
CASES.append(case("dequantize_linear_int8_weight", module(
    [("x", _xt)],
    [param("w.q", _WQ), param("w.scale", _WS), param("w.zero", _WZ),
     "%%w = paddle.dequantize_linear %%w_q, %%w_scale, %%w_zero {quant_axis "
     "= 1 : si32} : (%s, %s, %s) -> %s"
     % (ty((16, 8), "i8"), ty((8,)), ty((8,)), ty((16, 8))),
     "%%0 = paddle.matmul_v2 %%x, %%w : (%s, %s) -> %s"
     % (_xt, ty((16, 8)), _ot)], [("%0", _ot)]),
    {0: _X}, lambda x: [x @ _W], atol=1e-4))
