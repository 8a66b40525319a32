"""Reading Paddle inference models in tests, independently of x2p's C++.

dump: prints a model as text for FileCheck. The program is parsed with the
ProgramDesc classes that the installed Paddle ships (so a file Paddle cannot
parse fails here), and the params file with a reader of Paddle's
save_combine layout written in Python, apart from x2p's C++ reader.

run: runs a model in real Paddle Inference on CPU.

  python paddle_model.py dump DIR/model.pdmodel
  python paddle_model.py run DIR/model.pdmodel INPUTS.npz OUTPUTS.npz
"""
import os
import re
import struct
import sys

os.environ.setdefault("GLOG_minloglevel", "3")

import numpy as np  # noqa: E402

DTYPES = {0: ("BOOL", np.bool_), 1: ("INT16", np.int16), 2: ("INT32", np.int32),
          3: ("INT64", np.int64), 4: ("FP16", np.float16), 5: ("FP32", np.float32),
          6: ("FP64", np.float64), 20: ("UINT8", np.uint8), 21: ("INT8", np.int8),
          22: ("BF16", np.uint16), 36: ("UINT16", np.uint16),
          37: ("UINT32", np.uint32), 38: ("UINT64", np.uint64)}
ATTR_FIELDS = {0: "i", 1: "f", 2: "s", 3: "ints", 4: "floats", 5: "strings",
               6: "b", 7: "bools", 9: "l", 11: "longs", 12: "float64s",
               15: "float64"}


def load_program(path):
    from paddle.base.proto import framework_pb2
    program = framework_pb2.ProgramDesc()
    with open(path, "rb") as f:
        program.ParseFromString(f.read())
    return program


def persistable_names(block):
    skip = {9, 10, 15, 17}  # FEED_MINIBATCH FETCH_LIST READER RAW
    return sorted({v.name for v in block.vars
                   if v.persistable and v.type.type not in skip},
                  key=lambda n: n.encode())


def read_params(path, names):
    """{name: numpy array} from a save_combine file, checking its layout."""
    from paddle.base.proto import framework_pb2
    data = open(path, "rb").read()
    pos, out = 0, {}
    for name in names:
        version, = struct.unpack_from("<I", data, pos)
        lod_level, = struct.unpack_from("<Q", data, pos + 4)
        assert version == 0 and lod_level == 0, (name, version, lod_level)
        tensor_version, desc_size = struct.unpack_from("<Ii", data, pos + 12)
        assert tensor_version == 0, (name, tensor_version)
        pos += 20
        desc = framework_pb2.VarType.TensorDesc()
        desc.ParseFromString(data[pos:pos + desc_size])
        pos += desc_size
        dtype = np.dtype(DTYPES[desc.data_type][1])
        count = int(np.prod(desc.dims)) if len(desc.dims) else 1
        out[name] = np.frombuffer(data, dtype, count, pos).reshape(tuple(desc.dims))
        pos += count * dtype.itemsize
    assert pos == len(data), "%d bytes after the last record" % (len(data) - pos)
    return out


def fmt_attr(attr):
    field = ATTR_FIELDS.get(attr.type)
    if field is None:
        return "%s=<type %d>" % (attr.name, attr.type)
    value = getattr(attr, field)
    if field in ("ints", "floats", "strings", "bools", "longs", "float64s"):
        value = list(value)
    return "%s=%r" % (attr.name, value)


def dump(model):
    program = load_program(model)
    block = program.blocks[0]
    print("version %d" % program.version.version)
    for pair in program.op_version_map.pair:
        print("op_version %s %d" % (pair.op_name, pair.op_version.version))
    for var in block.vars:
        kind = var.type.type
        line = "var %s" % var.name
        if kind == 7:
            t = var.type.dense_tensor.tensor
            line += " %s %s" % (DTYPES[t.data_type][0], list(t.dims))
        else:
            line += " type=%d" % kind
        if var.persistable:
            line += " persistable"
        if var.need_check_feed:
            line += " need_check_feed"
        print(line)
    for op in block.ops:
        ins = " ".join("%s=%s" % (v.parameter, list(v.arguments)) for v in op.inputs)
        outs = " ".join("%s=%s" % (v.parameter, list(v.arguments)) for v in op.outputs)
        attrs = " ".join(fmt_attr(a) for a in sorted(op.attrs, key=lambda a: a.name))
        print("op %s(%s) -> (%s) {%s}" % (op.type, ins, outs, attrs))
    params = model[:-len(".pdmodel")] + ".pdiparams"
    names = persistable_names(block)
    if names:
        for name, array in read_params(params, names).items():
            print("param %s %s %s %s" % (name, array.dtype, list(array.shape),
                                         np.array2string(array.ravel()[:4],
                                                         precision=4)))


def load(model, delete_passes=(), onednn=None):
    """A Paddle Inference predictor for `model` (CPU), with Paddle's default
    IR passes except `delete_passes`. onednn: None keeps Paddle's default
    (on for CPU), False turns oneDNN off, True turns it on."""
    from paddle import inference
    config = inference.Config(model, model[:-len(".pdmodel")] + ".pdiparams")
    config.disable_gpu()
    config.disable_glog_info()
    if onednn is False:
        config.disable_mkldnn()
    elif onednn:
        config.enable_mkldnn()
    for name in delete_passes:
        config.delete_pass(name)
    config.set_cpu_math_library_num_threads(1)
    return inference.create_predictor(config)


def error_summary(text):
    """The telling line of a Paddle failure: its exception line (e.g.
    "NotImplementedError: (Unimplemented) There are no kernels ...") and
    the operator it names, else the last line."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    exception = next((l for l in lines if re.match(r"^\w+(Error|Exception): ", l)), None)
    operator = next((l for l in lines if l.startswith("[operator <")), None)
    summary = exception or (lines[-1] if lines else "?")
    if operator and operator not in summary:
        summary = operator + " " + summary
    return summary[:240]


def predict(predictor, inputs):
    """Outputs (list of numpy arrays) of a loaded predictor on `inputs` (a
    list, in feed order)."""
    for name, value in zip(predictor.get_input_names(), inputs):
        predictor.get_input_handle(name).copy_from_cpu(np.ascontiguousarray(value))
    predictor.run()
    return [predictor.get_output_handle(n).copy_to_cpu()
            for n in predictor.get_output_names()]


def run(model, inputs):
    """Outputs (list of numpy arrays) of `model` on `inputs` (a list, in feed
    order), run by Paddle Inference on CPU."""
    return predict(load(model), inputs)


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif sys.argv[1] == "run":
        inputs = np.load(sys.argv[3])
        outputs = run(sys.argv[2], [inputs[k] for k in sorted(inputs.files)])
        np.savez(sys.argv[4], *outputs)
    else:
        sys.exit(__doc__)
