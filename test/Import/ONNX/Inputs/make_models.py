#!/usr/bin/env python3
"""Writes the binary .onnx models the importer's lit tests read.

Usage: make_models.py KIND OUT_DIR

Each KIND writes OUT_DIR/<KIND>.onnx (and, for external data, the data
files beside it). Models are built with onnx.helper so they are exactly what
exporters write; the broken ones are broken on purpose.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def mlp(weights=None, opset=17, ir=8):
    """Y = Relu(X @ W + B) with W [4, 8] and B [8] as initializers."""
    w = numpy_helper.from_array(
        np.arange(32, dtype=np.float32).reshape(4, 8), "W")
    b = numpy_helper.from_array(np.ones(8, dtype=np.float32), "B")
    nodes = [
        helper.make_node("MatMul", ["X", "W"], ["XW"], name="matmul"),
        helper.make_node("Add", ["XW", "B"], ["XWB"], name="add"),
        helper.make_node("Relu", ["XWB"], ["Y"], name="relu"),
    ]
    graph = helper.make_graph(
        nodes, "mlp",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, ["batch", 4])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["batch", 8])],
        weights if weights is not None else [w, b])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = ir
    return model


def save(model, out, kind):
    onnx.save(model, os.path.join(out, kind + ".onnx"))


def external(out, kind, location, offset=0, length=None, write_data=True):
    """mlp with W stored in an external file."""
    w = np.arange(32, dtype=np.float32).reshape(4, 8)
    tensor = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[4, 8])
    tensor.data_location = TensorProto.EXTERNAL
    entries = {"location": location, "offset": str(offset)}
    if length is not None:
        entries["length"] = str(length)
    for k, v in entries.items():
        e = tensor.external_data.add()
        e.key, e.value = k, v
    if write_data:
        with open(os.path.join(out, "weights.bin"), "wb") as f:
            f.write(b"\0" * offset + w.tobytes())
    b = numpy_helper.from_array(np.ones(8, dtype=np.float32), "B")
    save(mlp([tensor, b]), out, kind)


def main(kind, out):
    os.makedirs(out, exist_ok=True)
    if kind == "mlp":
        save(mlp(), out, kind)
    elif kind == "misaligned":
        # A 3-byte tensor before W shifts W's raw_data off 4-byte alignment
        # in some layouts; both must import with the right values.
        pad = numpy_helper.from_array(np.arange(3, dtype=np.uint8), "pad")
        model = mlp()
        model.graph.initializer.insert(0, pad)
        save(model, out, kind)
    elif kind == "external":
        external(out, kind, "weights.bin", offset=64, length=128)
    elif kind == "external-nolength":
        external(out, kind, "weights.bin", offset=0)
    elif kind == "external-absolute":
        external(out, kind, "/etc/passwd", write_data=False)
    elif kind == "external-dotdot":
        external(out, kind, "../weights.bin", write_data=False)
    elif kind == "external-missing":
        external(out, kind, "nothere.bin", write_data=False)
    elif kind == "external-range":
        external(out, kind, "weights.bin", offset=64, length=4096)
    elif kind == "external-offset":
        external(out, kind, "weights.bin", offset=1 << 40, write_data=False)
        with open(os.path.join(out, "weights.bin"), "wb") as f:
            f.write(b"\0" * 128)
    elif kind == "external-symlink":
        outside = os.path.join(out, "..", "outside-" + os.path.basename(out))
        os.makedirs(outside, exist_ok=True)
        with open(os.path.join(outside, "w.bin"), "wb") as f:
            f.write(b"\0" * 128)
        link = os.path.join(out, "link.bin")
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(os.path.join(outside, "w.bin"), link)
        external(out, kind, "link.bin", write_data=False)
    elif kind == "truncated":
        data = mlp().SerializeToString()
        with open(os.path.join(out, kind + ".onnx"), "wb") as f:
            f.write(data[: len(data) // 2])
    elif kind == "garbage":
        with open(os.path.join(out, kind + ".onnx"), "wb") as f:
            f.write(b"this is not a protobuf \xff\xff\xff\xff\xff")
    elif kind == "ir-version":
        save(mlp(ir=99), out, kind)
    elif kind == "old-opset":
        save(mlp(opset=5), out, kind)
    elif kind == "new-opset":
        save(mlp(opset=30), out, kind)
    elif kind == "unknown-dtype":
        model = mlp()
        model.graph.initializer[1].data_type = 77
        save(model, out, kind)
    elif kind == "bad-size":
        model = mlp()
        model.graph.initializer[0].raw_data = b"\0" * 12
        save(model, out, kind)
    elif kind == "unknown-domain":
        model = mlp()
        model.graph.node[2].domain = "com.example"
        model.opset_import.append(helper.make_opsetid("com.example", 1))
        save(model, out, kind)
    elif kind == "not-in-dialect":
        model = mlp()
        model.graph.node[2].op_type = "Frobnicate"
        save(model, out, kind)
    elif kind == "cyclic":
        model = mlp()
        model.graph.node[0].input[0] = "Y"
        save(model, out, kind)
    elif kind == "unsorted":
        model = mlp()
        nodes = list(model.graph.node)
        del model.graph.node[:]
        model.graph.node.extend(reversed(nodes))
        save(model, out, kind)
    elif kind == "duplicate":
        model = mlp()
        model.graph.node[1].output[0] = "XW"
        save(model, out, kind)
    elif kind == "missing-input":
        model = mlp()
        del model.graph.initializer[1]
        save(model, out, kind)
    elif kind == "missing-output":
        model = mlp()
        model.graph.output[0].name = "Z"
        save(model, out, kind)
    elif kind == "no-graph":
        model = mlp()
        model.ClearField("graph")
        save(model, out, kind)
    else:
        sys.exit("unknown kind " + kind)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
