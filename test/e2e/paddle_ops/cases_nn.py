"""End-to-end cases of the network-layer paddle ops: conv2d,
depthwise_conv2d, conv2d_transpose, pool2d, layer_norm, batch_norm,
instance_norm, group_norm, pad3d, bilinear_interp_v2, nearest_interp_v2,
grid_sampler and dropout. The numpy references follow Paddle's kernels (explicit
paddings, half-pixel bilinear with align_mode 0, floor nearest).
"""
import numpy as np

from cases_common import case, module, param, rng, ty

_r = rng(4)
CASES = []


def conv2d(x, w, stride, pad, dilation, groups):
    """NCHW conv; pad = (top, bottom, left, right)."""
    n, c, h, wd = x.shape
    co, cg, kh, kw = w.shape
    x = np.pad(x, ((0, 0), (0, 0), (pad[0], pad[1]), (pad[2], pad[3])))
    oh = (x.shape[2] - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (x.shape[3] - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    out = np.zeros((n, co, oh, ow), np.float64)
    per = co // groups
    for g in range(groups):
        xs = x[:, g * cg:(g + 1) * cg]
        for i in range(kh):
            for j in range(kw):
                patch = xs[:, :, i * dilation[0]:i * dilation[0] + stride[0]
                           * (oh - 1) + 1:stride[0],
                           j * dilation[1]:j * dilation[1] + stride[1]
                           * (ow - 1) + 1:stride[1]]
                out[:, g * per:(g + 1) * per] += np.einsum(
                    "nchw,oc->nohw", patch, w[g * per:(g + 1) * per, :, i, j])
    return out.astype(np.float32)


_X = _r.standard_normal((2, 4, 9, 9)).astype(np.float32)
_W = _r.standard_normal((6, 2, 3, 3)).astype(np.float32)
_xt = ty((None, 4, 9, 9))
_ot = ty((None, 6, 3, 4))
CASES.append(case("conv2d", module(
    [("x", _xt)],
    [param("conv.w", _W),
     "%%0 = paddle.conv2d %%x, %%conv_w {strides = array<i32: 2, 3>, paddings"
     " = array<i32: 1, 0, 2, 1>, dilations = array<i32: 2, 1>, groups = 2 : "
     "si32} : (%s, %s) -> %s" % (_xt, ty((6, 2, 3, 3)), _ot)],
    [("%0", _ot)]),
    {0: _X}, lambda x: [conv2d(x, _W, (2, 3), (1, 0, 2, 1), (2, 1), 2)],
    atol=1e-4))

_DW = _r.standard_normal((4, 1, 3, 3)).astype(np.float32)
_dt = ty((None, 4, 9, 9))
CASES.append(case("depthwise_conv2d", module(
    [("x", _xt)],
    [param("dw.w", _DW),
     "%%0 = paddle.depthwise_conv2d %%x, %%dw_w {paddings = array<i32: 1, 1>,"
     " groups = 4 : si32} : (%s, %s) -> %s" % (_xt, ty((4, 1, 3, 3)), _dt)],
    [("%0", _dt)]),
    {0: _X}, lambda x: [conv2d(x, _DW, (1, 1), (1, 1, 1, 1), (1, 1), 4)],
    atol=1e-4))


def conv2d_transpose(x, w, stride, pad, out_pad, bias):
    n, ci, h, wd = x.shape
    _, co, kh, kw = w.shape
    fh = (h - 1) * stride[0] + kh
    fw = (wd - 1) * stride[1] + kw
    full = np.zeros((n, co, fh + out_pad[0], fw + out_pad[1]), np.float64)
    for i in range(h):
        for j in range(wd):
            full[:, :, i * stride[0]:i * stride[0] + kh,
                 j * stride[1]:j * stride[1] + kw] += np.einsum(
                "nc,cokl->nokl", x[:, :, i, j], w)
    oh = fh - 2 * pad[0] + out_pad[0]
    ow = fw - 2 * pad[1] + out_pad[1]
    out = full[:, :, pad[0]:pad[0] + oh, pad[1]:pad[1] + ow]
    return (out + bias.reshape(1, -1, 1, 1)).astype(np.float32)


_TW = _r.standard_normal((4, 3, 3, 3)).astype(np.float32)
_TB = _r.standard_normal((3,)).astype(np.float32)
# Paddle's conv2d_transpose kernel ignores its Bias slot (the dialect leaves
# it out), so the bias is an elementwise_add on the channel axis.
_TX = _r.standard_normal((2, 4, 5, 5)).astype(np.float32)
_txt, _tot = ty((None, 4, 5, 5)), ty((None, 3, 10, 10))
CASES.append(case("conv2d_transpose", module(
    [("x", _txt)],
    [param("deconv.w", _TW), param("deconv.b", _TB),
     "%%d = paddle.conv2d_transpose %%x, %%deconv_w {strides = array<i32: 2,"
     " 2>, paddings = array<i32: 1, 1>, output_padding = array<i32: 1, 1>} "
     ": (%s, %s) -> %s" % (_txt, ty((4, 3, 3, 3)), _tot),
     "%%0 = paddle.elementwise_add %%d, %%deconv_b {axis = 1 : si32} : "
     "(%s, %s) -> %s" % (_tot, ty((3,)), _tot)], [("%0", _tot)]),
    {0: _TX}, lambda x: [conv2d_transpose(x, _TW, (2, 2), (1, 1), (1, 1),
                                          _TB)], atol=1e-4))


def pool2d(x, k, s, p, kind, exclusive=True):
    n, c, h, w = x.shape
    fill = -np.inf if kind == "max" else 0.0
    xp = np.pad(x, ((0, 0), (0, 0), (p[0], p[0]), (p[1], p[1])),
                constant_values=fill)
    ones = np.pad(np.ones((h, w)), ((p[0], p[0]), (p[1], p[1])))
    oh = (h + 2 * p[0] - k[0]) // s[0] + 1
    ow = (w + 2 * p[1] - k[1]) // s[1] + 1
    out = np.zeros((n, c, oh, ow), np.float64)
    for i in range(oh):
        for j in range(ow):
            win = xp[:, :, i * s[0]:i * s[0] + k[0], j * s[1]:j * s[1] + k[1]]
            if kind == "max":
                out[:, :, i, j] = win.max(axis=(2, 3))
            else:
                cnt = (ones[i * s[0]:i * s[0] + k[0], j * s[1]:j * s[1] + k[1]]
                       .sum() if exclusive else k[0] * k[1])
                out[:, :, i, j] = win.sum(axis=(2, 3)) / cnt
    return out.astype(np.float32)


_pmt = ty((None, 4, 4, 4))
CASES.append(case("pool2d_max", module(
    [("x", _xt)],
    ["%%0 = paddle.pool2d %%x {ksize = array<i32: 3, 3>, pooling_type = "
     "\"max\", strides = array<i32: 2, 2>} : (%s) -> %s" % (_xt, _pmt)],
    [("%0", _pmt)]),
    {0: _X}, lambda x: [pool2d(x, (3, 3), (2, 2), (0, 0), "max")]))
_pat = ty((None, 4, 5, 5))
CASES.append(case("pool2d_avg", module(
    [("x", _xt)],
    ["%%0 = paddle.pool2d %%x {ksize = array<i32: 3, 3>, pooling_type = "
     "\"avg\", strides = array<i32: 2, 2>, paddings = array<i32: 1, 1>} : "
     "(%s) -> %s" % (_xt, _pat)], [("%0", _pat)]),
    {0: _X}, lambda x: [pool2d(x, (3, 3), (2, 2), (1, 1), "avg")]))
_gpt = ty((None, 4, 1, 1))
CASES.append(case("pool2d_adaptive", module(
    [("x", _xt)],
    ["%%0 = paddle.pool2d %%x {ksize = array<i32: 1, 1>, pooling_type = "
     "\"avg\", adaptive = true} : (%s) -> %s" % (_xt, _gpt)],
    [("%0", _gpt)]),
    {0: _X}, lambda x: [x.mean(axis=(2, 3), keepdims=True)]))

_L = _r.standard_normal((2, 5, 8)).astype(np.float32)
_G = _r.uniform(0.5, 1.5, (8,)).astype(np.float32)
_Bv = _r.standard_normal((8,)).astype(np.float32)
_lt, _mt = ty((None, 5, 8)), ty((None,))


def _layer_norm(x, g, b, eps):
    m = x.mean(-1, keepdims=True)
    v = x.var(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


CASES.append(case("layer_norm", module(
    [("x", _lt)],
    [param("ln.g", _G), param("ln.b", _Bv),
     "%%0, %%m, %%v = paddle.layer_norm %%x Scale(%%ln_g) Bias(%%ln_b) "
     "{begin_norm_axis = 2 : si32, epsilon = 1.0e-3 : f32} : (%s, %s, %s) ->"
     " (%s, %s, %s)" % (_lt, ty((8,)), ty((8,)), _lt, _mt, _mt)],
    [("%0", _lt)]),
    {0: _L}, lambda x: [_layer_norm(x.astype(np.float64), _G, _Bv, 1e-3)
                        .astype(np.float32)], atol=1e-5))

_C = 4
_BN = {k: _r.uniform(0.5, 1.5, (_C,)).astype(np.float32)
       for k in ("scale", "bias", "mean", "var")}
_bnt, _ct = ty((None, 4, 9, 9)), ty((4,))


def _bn(x):
    s = lambda a: a.reshape(1, -1, 1, 1)
    return [((x - s(_BN["mean"])) / np.sqrt(s(_BN["var"]) + 1e-3)
             * s(_BN["scale"]) + s(_BN["bias"])).astype(np.float32)]


CASES.append(case("batch_norm", module(
    [("x", _bnt)],
    [param("bn.%s" % k, v) for k, v in _BN.items()] +
    ["%%0:5 = paddle.batch_norm %%x Scale(%%bn_scale) Bias(%%bn_bias) "
     "Mean(%%bn_mean) Variance(%%bn_var) {epsilon = 1.0e-3 : f32, is_test = "
     "true} : (%s, %s, %s, %s, %s) -> (%s, %s, %s, %s, %s)"
     % ((_bnt,) + (_ct,) * 4 + (_bnt,) + (_ct,) * 4)], [("%0#0", _bnt)]),
    {0: _X}, _bn, atol=1e-5))


def _instance_norm(x, g, b, eps=1e-5):
    m = x.mean(axis=(2, 3), keepdims=True)
    v = x.var(axis=(2, 3), keepdims=True)
    return ((x - m) / np.sqrt(v + eps) * g.reshape(1, -1, 1, 1)
            + b.reshape(1, -1, 1, 1))


_IG = _BN["scale"]
_IB = _BN["bias"]
_st = ty((None,))
CASES.append(case("instance_norm", module(
    [("x", _bnt)],
    [param("in.g", _IG), param("in.b", _IB),
     "%%0:3 = paddle.instance_norm %%x Scale(%%in_g) Bias(%%in_b) : (%s, %s, "
     "%s) -> (%s, %s, %s)" % (_bnt, _ct, _ct, _bnt, _st, _st)],
    [("%0#0", _bnt)]),
    {0: _X}, lambda x: [_instance_norm(x.astype(np.float64), _IG, _IB)
                        .astype(np.float32)], atol=1e-5))


def _group_norm(x, groups, g, b, eps):
    n, c, h, w = x.shape
    xg = x.reshape(n, groups, -1)
    m = xg.mean(-1, keepdims=True)
    v = xg.var(-1, keepdims=True)
    y = ((xg - m) / np.sqrt(v + eps)).reshape(n, c, h, w)
    return y * g.reshape(1, -1, 1, 1) + b.reshape(1, -1, 1, 1)


_gmt = ty((None, 2))
CASES.append(case("group_norm", module(
    [("x", _bnt)],
    [param("gn.g", _IG), param("gn.b", _IB),
     "%%0:3 = paddle.group_norm %%x Scale(%%gn_g) Bias(%%gn_b) {groups = 2 : "
     "si32, epsilon = 1.0e-4 : f32} : (%s, %s, %s) -> (%s, %s, %s)"
     % (_bnt, _ct, _ct, _bnt, _gmt, _gmt)], [("%0#0", _bnt)]),
    {0: _X}, lambda x: [_group_norm(x.astype(np.float64), 2, _IG, _IB, 1e-4)
                        .astype(np.float32)], atol=1e-5))

_V = _r.standard_normal((2, 2, 3, 4, 5)).astype(np.float32)
_vt = ty((None, 2, 3, 4, 5))


def _pad3d(x, p, mode, value=0.0):
    # paddings are [left, right, top, bottom, front, back] (W, H, D).
    width = ((0, 0), (0, 0), (p[4], p[5]), (p[2], p[3]), (p[0], p[1]))
    if mode == "constant":
        return np.pad(x, width, constant_values=value)
    return np.pad(x, width, mode={"reflect": "reflect", "replicate": "edge",
                                  "circular": "wrap"}[mode])


for _mode, _out, _extra in (("constant", (None, 2, 5, 5, 8), ", value = 1.5 "
                             ": f32"),
                            ("reflect", (None, 2, 5, 5, 8), ""),
                            ("replicate", (None, 2, 5, 5, 8), "")):
    _pt = ty(_out)
    CASES.append(case("pad3d_" + _mode, module(
        [("x", _vt)],
        ["%%0 = paddle.pad3d %%x {paddings = array<i32: 1, 2, 0, 1, 1, 1>, "
         "mode = \"%s\"%s} : (%s) -> %s" % (_mode, _extra, _vt, _pt)],
        [("%0", _pt)]),
        {0: _V}, (lambda m: lambda x: [_pad3d(x, (1, 2, 0, 1, 1, 1), m, 1.5)])
        (_mode), atol=0))


def bilinear(x, oh, ow, align_corners, align_mode):
    """Paddle's bilinear_interp_v2 kernel (NCHW, out_h/out_w given)."""
    n, c, h, w = x.shape
    flag = align_mode == 0 and not align_corners

    def axis(out, size):
        ratio = ((size - 1) / (out - 1) if align_corners and out > 1
                 else size / out)
        lo = np.zeros(out, np.int64)
        frac = np.zeros(out)
        for k in range(out):
            if flag:
                src = max(ratio * (k + 0.5) - 0.5, 0.0)
                lo[k] = int(src)
                frac[k] = src - lo[k]
            else:
                lo[k] = int(ratio * k)
                frac[k] = ratio * k - lo[k]
        hi = np.minimum(lo + 1, size - 1)
        return lo, hi, frac

    yl, yh, fy = axis(oh, h)
    xl, xh, fx = axis(ow, w)
    fy = fy.reshape(1, 1, -1, 1)
    fx = fx.reshape(1, 1, 1, -1)
    top = x[:, :, yl][:, :, :, xl] * (1 - fx) + x[:, :, yl][:, :, :, xh] * fx
    bot = x[:, :, yh][:, :, :, xl] * (1 - fx) + x[:, :, yh][:, :, :, xh] * fx
    return (top * (1 - fy) + bot * fy).astype(np.float32)


def nearest(x, oh, ow, align_corners):
    n, c, h, w = x.shape

    def idx(out, size):
        ratio = ((size - 1) / (out - 1) if align_corners and out > 1
                 else size / out)
        return np.array([int(ratio * k + 0.5) if align_corners
                         else int(ratio * k) for k in range(out)])
    return x[:, :, idx(oh, h)][:, :, :, idx(ow, w)]


_IX = _r.standard_normal((2, 3, 4, 5)).astype(np.float32)
_ixt, _iot = ty((None, 3, 4, 5)), ty((None, 3, 7, 9))
CASES.append(case("bilinear_interp_v2", module(
    [("x", _ixt)],
    ["%%0 = paddle.bilinear_interp_v2 %%x {interp_method = \"bilinear\", "
     "out_h = 7 : si32, out_w = 9 : si32, align_corners = false, align_mode "
     "= 0 : si32} : (%s) -> %s" % (_ixt, _iot)], [("%0", _iot)]),
    {0: _IX}, lambda x: [bilinear(x.astype(np.float64), 7, 9, False, 0)],
    atol=1e-5))
CASES.append(case("bilinear_interp_v2_align_corners", module(
    [("x", _ixt)],
    ["%%0 = paddle.bilinear_interp_v2 %%x {interp_method = \"bilinear\", "
     "out_h = 7 : si32, out_w = 9 : si32} : (%s) -> %s" % (_ixt, _iot)],
    [("%0", _iot)]),
    {0: _IX}, lambda x: [bilinear(x.astype(np.float64), 7, 9, True, 1)],
    atol=1e-5))
CASES.append(case("nearest_interp_v2", module(
    [("x", _ixt)],
    ["%%0 = paddle.nearest_interp_v2 %%x {interp_method = \"nearest\", "
     "out_h = 7 : si32, out_w = 9 : si32, align_corners = false} : (%s) -> "
     "%s" % (_ixt, _iot)], [("%0", _iot)]),
    {0: _IX}, lambda x: [nearest(x, 7, 9, False)], atol=0))

def grid_sample(x, grid, mode, padding, align_corners):
    """4-D grid sampling as PyTorch's (and Paddle's) kernel: zeros or
    border padding, bilinear or nearest (ties to even)."""
    n, c, h, w = x.shape
    _, oh, ow, _ = grid.shape

    def pixel(g, size):
        if align_corners:
            p = (g + 1) / 2 * (size - 1)
        else:
            p = ((g + 1) * size - 1) / 2
        return np.clip(p, 0, size - 1) if padding == "border" else p

    px, py = pixel(grid[..., 0], w), pixel(grid[..., 1], h)
    out = np.zeros((n, c, oh, ow), np.float64)

    def tap(b, iy, ix, weight):
        ok = (iy >= 0) & (iy < h) & (ix >= 0) & (ix < w)
        vals = x[b][:, np.clip(iy, 0, h - 1), np.clip(ix, 0, w - 1)]
        return vals * (weight * ok)[None]

    for b in range(n):
        if mode == "nearest":
            out[b] = tap(b, np.rint(py[b]).astype(int),
                         np.rint(px[b]).astype(int), 1.0)
            continue
        x0, y0 = np.floor(px[b]).astype(int), np.floor(py[b]).astype(int)
        fx, fy = px[b] - x0, py[b] - y0
        out[b] = (tap(b, y0, x0, (1 - fx) * (1 - fy)) +
                  tap(b, y0, x0 + 1, fx * (1 - fy)) +
                  tap(b, y0 + 1, x0, (1 - fx) * fy) +
                  tap(b, y0 + 1, x0 + 1, fx * fy))
    return out.astype(np.float32)


_GX = _r.standard_normal((2, 3, 4, 5)).astype(np.float32)
_GG = _r.uniform(-1.3, 1.3, (2, 3, 6, 2)).astype(np.float32)
_gxt, _ggt, _got = ty((2, 3, 4, 5)), ty((2, 3, 6, 2)), ty((2, 3, 3, 6))
for _mode, _pad, _ac in (("bilinear", "zeros", False),
                         ("nearest", "border", True)):
    CASES.append(case("grid_sampler_" + _mode, module(
        [("x", _gxt), ("g", _ggt)],
        ["%%0 = paddle.grid_sampler %%x, %%g {mode = \"%s\", padding_mode = "
         "\"%s\", align_corners = %s} : (%s, %s) -> %s"
         % (_mode, _pad, str(_ac).lower(), _gxt, _ggt, _got)],
        [("%0", _got)]),
        {0: _GX, 1: _GG},
        (lambda m, p, a: lambda x, g: [grid_sample(
            x.astype(np.float64), g.astype(np.float64), m, p, a)])
        (_mode, _pad, _ac), atol=1e-5))

_dmt = ty((None, 4, 9, 9), "ui8")
CASES.append(case("dropout", module(
    [("x", _xt)],
    ["%%0, %%mask = paddle.dropout %%x {dropout_prob = 0.25 : f32, is_test = "
     "true} : (%s) -> (%s, %s)" % (_xt, _xt, _dmt)], [("%0", _xt)]),
    {0: _X}, lambda x: [x * np.float32(0.75)], atol=1e-6))
