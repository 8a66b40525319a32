"""Writes Paddle inference models for the --import-paddle tests.

`paddle OUT_DIR [mlp|conv|transformer]` saves a small model with Paddle's
own paddle.static.save_inference_model (legacy .pdmodel,
FLAGS_enable_pir_api=0), plus its input and Paddle's outputs (io.npz).
Paddle 3.x's Python layers build only PIR programs, so the ops are appended
as OpDescs, with the slots and attributes Paddle's op makers define.

`broken SRC_DIR OUT_DIR` writes damaged copies of SRC_DIR's model, one per
class of bad input the importer must reject.
"""
import os
import shutil
import struct
import sys

os.environ.setdefault("GLOG_minloglevel", "3")
os.environ["FLAGS_enable_pir_api"] = "0"

import numpy as np  # noqa: E402


class Builder:
    """Appends OpDescs to a static program's global block."""

    def __init__(self, block, rng):
        self.block, self.rng = block, rng

    def param(self, name, shape, scale=1.0, positive=False):
        import paddle
        value = (self.rng.standard_normal(shape) * scale).astype("float32")
        if positive:
            value = np.abs(value) + 0.5
        return paddle.static.create_parameter(
            value.shape, "float32", name=name,
            default_initializer=paddle.nn.initializer.Assign(value))

    def var(self, name, shape, dtype="float32"):
        return self.block.create_var(name=name, dtype=dtype, shape=shape)

    def op(self, type, inputs, outputs, attrs=None):
        self.block.append_op(type=type, inputs=inputs, outputs=outputs,
                             attrs=attrs or {})


def conv_model(b, x):
    """conv2d + batch_norm + relu + pool2d + flatten + fc-style matmul."""
    conv = b.var("conv", [-1, 4, 8, 8])
    b.op("conv2d", {"Input": [x], "Filter": [b.param("conv.w", [4, 3, 3, 3], 0.3)]},
         {"Output": [conv]},
         {"strides": [1, 1], "paddings": [1, 1], "dilations": [1, 1],
          "groups": 1, "data_format": "NCHW", "padding_algorithm": "EXPLICIT"})
    bn = b.var("bn", [-1, 4, 8, 8])
    saved = [b.var("bn." + n, [4]) for n in ("saved_mean", "saved_var")]
    mean = b.param("bn.mean", [4], 0.1)
    variance = b.param("bn.var", [4], positive=True)
    # Paddle requires MeanOut/VarianceOut to be the Mean/Variance vars.
    b.op("batch_norm",
         {"X": [conv], "Scale": [b.param("bn.scale", [4])],
          "Bias": [b.param("bn.bias", [4])], "Mean": [mean], "Variance": [variance]},
         {"Y": [bn], "MeanOut": [mean], "VarianceOut": [variance],
          "SavedMean": [saved[0]], "SavedVariance": [saved[1]]},
         {"epsilon": 1e-5, "momentum": 0.9, "is_test": True,
          "data_layout": "NCHW", "use_global_stats": False})
    act = b.var("act", [-1, 4, 8, 8])
    b.op("relu", {"X": [bn]}, {"Out": [act]})
    pool = b.var("pool", [-1, 4, 4, 4])
    b.op("pool2d", {"X": [act]}, {"Out": [pool]},
         {"pooling_type": "max", "ksize": [2, 2], "strides": [2, 2],
          "paddings": [0, 0], "global_pooling": False, "adaptive": False,
          "ceil_mode": False, "exclusive": True, "data_format": "NCHW",
          "padding_algorithm": "EXPLICIT"})
    flat, xshape = b.var("flat", [-1, 64]), b.var("flat.xshape", [0, -1, 4, 4, 4])
    b.op("flatten_contiguous_range", {"X": [pool]},
         {"Out": [flat], "XShape": [xshape]}, {"start_axis": 1, "stop_axis": -1})
    logits = b.var("logits", [-1, 10])
    b.op("matmul_v2", {"X": [flat], "Y": [b.param("fc.w", [64, 10], 0.1)]},
         {"Out": [logits]}, {"trans_x": False, "trans_y": False})
    return [logits], (2, 3, 8, 8)


def transformer_model(b, x):
    """One encoder layer: multi-head self-attention and a GELU FFN."""
    seq, hidden, heads = 6, 16, 2
    head = hidden // heads

    def linear(name, inp, n_in, n_out):
        mm, out = b.var(name + ".mm", [-1, seq, n_out]), b.var(name, [-1, seq, n_out])
        b.op("matmul_v2", {"X": [inp], "Y": [b.param(name + ".w", [n_in, n_out], 0.2)]},
             {"Out": [mm]}, {"trans_x": False, "trans_y": False})
        b.op("elementwise_add", {"X": [mm], "Y": [b.param(name + ".b", [n_out], 0.1)]},
             {"Out": [out]}, {"axis": -1})
        return out

    def split_heads(name, t):
        r, rx = b.var(name + ".r", [-1, seq, heads, head]), b.var(name + ".rx", [0, -1, seq, hidden])
        b.op("reshape2", {"X": [t]}, {"Out": [r], "XShape": [rx]},
             {"shape": [0, 0, heads, head]})
        tr, tx = b.var(name + ".t", [-1, heads, seq, head]), b.var(name + ".tx", [0, -1, seq, heads, head])
        b.op("transpose2", {"X": [r]}, {"Out": [tr], "XShape": [tx]}, {"axis": [0, 2, 1, 3]})
        return tr

    def layer_norm(name, t):
        y = b.var(name, [-1, seq, hidden])
        mean, var = b.var(name + ".mean", [-1]), b.var(name + ".var", [-1])
        b.op("layer_norm", {"X": [t], "Scale": [b.param(name + ".g", [hidden])],
                            "Bias": [b.param(name + ".b", [hidden])]},
             {"Y": [y], "Mean": [mean], "Variance": [var]},
             {"epsilon": 1e-5, "begin_norm_axis": 2})
        return y

    q = split_heads("q", linear("q", x, hidden, hidden))
    k = split_heads("k", linear("k", x, hidden, hidden))
    v = split_heads("v", linear("v", x, hidden, hidden))
    scores, scaled = b.var("scores", [-1, heads, seq, seq]), b.var("scaled", [-1, heads, seq, seq])
    b.op("matmul_v2", {"X": [q], "Y": [k]}, {"Out": [scores]},
         {"trans_x": False, "trans_y": True})
    b.op("scale", {"X": [scores]}, {"Out": [scaled]},
         {"scale": head ** -0.5, "bias": 0.0, "bias_after_scale": True})
    probs = b.var("probs", [-1, heads, seq, seq])
    b.op("softmax", {"X": [scaled]}, {"Out": [probs]}, {"axis": -1})
    ctx = b.var("ctx", [-1, heads, seq, head])
    b.op("matmul_v2", {"X": [probs], "Y": [v]}, {"Out": [ctx]},
         {"trans_x": False, "trans_y": False})
    ctx_t, ctx_tx = b.var("ctx.t", [-1, seq, heads, head]), b.var("ctx.tx", [0, -1, heads, seq, head])
    b.op("transpose2", {"X": [ctx]}, {"Out": [ctx_t], "XShape": [ctx_tx]}, {"axis": [0, 2, 1, 3]})
    merged, merged_x = b.var("merged", [-1, seq, hidden]), b.var("merged.x", [0, -1, seq, heads, head])
    b.op("reshape2", {"X": [ctx_t]}, {"Out": [merged], "XShape": [merged_x]},
         {"shape": [0, 0, hidden]})
    attn = linear("attn.out", merged, hidden, hidden)
    res1 = b.var("res1", [-1, seq, hidden])
    b.op("elementwise_add", {"X": [attn], "Y": [x]}, {"Out": [res1]}, {"axis": -1})
    ln1 = layer_norm("ln1", res1)
    ff = linear("ffn.up", ln1, hidden, 2 * hidden)
    act = b.var("ffn.act", [-1, seq, 2 * hidden])
    b.op("gelu", {"X": [ff]}, {"Out": [act]}, {"approximate": False})
    down = linear("ffn.down", act, 2 * hidden, hidden)
    res2 = b.var("res2", [-1, seq, hidden])
    b.op("elementwise_add", {"X": [down], "Y": [ln1]}, {"Out": [res2]}, {"axis": -1})
    return [layer_norm("ln2", res2)], (2, seq, hidden)


def mlp_model(b, x):
    """matmul_v2, elementwise_add, relu, layer_norm, reshape2, softmax."""
    mm, add, act = b.var("mm", [-1, 6, 16]), b.var("add", [-1, 6, 16]), b.var("act", [-1, 6, 16])
    y, mean, variance = b.var("ln", [-1, 6, 16]), b.var("ln_mean", [-1]), b.var("ln_var", [-1])
    flat, xshape = b.var("flat", [-1, 16]), b.var("flat_xshape", [0, -1, 6, 16])
    probs = b.var("probs", [-1, 16])
    b.op("matmul_v2", {"X": [x], "Y": [b.param("encoder.fc.weight", [8, 16])]},
         {"Out": [mm]}, {"trans_x": False, "trans_y": False})
    b.op("elementwise_add", {"X": [mm], "Y": [b.param("encoder.fc.bias", [16])]},
         {"Out": [add]}, {"axis": -1})
    b.op("relu", {"X": [add]}, {"Out": [act]})
    b.op("layer_norm", {"X": [act], "Scale": [b.param("encoder.ln.weight", [16])],
                        "Bias": [b.param("encoder.ln.bias", [16])]},
         {"Y": [y], "Mean": [mean], "Variance": [variance]},
         {"epsilon": 1e-5, "begin_norm_axis": 2})
    b.op("reshape2", {"X": [y]}, {"Out": [flat], "XShape": [xshape]}, {"shape": [-1, 16]})
    b.op("softmax", {"X": [flat]}, {"Out": [probs]}, {"axis": -1})
    return [probs, y], (3, 6, 8)


MODELS = {"mlp": (mlp_model, [-1, 6, 8]), "conv": (conv_model, [-1, 3, 8, 8]),
          "transformer": (transformer_model, [-1, 6, 16])}


def paddle_model(out_dir, name):
    import paddle
    paddle.enable_static()
    rng = np.random.default_rng(3)
    build, input_shape = MODELS[name]
    main, startup = paddle.static.Program(), paddle.static.Program()
    with paddle.static.program_guard(main, startup):
        x = paddle.static.data("tokens" if name != "conv" else "image",
                               input_shape, "float32")
        outputs, feed_shape = build(Builder(main.global_block(), rng), x)
    exe = paddle.static.Executor(paddle.CPUPlace())
    exe.run(startup)
    prefix = os.path.join(out_dir, "model")
    paddle.static.save_inference_model(prefix, [x], outputs, exe, program=main)
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "lib"))
    import paddle_model as runner
    inp = rng.standard_normal(feed_shape).astype("float32")
    outs = runner.run(prefix + ".pdmodel", [inp])
    np.savez(os.path.join(out_dir, "io.npz"), input=inp,
             **{"out%d" % i: o for i, o in enumerate(outs)})


def broken(src, out):
    from paddle.base.proto import framework_pb2
    model = open(os.path.join(src, "model.pdmodel"), "rb").read()
    params = open(os.path.join(src, "model.pdiparams"), "rb").read()

    def write(name, model_bytes, params_bytes):
        os.makedirs(os.path.join(out, name), exist_ok=True)
        with open(os.path.join(out, name, "model.pdmodel"), "wb") as f:
            f.write(model_bytes)
        if params_bytes is not None:
            with open(os.path.join(out, name, "model.pdiparams"), "wb") as f:
                f.write(params_bytes)

    write("short-params", model, params[:-10])
    write("long-params", model, params + b"\0" * 7)
    write("no-params", model, None)
    write("not-protobuf", b"\x89PNG\r\n\x1a\n not a program", params)
    # The first record's tensor version (bytes 12..16) set to 1.
    write("tensor-version", model, params[:12] + struct.pack("<I", 1) + params[16:])

    program = framework_pb2.ProgramDesc()
    program.ParseFromString(model)
    for var in program.blocks[0].vars:
        if var.name == "encoder.fc.bias":
            var.type.dense_tensor.tensor.data_type = 32  # FP8_E4M3FN
    write("param-dtype", program.SerializeToString(), params)

    program.ParseFromString(model)
    ops = program.blocks[0].ops
    for op in ops:
        if op.type == "relu":
            op.type = "fancy_relu"
        if op.type == "softmax":
            op.type = "fancy_softmax"
    extra = ops.add()
    extra.CopyFrom([o for o in ops if o.type == "fancy_relu"][0])
    write("unknown-ops", program.SerializeToString(), params)

    program.ParseFromString(model)
    for op in program.blocks[0].ops:
        if op.type == "relu":
            op.inputs[0].arguments[0] = "nowhere"
    write("undefined-var", program.SerializeToString(), params)


if __name__ == "__main__":
    if sys.argv[1] == "paddle":
        paddle_model(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "mlp")
    else:
        broken(sys.argv[2], sys.argv[3])
