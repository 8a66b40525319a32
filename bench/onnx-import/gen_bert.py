#!/usr/bin/env python3
"""Writes a randomly initialised BERT-base-sized ONNX model (~110M
parameters: 12 layers, hidden 768, 12 heads, FFN 3072, vocabulary 30522)
as the importer benchmark's input, twice: weights inside the model
(bert.onnx) and as external data (bert-ext/bert.onnx + bert-ext/bert.bin).

Usage: gen_bert.py OUT_DIR   (skips the work when the files exist)
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

H, HEADS, FFN, LAYERS, VOCAB, POS = 768, 12, 3072, 12, 30522, 512


def build():
    rng = np.random.default_rng(0)
    inits, nodes = [], []

    def weight(name, *shape):
        inits.append(numpy_helper.from_array(
            (rng.standard_normal(shape, dtype=np.float32) * 0.02), name))
        return name

    def const(name, values):
        inits.append(numpy_helper.from_array(np.array(values, dtype=np.int64), name))
        return name

    def node(op, inputs, outputs=None, **attrs):
        out = outputs or ["%s_%d" % (op.lower(), len(nodes))]
        nodes.append(helper.make_node(op, inputs, out, name=out[0], **attrs))
        return out[0]

    def layer_norm(x, prefix):
        return node("LayerNormalization",
                    [x, weight(prefix + ".gamma", H), weight(prefix + ".beta", H)],
                    epsilon=1e-12, axis=-1)

    def linear(x, prefix, n_in, n_out):
        y = node("MatMul", [x, weight(prefix + ".weight", n_in, n_out)])
        return node("Add", [y, weight(prefix + ".bias", n_out)])

    ids = node("Gather", [weight("embeddings.word", VOCAB, H), "input_ids"])
    pos = node("Gather", [weight("embeddings.position", POS, H), "position_ids"])
    typ = node("Gather", [weight("embeddings.token_type", 2, H), "token_type_ids"])
    x = layer_norm(node("Add", [node("Add", [ids, pos]), typ]), "embeddings.ln")
    heads_shape = const("heads_shape", [0, 0, HEADS, H // HEADS])
    merge_shape = const("merge_shape", [0, 0, H])
    scale = inits.append(numpy_helper.from_array(
        np.array(1.0 / np.sqrt(H // HEADS), dtype=np.float32), "scale")) or "scale"
    for i in range(LAYERS):
        p = "layer%d" % i
        def heads(t, perm):
            return node("Transpose", [node("Reshape", [t, heads_shape])], perm=perm)
        q = heads(linear(x, p + ".q", H, H), [0, 2, 1, 3])
        k = heads(linear(x, p + ".k", H, H), [0, 2, 3, 1])
        v = heads(linear(x, p + ".v", H, H), [0, 2, 1, 3])
        scores = node("Mul", [node("MatMul", [q, k]), scale])
        probs = node("Softmax", [node("Add", [scores, "attention_bias"])], axis=-1)
        ctx = node("Transpose", [node("MatMul", [probs, v])], perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, merge_shape])
        x = layer_norm(node("Add", [linear(ctx, p + ".o", H, H), x]), p + ".ln1")
        h = linear(x, p + ".ffn1", H, FFN)
        h = node("Relu", [h])  # GELU needs opset 20; the weights are what count
        x = layer_norm(node("Add", [linear(h, p + ".ffn2", FFN, H), x]), p + ".ln2")
    pooled = node("Tanh", [linear(node("Gather", [x, const("first", 0)], axis=1),
                                  "pooler", H, H)], ["pooled"])
    node("Identity", [x], ["last_hidden_state"])
    int_in = lambda n: helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "seq"])
    graph = helper.make_graph(
        nodes, "bert",
        [int_in("input_ids"), int_in("position_ids"), int_in("token_type_ids"),
         helper.make_tensor_value_info("attention_bias", TensorProto.FLOAT,
                                       ["batch", 1, 1, "seq"])],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT,
                                       ["batch", "seq", H]),
         helper.make_tensor_value_info(pooled, TensorProto.FLOAT, ["batch", H])],
        inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def main(out):
    os.makedirs(os.path.join(out, "bert-ext"), exist_ok=True)
    inline = os.path.join(out, "bert.onnx")
    external = os.path.join(out, "bert-ext", "bert.onnx")
    if os.path.exists(inline) and os.path.exists(external):
        return
    model = build()
    params = sum(int(np.prod(t.dims)) for t in model.graph.initializer)
    print("parameters: %d" % params)
    onnx.save(model, inline)
    onnx.save(model, external, save_as_external_data=True,
              all_tensors_to_one_file=True, location="bert.bin",
              size_threshold=1024)


if __name__ == "__main__":
    main(sys.argv[1])
