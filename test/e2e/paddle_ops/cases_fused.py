"""End-to-end cases of Paddle's fused ops: fc (every device) and the
CUDA-only multihead_matmul, skip_layernorm and
fused_embedding_eltwise_layernorm. Paddle has no CPU kernel for the last
three, so their cases have cpu=False: the runner checks that Paddle
Inference loads them and that they round-trip, and runs the numpy
reference only where a GPU predictor is available.
"""
import numpy as np

from cases_common import case, module, param, rng, ty

_r = rng(5)
CASES = []

_X = _r.standard_normal((2, 7, 16)).astype(np.float32)
_W = (_r.standard_normal((16, 12)) * 0.25).astype(np.float32)
_B = _r.standard_normal((12,)).astype(np.float32)
_xt, _ot = ty((None, 7, 16)), ty((None, 7, 12))
CASES.append(case("fc_relu", module(
    [("x", _xt)],
    [param("fc.w", _W), param("fc.b", _B),
     "%%0 = paddle.fc %%x, %%fc_w Bias(%%fc_b) {in_num_col_dims = 2 : si32, "
     "activation_type = \"relu\"} : (%s, %s, %s) -> %s"
     % (_xt, ty((16, 12)), ty((12,)), _ot)], [("%0", _ot)]),
    {0: _X}, lambda x: [np.maximum(x @ _W + _B, 0)], atol=1e-5))
_ft, _fo = ty((None, 7, 16)), ty((None, 12))
_W2 = (_r.standard_normal((112, 12)) * 0.1).astype(np.float32)
CASES.append(case("fc_flatten", module(
    [("x", _ft)],
    [param("fc2.w", _W2),
     "%%0 = paddle.fc %%x, %%fc2_w : (%s, %s) -> %s"
     % (_ft, ty((112, 12)), _fo)], [("%0", _fo)]),
    {0: _X}, lambda x: [x.reshape(x.shape[0], -1) @ _W2], atol=1e-4))


def _layer_norm(x, g, b, eps):
    m = x.mean(-1, keepdims=True)
    v = x.var(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


HEADS, HIDDEN = 4, 16
_QKV = (_r.standard_normal((HIDDEN, 3, HIDDEN)) * 0.25).astype(np.float32)
_QKVB = (_r.standard_normal((3, HIDDEN)) * 0.1).astype(np.float32)
_MASK = np.where(_r.uniform(size=(2, 1, 1, 7)) < 0.2, -1e4, 0.0).astype(
    np.float32)
_MASK = np.broadcast_to(_MASK, (2, HEADS, 7, 7)).copy()


def _attention(x, mask):
    d = HIDDEN // HEADS
    qkv = np.einsum("bsh,hkj->bskj", x, _QKV) + _QKVB
    q, k, v = (qkv[:, :, i].reshape(x.shape[0], -1, HEADS, d)
               .transpose(0, 2, 1, 3) for i in range(3))
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + mask
    s = np.exp(s - s.max(-1, keepdims=True))
    p = s / s.sum(-1, keepdims=True)
    return (p @ v).transpose(0, 2, 1, 3).reshape(x.shape[0], -1, HIDDEN)


_mt = ty((None, HEADS, 7, 7))
CASES.append(case("multihead_matmul", module(
    [("x", _xt), ("mask", _mt)],
    [param("attn.w", _QKV), param("attn.b", _QKVB),
     "%%0 = paddle.multihead_matmul %%x, %%attn_w, %%attn_b BiasQK(%%mask) "
     "{alpha = 0.5 : f32, head_number = 4 : si32} : (%s, %s, %s, %s) -> %s"
     % (_xt, ty((16, 3, 16)), ty((3, 16)), _mt, _xt)], [("%0", _xt)]),
    {0: _X, 1: _MASK}, lambda x, m: [_attention(x, m).astype(np.float32)],
    atol=1e-4, cpu=False))

_G = _r.uniform(0.5, 1.5, (HIDDEN,)).astype(np.float32)
_Bv = _r.standard_normal((HIDDEN,)).astype(np.float32)
_Y = _r.standard_normal((2, 7, 16)).astype(np.float32)
CASES.append(case("skip_layernorm", module(
    [("x", _xt), ("y", _xt)],
    [param("sln.g", _G), param("sln.b", _Bv),
     "%%0 = paddle.skip_layernorm %%x, %%y, %%sln_g, %%sln_b {epsilon = "
     "1.0e-5 : f32, begin_norm_axis = 2 : si32} : (%s, %s, %s, %s) -> %s"
     % (_xt, _xt, ty((16,)), ty((16,)), _xt)], [("%0", _xt)]),
    {0: _X, 1: _Y}, lambda x, y: [_layer_norm(
        (x + y).astype(np.float64), _G, _Bv, 1e-5).astype(np.float32)],
    atol=1e-5, cpu=False))

_WORD = _r.standard_normal((30, HIDDEN)).astype(np.float32)
_POS = _r.standard_normal((7, HIDDEN)).astype(np.float32)
_TYPE = _r.standard_normal((2, HIDDEN)).astype(np.float32)
_IDS = _r.integers(0, 30, (2, 7)).astype(np.int64)
_PIDS = np.tile(np.arange(7, dtype=np.int64), (2, 1))
_TIDS = _r.integers(0, 2, (2, 7)).astype(np.int64)
_it = ty((None, 7), "i64")
CASES.append(case("fused_embedding_eltwise_layernorm", module(
    [("ids", _it), ("pos", _it), ("type", _it)],
    [param("emb.word", _WORD), param("emb.pos", _POS),
     param("emb.type", _TYPE), param("emb.g", _G), param("emb.b", _Bv),
     "%%0 = paddle.fused_embedding_eltwise_layernorm Ids(%%ids, %%pos, "
     "%%type) Embs(%%emb_word, %%emb_pos, %%emb_type) Bias(%%emb_b) "
     "Scale(%%emb_g) {epsilon = 1.0e-5 : f32} : (%s, %s, %s, %s, %s, %s, %s, "
     "%s) -> %s" % (_it, _it, _it, ty((30, 16)), ty((7, 16)), ty((2, 16)),
                    ty((16,)), ty((16,)), _xt)], [("%0", _xt)]),
    {0: _IDS, 1: _PIDS, 2: _TIDS},
    lambda i, p, t: [_layer_norm(
        (_WORD[i] + _POS[p] + _TYPE[t]).astype(np.float64), _G, _Bv, 1e-5)
        .astype(np.float32)], atol=1e-5, cpu=False))
