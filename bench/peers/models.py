#!/usr/bin/env python3
"""Builds the benchmark models of bench/peers (issue 6) and exports them to ONNX.

The peer benchmark needs real-sized models (BERT-base, GPT2-small, ResNet50,
MobileNetV2), a >2 GB one with external data, and one tiny model for the
smoke run. They are built the way test/models/generate.py builds the test
models (its Spec, input builders, BatchNorm calibration, torch patches and
.npz writer are imported from it, not copied): random weights from a config
or a torchvision function, nothing downloaded, exported with
torch.onnx.export with dynamic batch (and sequence) axes, into

    CACHE/<name>/opset<N>/
        model.onnx [+ model.onnx.data]    the model (external data: large case)
        inputs_b1.npz  inputs_b8.npz       inputs at batch 1 and 8
        meta.json                          inputs, outputs, node/param counts

CACHE is $X2P_BENCH_CACHE or ~/.cache/x2p-bench (never committed). A model
already there with the same seed, generator version and package versions is
reused. Runs with the interpreter of .venv-models (test/models/setup_env.sh):

    .venv-models/bin/python bench/peers/models.py --only bert-base --opsets 13,17
    .venv-models/bin/python bench/peers/models.py --list

Prints one line per model and opset, a JSON summary line last
("models: {...}") that bench/peers/run.py reads; exits 1 if any failed.
"""
import argparse
import json
import os
import shutil
import sys
import time
import traceback
import warnings
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "test", "models"))
import generate as gen  # noqa: E402  (test/models/generate.py)

BENCH_GENERATOR_VERSION = 1
DEFAULT_CACHE = os.environ.get("X2P_BENCH_CACHE", os.path.join(
    os.path.expanduser("~"), ".cache", "x2p-bench"))
BATCHES = (1, 8)
EXPORT_BATCH = 2      # neither 1 nor 8: no batch size can be baked in
# Models stored as ONNX external data (weights beside the graph).
EXTERNAL_DATA = {"gpt2-wide"}


def hf_spec(name, family, class_name, config, outputs, seq):
    """A Spec for a transformers model built from `config()`, taking the
    inputs test/models/generate.py gives the family at length `seq`."""
    import numpy as np

    def build():
        import transformers as tr
        model = getattr(tr, class_name)(config()).eval()
        return gen.HFWrapper.make(model, names, outputs)

    inputs = gen.hf_inputs(family, "base", config())
    names = list(inputs(np.random.default_rng(0), dict(batch=1, seq=seq)))
    in_axes = OrderedDict((n, {0: "batch", 1: "sequence"}) for n in names)
    out_axes = OrderedDict((o, {0: "batch", 1: "sequence"}
                            if o == "last_hidden_state" else {0: "batch"})
                           for o in outputs)
    spec = gen.Spec(name=name, family=family, task="base", build=build,
                    inputs=inputs, input_axes=in_axes, outputs=outputs,
                    output_axes=out_axes, source="transformers." + class_name)
    spec.seq = seq
    return spec


def bert_base():
    import transformers as tr
    return tr.BertConfig()           # 12 layers, hidden 768, 12 heads, vocab 30522


def gpt2_small():
    import transformers as tr
    # 12 layers, hidden 768, vocab 50257; padding with the eos id, as usual
    # for GPT2 (the input builder pads later rows).
    return tr.GPT2Config(use_cache=False, pad_token_id=50256)


def gpt2_wide():
    # ~608M parameters (2.43 GB float32): hidden 2048, 10 layers, 16 heads.
    import transformers as tr
    return tr.GPT2Config(n_embd=2048, n_layer=10, n_head=16, use_cache=False,
                         pad_token_id=50256)


def bert_tiny():
    return gen.hf_configs()["bert"]()   # test/models' tiny BERT (hidden 32, 2 layers)


def distilbert_base():
    import transformers as tr
    return tr.DistilBertConfig()     # 6 layers, hidden 768, 12 heads


def llama_small():
    # A Llama-style decoder of GPT2-small's size: hidden 768, 12 layers, 12
    # heads with 4 key/value heads (GQA), rotary embeddings, RMSNorm,
    # SwiGLU of 2048; eager attention (torch 1.13 has no SDPA).
    import transformers as tr
    cfg = tr.LlamaConfig(hidden_size=768, intermediate_size=2048,
                         num_hidden_layers=12, num_attention_heads=12,
                         num_key_value_heads=4, vocab_size=32000,
                         max_position_embeddings=512, use_cache=False,
                         pad_token_id=0)
    cfg._attn_implementation = "eager"
    return cfg


def vit_base_spec():
    """ViT-base/16 at 224x224 (197 tokens, mask-less attention)."""
    from collections import OrderedDict as OD

    def build():
        import transformers as tr
        cfg = tr.ViTConfig()         # 12 layers, hidden 768, 12 heads
        cfg._attn_implementation = "eager"
        model = tr.ViTModel(cfg, add_pooling_layer=False).eval()
        return gen.HFWrapper.make(model, ["pixel_values"],
                                  ["last_hidden_state"])

    def inputs(rng, sz):
        return OD([("pixel_values", rng.standard_normal(
            (sz["images"], 3, 224, 224)).astype("float32"))])

    spec = gen.Spec(name="vit-base", family="vit", task="base", build=build,
                    inputs=inputs,
                    input_axes=OD([("pixel_values", {0: "batch"})]),
                    outputs=["last_hidden_state"],
                    output_axes=OD([("last_hidden_state", {0: "batch"})]),
                    source="transformers.ViTModel")
    return spec


def mlp_spec():
    """A two-layer MLP (Gemm, Relu, Softmax): the smoke run's model that only
    needs the most basic conversions."""
    def build():
        import torch
        return torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(),
                                   torch.nn.Linear(128, 10),
                                   torch.nn.Softmax(dim=-1))

    def inputs(rng, sz):
        return OrderedDict([("input", rng.standard_normal(
            (sz["batch"], 64)).astype("float32"))])

    return gen.Spec(name="mlp-tiny", family="mlp", task="classification",
                    build=build, inputs=inputs,
                    input_axes=OrderedDict([("input", {0: "batch"})]),
                    outputs=["probs"],
                    output_axes=OrderedDict([("probs", {0: "batch"})]),
                    source="torch.nn.Sequential (Linear, ReLU, Linear, Softmax)")


# name -> (spec factory, what it is, opsets it is made at)
TABLE = OrderedDict([
    ("bert-base", (lambda: hf_spec("bert-base", "bert", "BertModel", bert_base,
                                   ["last_hidden_state", "pooler_output"], 128),
                   "BERT-base (BertModel), seq 128", (13, 17))),
    ("gpt2-small", (lambda: hf_spec("gpt2-small", "gpt2", "GPT2Model",
                                    gpt2_small, ["last_hidden_state"], 128),
                    "GPT2-small (GPT2Model), seq 128", (13, 17))),
    ("distilbert-base", (lambda: hf_spec(
        "distilbert-base", "distilbert", "DistilBertModel", distilbert_base,
        ["last_hidden_state"], 128),
        "DistilBERT-base (DistilBertModel), seq 128", (13, 17))),
    ("vit-base", (vit_base_spec, "ViT-base/16 (ViTModel), 224x224",
                  (13, 17))),
    ("llama-small", (lambda: hf_spec(
        "llama-small", "llama", "LlamaModel", llama_small,
        ["last_hidden_state"], 128),
        "Llama-style decoder, hidden 768 x 12 layers, GQA 12/4, seq 128",
        (17,))),
    ("resnet50", (lambda: gen.make_tv_spec("resnet50", "resnet50", 224),
                  "torchvision ResNet50, 224x224", (13, 17))),
    ("mobilenet-v2", (lambda: gen.make_tv_spec("mobilenet-v2", "mobilenet_v2",
                                               224),
                      "torchvision MobileNetV2, 224x224", (13, 17))),
    ("gpt2-wide", (lambda: hf_spec("gpt2-wide", "gpt2", "GPT2Model", gpt2_wide,
                                   ["last_hidden_state"], 128),
                   "GPT2 hidden 2048 x 10 layers (2.4 GB, external data), "
                   "seq 128", (17,))),
    ("bert-tiny", (lambda: hf_spec("bert-tiny", "bert", "BertModel", bert_tiny,
                                   ["last_hidden_state", "pooler_output"], 16),
                   "test/models' tiny BERT (BertModel), seq 16", (13, 17))),
    ("mlp-tiny", (mlp_spec, "64-128-10 MLP with softmax", (13, 17))),
])


def sizes(spec, batch):
    # The keys test/models/generate.py's input builders read.
    return dict(batch=batch, seq=getattr(spec, "seq", 8), images=batch)


def consolidate_external_data(path, align=64):
    """torch.onnx.export writes a >2 GB model with one file per initializer;
    moves them into one model.onnx.data (offsets aligned to `align` bytes so
    they can be memory-mapped as float arrays) without loading the weights."""
    import onnx
    from onnx.external_data_helper import ExternalDataInfo, _get_all_tensors
    folder = os.path.dirname(path)
    model = onnx.load(path, load_external_data=False)
    data_name = os.path.basename(path) + ".data"
    offset = 0
    sources = set()
    with open(os.path.join(folder, data_name + ".tmp"), "wb") as out:
        # Initializers and tensors in node attributes (torch writes large
        # Constant values, e.g. GPT2's causal mask, to files too).
        for tensor in _get_all_tensors(model):
            if tensor.data_location != onnx.TensorProto.EXTERNAL:
                continue
            info = ExternalDataInfo(tensor)
            src = os.path.join(folder, info.location)
            pad = (-offset) % align
            out.write(b"\0" * pad)
            offset += pad
            length = 0
            with open(src, "rb") as f:
                f.seek(info.offset or 0)
                remaining = info.length
                while remaining is None or remaining > 0:
                    chunk = f.read(1 << 24 if remaining is None
                                   else min(1 << 24, remaining))
                    if not chunk:
                        break
                    out.write(chunk)
                    length += len(chunk)
                    if remaining is not None:
                        remaining -= len(chunk)
            del tensor.external_data[:]
            for k, v in (("location", data_name), ("offset", str(offset)),
                         ("length", str(length))):
                entry = tensor.external_data.add()
                entry.key, entry.value = k, v
            offset += length
            sources.add(src)
    for src in sources:
        if os.path.basename(src) != data_name:
            os.remove(src)
    os.replace(os.path.join(folder, data_name + ".tmp"),
               os.path.join(folder, data_name))
    onnx.save(model, path)


def export_one(name, spec, opset, seed, out_dir, versions, check):
    import numpy as np
    import onnx
    import torch

    mseed = gen.model_seed(seed, name)
    torch.manual_seed(mseed)
    model = spec.build().eval()
    rng = np.random.default_rng(mseed)
    feeds = {b: spec.inputs(rng, sizes(spec, b)) for b in BATCHES}
    export_in = spec.inputs(rng, sizes(spec, EXPORT_BATCH))
    names = list(export_in)

    ref = None
    if check:
        # Before the export: it leaves the wrapper (and so dropout) in
        # training mode.
        with torch.no_grad():
            ref = model(*[torch.from_numpy(v) for v in feeds[1].values()])
        ref = [ref] if isinstance(ref, torch.Tensor) else list(ref)

    os.makedirs(out_dir)
    path = os.path.join(out_dir, "model.onnx")
    dynamic_axes = OrderedDict(list(spec.input_axes.items()) +
                               list(spec.output_axes.items()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with torch.no_grad():
            torch.onnx.export(
                model, tuple(torch.from_numpy(v) for v in export_in.values()),
                path, input_names=names, output_names=spec.outputs,
                dynamic_axes=dynamic_axes, opset_version=opset,
                do_constant_folding=True)
    external = name in EXTERNAL_DATA or len(os.listdir(out_dir)) > 1
    if external:   # one file of weights beside the graph
        consolidate_external_data(path)
    onnx.checker.check_model(path)   # by path: works beyond 2 GB

    worst = None
    if check:
        # onnxruntime must agree with torch at batch 1 (the export was at 2).
        sess = gen.ort_session(path)
        got = sess.run(None, dict(feeds[1]))
        worst = 0.0
        for o, r in zip(got, ref):
            r = r.numpy()
            diff = gen.max_diff(o, r)
            if not np.all(np.isfinite(o)) or diff > gen.ATOL + gen.RTOL * float(
                    np.max(np.abs(r))):
                raise RuntimeError("onnxruntime disagrees with torch: max abs "
                                   "diff %g" % diff)
            worst = max(worst, diff)
        del sess
    for b in BATCHES:
        gen.save_npz(os.path.join(out_dir, "inputs_b%d.npz" % b), feeds[b])

    proto = onnx.load(path, load_external_data=False)
    nodes, ops = gen.graph_stats(proto)
    params = sum(int(np.prod(t.dims)) for t in proto.graph.initializer)
    files = sorted(os.listdir(out_dir))
    model_bytes = sum(os.path.getsize(os.path.join(out_dir, f)) for f in files
                      if f.startswith("model.onnx"))
    meta = OrderedDict([
        ("model", name), ("source", spec.source), ("opset", opset),
        ("seed", seed),
        ("inputs", [OrderedDict([("name", n), ("dtype", str(a.dtype)),
                                 ("dynamic_axes", {str(k): v for k, v in
                                                   spec.input_axes[n].items()})])
                    for n, a in export_in.items()]),
        ("input_shapes", {str(b): {n: list(a.shape) for n, a in feeds[b].items()}
                          for b in BATCHES}),
        ("outputs", list(spec.outputs)),
        ("nodes", nodes), ("op_types", ops), ("parameters", params),
        ("model_bytes", model_bytes), ("external_data", external),
        ("ort_vs_torch_max_abs_diff", worst),
        ("versions", versions),
        ("bench_generator_version", BENCH_GENERATOR_VERSION),
    ])
    with open(os.path.join(out_dir, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    return meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache-dir", default=DEFAULT_CACHE)
    ap.add_argument("--only", default=",".join(n for n in TABLE
                                               if n not in ("bert-tiny",
                                                            "mlp-tiny",
                                                            "gpt2-wide")),
                    help="comma-separated model names (default: the four "
                         "peer models)")
    ap.add_argument("--opsets", default=None,
                    help="comma-separated opsets (default: each model's own: "
                         "13,17; the large and tiny ones 17)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)

    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in TABLE]
    if unknown:
        print("models: unknown model(s) %s; known: %s" %
              (", ".join(unknown), ", ".join(TABLE)), file=sys.stderr)
        return 2
    if args.list:
        for n, (_, what, opsets) in TABLE.items():
            print("%-14s opsets %-6s %s" % (n, ",".join(map(str, opsets)), what))
        return 0

    import numpy
    import onnx
    import onnxruntime
    import torch
    import torchvision
    import transformers
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    gen.patch_torch_for_export()
    transformers.logging.set_verbosity_error()
    warnings.filterwarnings("ignore")
    versions = OrderedDict([
        ("torch", torch.__version__), ("torchvision", torchvision.__version__),
        ("transformers", transformers.__version__), ("onnx", onnx.__version__),
        ("onnxruntime", onnxruntime.__version__), ("numpy", numpy.__version__)])
    key = dict(versions, bench_generator_version=BENCH_GENERATOR_VERSION,
               seed=args.seed)

    cache = os.path.abspath(args.cache_dir)
    os.makedirs(cache, exist_ok=True)
    want_opsets = ([int(o) for o in args.opsets.split(",")] if args.opsets
                   else None)
    summary, failed = OrderedDict(), []
    for name in names:
        for opset in want_opsets or TABLE[name][2]:
            final = os.path.join(cache, name, "opset%d" % opset)
            tag = "%s opset%d" % (name, opset)
            meta_path = os.path.join(final, "meta.json")
            if not args.force and os.path.exists(meta_path):
                with open(meta_path) as f:
                    old = json.load(f)
                if dict(old.get("versions", {}), seed=old.get("seed"),
                        bench_generator_version=old.get(
                            "bench_generator_version")) == key:
                    print("models: %s: cached" % tag, flush=True)
                    summary[tag] = final
                    continue
            tmp = os.path.join(cache, name, ".opset%d.tmp-%d" % (opset, os.getpid()))
            shutil.rmtree(tmp, ignore_errors=True)
            t0 = time.time()
            try:
                spec = TABLE[name][0]()
                meta = export_one(name, spec, opset, args.seed, tmp, versions,
                                  check=name not in EXTERNAL_DATA)
                shutil.rmtree(final, ignore_errors=True)
                os.replace(tmp, final)
            except Exception as e:  # keep going; report at the end
                shutil.rmtree(tmp, ignore_errors=True)
                reason = "%s: %s" % (type(e).__name__,
                                     (str(e).strip().splitlines() or [""])[0])
                print("models: %s: FAILED (%.0f s): %s" % (tag, time.time() - t0,
                                                           reason), flush=True)
                if os.environ.get("X2P_MODELS_TRACEBACK"):
                    traceback.print_exc()
                failed.append(tag)
                continue
            summary[tag] = final
            print("models: %s: ok (%.0f s, %d nodes, %.1f MB)" % (
                tag, time.time() - t0, meta["nodes"], meta["model_bytes"] / 1e6),
                flush=True)
    print("models: " + json.dumps({"ok": summary, "failed": failed}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
