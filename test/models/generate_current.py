#!/usr/bin/env python3
"""Exports small random-weight models with today's torch and transformers.

generate.py covers torch 1.13's TorchScript-based exporter (Debian's torch);
this generator covers what users export with today: the registry's current
torch (its `torch.onnx.export` uses the dynamo exporter by default) and
transformers 5 (SDPA attention by default). Each model is exported by every
requested producer into

    CACHE/<name>/<producer>/
        model.onnx [+ model.onnx.data for extdata]
        inputs.npz      outputs.npz       (export-time sizes)
        inputs_alt.npz  outputs_alt.npz   (another batch size and length)
        meta.json

Producers:
  dynamo     torch.onnx.export(dynamo=True) with torch.export.Dim dynamic
             shapes (the default export of torch >= 2.9), its default opset
  dynamo23   the dynamo export at opset 23 (ONNX's own Attention,
             RMSNormalization and RotaryEmbedding operators where the
             exporter uses them)
  legacy17   torch.onnx.export(dynamo=False, opset_version=17), dynamic_axes
  legacy18   the same at opset 18
  extdata    the dynamo export with its weights in model.onnx.data
  fp16       the dynamo export converted to float16 inside, float32 at the
             inputs and outputs (onnxconverter-common's keep_io_types form)
  onnxsim    the legacy17 export simplified by onnxsim (onnx-simplifier)
  ortopt     the legacy17 export run through onnxruntime's transformer
             optimizer (onnxruntime.transformers.optimizer, CPU, its Python
             fusions): com.microsoft Attention, SkipLayerNormalization,
             FastGelu/BiasGelu, EmbedLayerNormalization... Only for the
             families the optimizer knows (ORT_MODEL_TYPES).
  ortopt-eager  the same with transformers' eager attention, whose
             pattern the optimizer fuses into com.microsoft Attention (it
             does not recognise the SDPA export)

Outputs are onnxruntime's (CPU, one thread) on the stored inputs; before a
model is kept onnxruntime must agree with torch at both sizes (fp16: with a
tolerance of 2e-2 relative to the output's scale). Run it with the
interpreter of .venv-torch (test/models/setup_torch_env.sh):

    .venv-torch/bin/python test/models/generate_current.py --list
    .venv-torch/bin/python test/models/generate_current.py --only 'bert-*' --producers dynamo
"""

import argparse
import fnmatch
import json
import os
import sys
import time
import warnings
from collections import OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as g  # noqa: E402  (the table helpers; imports no torch)

GENERATOR_VERSION = 1
PRODUCERS = ("dynamo", "dynamo23", "legacy17", "legacy18", "extdata", "fp16",
             "onnxsim", "ortopt", "ortopt-eager")
DEFAULT_PRODUCERS = ("dynamo", "legacy17")
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache",
                             "x2p-models-current")
FP16_RTOL = 2e-2
# onnxruntime's transformer optimizer: its model_type per family.
ORT_MODEL_TYPES = {"bert": "bert", "roberta": "bert",
                   "xlm-roberta": "bert", "distilbert": "bert",
                   "electra": "bert", "albert": "bert", "layoutlm": "bert",
                   "big-bird": "bert",
                   "deberta-v2": "bert", "gpt2-scaled": "gpt2",
                   "bart": "bart", "vit": "vit", "swin": "swin",
                   "whisper": "bert"}
# Not T5: the optimizer writes SimplifiedLayerNormalization into the default
# domain, where ONNX has no such operator (onnx.checker refuses the file).

IMAGE = 32  # ViT / ConvNeXt / Swin input size


def current_configs():
    """Tiny configs of the families generate.py lacks, and of those whose
    current forms matter (GPT2's per-layer scaling, T5's gated GELU).
    BERT's relative_key_query positions are gone from transformers 5:
    generate.py's bert-relpos (transformers 4.49) has them."""
    import transformers as tr
    h, L, n, ff, V, P = (g.HF_TINY[k] for k in
                        ("hidden", "layers", "heads", "intermediate", "vocab",
                         "positions"))
    common = dict(num_labels=3, use_cache=False, initializer_range=g.INIT_STD)
    base = g.hf_configs()

    def gpt2_scaled():
        cfg = base["gpt2"]()
        cfg.scale_attn_by_inverse_layer_idx = True
        return cfg

    def t5_gated():
        cfg = base["t5"]()
        cfg.feed_forward_proj = "gated-gelu"
        cfg.dense_act_fn = "gelu_new"
        cfg.is_gated_act = True
        return cfg

    decoder = dict(vocab_size=V, hidden_size=h, intermediate_size=ff,
                   num_hidden_layers=L, num_attention_heads=4,
                   num_key_value_heads=2, max_position_embeddings=P,
                   pad_token_id=0, bos_token_id=1, eos_token_id=2,
                   tie_word_embeddings=False, **common)
    vision = dict(num_labels=3, initializer_range=g.INIT_STD)
    return dict(base, **{
        "gpt2-scaled": gpt2_scaled,
        "t5-gated": t5_gated,
        "deberta-v2": lambda: tr.DebertaV2Config(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=n, intermediate_size=ff,
            max_position_embeddings=P, relative_attention=True,
            pos_att_type=["p2c", "c2p"], position_buckets=16,
            max_relative_positions=P, type_vocab_size=0, pad_token_id=0,
            **common),
        "llama": lambda: tr.LlamaConfig(**decoder),
        "qwen2": lambda: tr.Qwen2Config(**decoder),
        "modernbert": lambda: tr.ModernBertConfig(
            vocab_size=V, hidden_size=h, intermediate_size=ff,
            num_hidden_layers=3, num_attention_heads=n,
            max_position_embeddings=P, global_attn_every_n_layers=2,
            local_attention=8, pad_token_id=0, bos_token_id=1,
            eos_token_id=2, cls_token_id=1, sep_token_id=2,
            num_labels=3, initializer_range=g.INIT_STD),
        "whisper": lambda: tr.WhisperConfig(
            vocab_size=V, num_mel_bins=16, d_model=h, encoder_layers=L,
            decoder_layers=L, encoder_attention_heads=n,
            decoder_attention_heads=n, encoder_ffn_dim=ff,
            decoder_ffn_dim=ff, max_source_positions=16,
            max_target_positions=P, pad_token_id=0, bos_token_id=1,
            eos_token_id=2, decoder_start_token_id=1,
            init_std=g.INIT_STD, use_cache=False),
        "vit": lambda: tr.ViTConfig(
            image_size=IMAGE, patch_size=8, hidden_size=h,
            num_hidden_layers=L, num_attention_heads=n,
            intermediate_size=ff, **vision),
        "convnext": lambda: tr.ConvNextConfig(
            image_size=IMAGE, patch_size=4, num_stages=2,
            hidden_sizes=[16, 32], depths=[1, 1], **vision),
        "swin": lambda: tr.SwinConfig(
            image_size=IMAGE, patch_size=4, embed_dim=16, depths=[1, 1],
            num_heads=[2, 2], window_size=4, **vision),
    })


# name -> (config key, transformers class, task)
TABLE = OrderedDict([
    ("bert-sequence-classification",
     ("bert", "BertForSequenceClassification", "sequence-classification")),
    ("roberta-masked-lm", ("roberta", "RobertaForMaskedLM", "masked-lm")),
    ("xlm-roberta-token-classification",
     ("xlm-roberta", "XLMRobertaForTokenClassification",
      "token-classification")),
    ("deberta-v2-sequence-classification",
     ("deberta-v2", "DebertaV2ForSequenceClassification",
      "sequence-classification")),
    ("distilbert-question-answering",
     ("distilbert", "DistilBertForQuestionAnswering", "question-answering")),
    ("electra-token-classification",
     ("electra", "ElectraForTokenClassification", "token-classification")),
    ("albert-sequence-classification",
     ("albert", "AlbertForSequenceClassification",
      "sequence-classification")),
    ("gpt2-causal-lm", ("gpt2-scaled", "GPT2LMHeadModel", "causal-lm")),
    ("llama-causal-lm", ("llama", "LlamaForCausalLM", "causal-lm")),
    ("qwen2-causal-lm", ("qwen2", "Qwen2ForCausalLM", "causal-lm")),
    ("t5-seq2seq-lm", ("t5-gated", "T5ForConditionalGeneration",
                       "seq2seq-lm")),
    ("bart-seq2seq-lm", ("bart", "BartForConditionalGeneration",
                         "seq2seq-lm")),
    ("marian-seq2seq-lm", ("marian", "MarianMTModel", "seq2seq-lm")),
    ("modernbert-sequence-classification",
     ("modernbert", "ModernBertForSequenceClassification",
      "sequence-classification")),
    ("big-bird-masked-lm", ("big-bird", "BigBirdForMaskedLM", "masked-lm")),
    ("layoutlm-token-classification",
     ("layoutlm", "LayoutLMForTokenClassification", "token-classification")),
    ("whisper-encoder", ("whisper", "WhisperModel", "audio-encoder")),
    ("wav2vec2-audio-classification",
     ("wav2vec2", "Wav2Vec2ForSequenceClassification",
      "audio-classification")),
    ("vit-image-classification",
     ("vit", "ViTForImageClassification", "image-classification")),
    ("convnext-image-classification",
     ("convnext", "ConvNextForImageClassification", "image-classification")),
    ("swin-image-classification",
     ("swin", "SwinForImageClassification", "image-classification")),
])
TV_MODELS = ("resnet18", "mobilenet-v3-small")

# torch 2.15's dynamo exporter fails on these models' SDPA attention ("Failed
# to decompose the FX graph for ONNX compatibility: Cannot view a tensor
# with shape [b, s, 2, 16] and strides ... as a tensor with shape [b, s,
# 32]"): its dynamo exports use transformers' eager attention, recorded in
# meta.json. The legacy exporter takes SDPA.
DYNAMO_EAGER_ATTENTION = {"t5-seq2seq-lm", "swin-image-classification"}

# Families generate.py's input builder knows by their own name.
FAMILY_OF_KEY = {"gpt2-scaled": "gpt2",
                 "t5-gated": "t5"}


class WhisperEncoder:
    @staticmethod
    def make(model):
        import torch

        class Wrapped(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.encoder = model.get_encoder()

            def forward(self, input_features):
                return (self.encoder(input_features, return_dict=True)
                        .last_hidden_state,)

        return Wrapped()


def make_spec(name, attention=None):
    """A generate.Spec for `name` of TABLE or TV_MODELS; `attention` picks
    transformers' attention implementation (default: its own, SDPA)."""
    import numpy as np
    if name in TV_MODELS:
        fn, size = g.TV_TABLE[name]
        return g.make_tv_spec(name, fn, size)
    key, class_name, task = TABLE[name]
    family = FAMILY_OF_KEY.get(key, key)
    configs = current_configs()

    def config():
        cfg = configs[key]()
        if task == "question-answering":
            cfg.num_labels = 2
        if attention:
            cfg._attn_implementation = attention
        return cfg

    cfg = config()
    if task == "image-classification":
        def inputs(rng, sz):
            return OrderedDict([("pixel_values", rng.standard_normal(
                (sz["images"] + 1, 3, IMAGE, IMAGE)).astype("float32"))])
        in_axes = OrderedDict([("pixel_values", {0: "batch"})])
        outputs, out_axes = ["logits"], OrderedDict([("logits", {0: "batch"})])
    elif task == "audio-encoder":
        frames = 2 * cfg.max_source_positions  # Whisper's fixed length

        def inputs(rng, sz):
            return OrderedDict([("input_features", rng.standard_normal(
                (sz["batch"], cfg.num_mel_bins, frames)).astype("float32"))])
        in_axes = OrderedDict([("input_features", {0: "batch"})])
        outputs = ["last_hidden_state"]
        out_axes = OrderedDict([("last_hidden_state", {0: "batch"})])
    else:
        inputs = g.hf_inputs(family, task, cfg)
        outputs = g.hf_outputs(task)
        names = list(inputs(np.random.default_rng(0), g.MAIN).keys())
        in_axes, out_axes = g.hf_axes(family, task, names, outputs)

    def build():
        import transformers as tr
        model = getattr(tr, class_name)(config()).eval()
        if task == "audio-encoder":
            return WhisperEncoder.make(model)
        return g.HFWrapper.make(model, list(in_axes), outputs)

    return g.Spec(name=name, family=family, task=task, build=build,
                  inputs=inputs, input_axes=in_axes, outputs=outputs,
                  output_axes=out_axes, source="transformers.%s" % class_name)


def all_names():
    return list(TABLE) + list(TV_MODELS)


def dynamic_shapes(spec, main):
    """torch.export.Dim specs per positional input, one Dim per axis label
    (shared labels are the same Dim, so torch.export knows batch is batch)."""
    from torch.export import Dim
    dims = {}
    caps = {"sequence": g.HF_TINY["positions"],
            "decoder_sequence": g.HF_TINY["positions"]}

    def dim(label):
        if label not in dims:
            dims[label] = Dim(label, max=caps.get(label, 4096))
        return dims[label]
    per_input = tuple({axis: dim(label) for axis, label in axes.items()}
                      for axes in spec.input_axes.values())
    # transformers models are wrapped as forward(*args): one argument
    # holding every input; torchvision's and the Whisper encoder's take
    # their tensors one by one.
    wrapped = spec.source.startswith("transformers") and \
        spec.task != "audio-encoder"
    return (per_input,) if wrapped else per_input


def export_model(spec, producer, model, main, path):
    import torch
    names = list(main.keys())
    args = tuple(torch.from_numpy(v) for v in main.values())
    if producer.startswith(("legacy", "ortopt", "onnxsim")):
        dynamic_axes = OrderedDict(list(spec.input_axes.items()) +
                                   list(spec.output_axes.items()))
        torch.onnx.export(model, args, path, input_names=names,
                          output_names=spec.outputs,
                          dynamic_axes=dynamic_axes,
                          opset_version=17 if not producer.startswith("legacy") else
                          int(producer[len("legacy"):]),
                          do_constant_folding=True, dynamo=False)
        if producer.startswith("ortopt"):
            ort_optimize(spec, path)
        if producer == "onnxsim":
            simplify(path)
        return
    program = torch.onnx.export(
        model, args, input_names=names, output_names=spec.outputs,
        dynamic_shapes=dynamic_shapes(spec, main), dynamo=True,
        verbose=False, opset_version=23 if producer == "dynamo23" else None)
    program.save(path, external_data=(producer == "extdata"))
    if producer == "fp16":
        to_float16(path)


def ort_optimize(spec, path):
    """onnxruntime's transformer optimizer over the export at `path`, with
    the head count and width it detects itself, as a user runs it."""
    import onnx
    from onnxruntime.transformers import optimizer
    model_type = ORT_MODEL_TYPES.get(TABLE.get(spec.name, ("",))[0])
    if not model_type:
        raise RuntimeError("onnxruntime's transformer optimizer has no "
                           "model type for %s" % spec.name)
    cfg = current_configs()[TABLE[spec.name][0]]()
    heads = getattr(cfg, "num_attention_heads", None) or \
        getattr(cfg, "encoder_attention_heads", None) or cfg.n_head
    width = getattr(cfg, "hidden_size", None) or cfg.d_model
    if isinstance(heads, (list, tuple)):  # Swin: per stage; the first
        heads, width = heads[0], cfg.embed_dim
    opt = optimizer.optimize_model(path, model_type=model_type,
                                   num_heads=heads, hidden_size=width,
                                   use_gpu=False)
    opt.save_model_to_file(path)
    onnx.load(path)  # the saved file must load


def simplify(path):
    """onnx-simplifier over the export, its dynamic dims kept."""
    import onnx
    import onnxsim
    model, ok = onnxsim.simplify(onnx.load(path))
    if not ok:
        raise RuntimeError("onnxsim could not validate its simplified model")
    onnx.save(model, path)


def to_float16(path):
    """Float tensors inside become float16, the graph's float inputs and
    outputs stay float32 behind Casts (keep_io_types), as
    onnxconverter-common's convert_float_to_float16 writes it.

    onnxconverter-common 1.16 writes files onnxruntime refuses for dynamo
    exports that cast to float32 themselves (RMSNorm's and softmax's
    upcasts: Llama, Qwen2, T5, ModernBERT, DeBERTa-v2, LayoutLM): "Type
    (tensor(float16)) of output arg (_to_copy) of node (node__to_copy) does
    not match expected type (tensor(float))". Those have no fp16 variant."""
    import onnx
    from onnxconverter_common import float16
    model = onnx.load(path)
    model = float16.convert_float_to_float16(model, keep_io_types=True)
    onnx.save(model, path)


def export_one(spec, producer, seed, out_dir, versions, attention=None):
    import numpy as np
    import onnx
    import torch

    mseed = g.model_seed(seed, spec.name)
    torch.manual_seed(mseed)
    model = spec.build()
    rng = np.random.default_rng(mseed)
    main = spec.inputs(rng, g.MAIN)
    alt = spec.inputs(rng, g.ALT)
    with torch.no_grad():
        refs = [model(*[torch.from_numpy(v) for v in x.values()])
                for x in (main, alt)]
    as_list = (lambda r: [r] if isinstance(r, torch.Tensor) else list(r))
    ref_main, ref_alt = ([t.numpy() for t in as_list(r)] for r in refs)

    os.makedirs(out_dir)
    path = os.path.join(out_dir, "model.onnx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        export_model(spec, producer, model, main, path)

    proto = onnx.load(path)
    onnx.checker.check_model(path)
    sess = g.ort_session(path)
    got_names = [o.name for o in sess.get_outputs()]
    if got_names != spec.outputs:
        raise RuntimeError("exported outputs %s, expected %s" %
                           (got_names, spec.outputs))
    feed_names = [i.name for i in sess.get_inputs()]
    # The dynamo exporter drops inputs the graph does not use.
    dropped = [n for n in main if n not in feed_names]
    for d in (main, alt):
        for n in dropped:
            del d[n]
    out_main = sess.run(None, dict(main))
    out_alt = sess.run(None, dict(alt))
    diffs = g.check_against_torch(
        spec.outputs, {"main": (out_main, ref_main), "alt": (out_alt, ref_alt)},
        rtol=FP16_RTOL if producer == "fp16" else g.RTOL)

    for fname, arrays in (("inputs", main), ("inputs_alt", alt),
                          ("outputs", OrderedDict(zip(spec.outputs, out_main))),
                          ("outputs_alt",
                           OrderedDict(zip(spec.outputs, out_alt)))):
        g.save_npz(os.path.join(out_dir, fname + ".npz"), arrays)

    nodes, ops = g.graph_stats(proto)
    opset = next((o.version for o in proto.opset_import if o.domain in
                  ("", "ai.onnx")), None)
    meta = OrderedDict([
        ("model", spec.name), ("family", spec.family), ("task", spec.task),
        ("source", spec.source), ("producer", producer), ("opset", opset),
        ("seed", seed), ("model_seed", mseed),
        ("inputs", [OrderedDict([
            ("name", n), ("dtype", str(a.dtype)), ("shape", list(a.shape)),
            ("dynamic_axes", {str(k): v for k, v in
                              spec.input_axes[n].items()})])
            for n, a in main.items()]),
        ("outputs", [OrderedDict([("name", n), ("dtype", str(a.dtype)),
                                  ("shape", list(a.shape))])
                     for n, a in zip(spec.outputs, out_main)]),
        ("dropped_inputs", dropped),
        ("attention", attention or "default"),
        ("nodes", nodes), ("op_types", ops),
        ("ort_vs_torch_max_abs_diff", diffs),
        ("versions", versions), ("generator_version", GENERATOR_VERSION),
    ])
    with open(os.path.join(out_dir, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    return meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache-dir", default=os.environ.get(
        "X2P_CURRENT_MODELS_CACHE", DEFAULT_CACHE))
    ap.add_argument("--only", action="append", default=[], metavar="NAMES",
                    help="names or shell globs, comma-separated, repeatable")
    ap.add_argument("--exclude", action="append", default=[], metavar="NAMES")
    ap.add_argument("--producers", default=",".join(DEFAULT_PRODUCERS),
                    help="comma-separated, of: %s (default %s)" %
                    (", ".join(PRODUCERS), ",".join(DEFAULT_PRODUCERS)))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)

    split = lambda items: [p.strip() for o in items for p in o.split(",")
                           if p.strip()]
    patterns, excluded = split(args.only) or ["*"], split(args.exclude)
    names = [n for n in all_names()
             if any(fnmatch.fnmatchcase(n, p) for p in patterns)
             and not any(fnmatch.fnmatchcase(n, p) for p in excluded)]
    unknown = [p for p in split(args.only)
               if not any(fnmatch.fnmatchcase(n, p) for n in all_names())]
    producers = split([args.producers])
    bad = [p for p in producers if p not in PRODUCERS]
    if unknown or bad:
        print("generate_current: unknown model(s)/producer(s): %s" %
              ", ".join(unknown + bad), file=sys.stderr)
        return 2
    if args.list:
        for n in names:
            key, cls, task = TABLE.get(n, (n, g.TV_TABLE.get(n, ("?",))[0],
                                           "image-classification"))
            print("%-40s %-24s %s" % (n, task, cls))
        return 0

    import numpy
    import onnx
    import onnxruntime
    import torch
    import transformers
    torch.set_num_threads(1)
    transformers.logging.set_verbosity_error()
    warnings.filterwarnings("ignore")
    versions = OrderedDict([
        ("torch", torch.__version__), ("transformers", transformers.__version__),
        ("onnx", onnx.__version__), ("onnxruntime", onnxruntime.__version__),
        ("numpy", numpy.__version__)])
    key = dict(versions, generator_version=GENERATOR_VERSION, seed=args.seed)
    cache = os.path.abspath(args.cache_dir)
    os.makedirs(cache, exist_ok=True)
    # The optimizer knows transformer families only.
    jobs = [(n, p) for n in names for p in producers
            if not p.startswith("ortopt") or
            TABLE.get(n, ("",))[0] in ORT_MODEL_TYPES]
    failures, done, cached, t_all = [], 0, 0, time.time()
    for i, (name, producer) in enumerate(jobs, 1):
        tag = "[%d/%d] %s %s" % (i, len(jobs), name, producer)
        final = os.path.join(cache, name, producer)
        if not args.force and g.is_cached(final, key):
            cached += 1
            print("%s: cached" % tag, flush=True)
            continue
        attention = "eager" if (name in DYNAMO_EAGER_ATTENTION and
                                producer in ("dynamo", "dynamo23", "extdata",
                                             "fp16")) \
            or producer == "ortopt-eager" else None
        meta, seconds = g.export_into(
            cache, name, producer, tag, failures,
            lambda tmp: export_one(make_spec(name, attention), producer,
                                   args.seed, tmp, versions, attention))
        if meta is None:
            continue
        done += 1
        print("%s: ok (%.1fs, opset %s, %d nodes, ort-vs-torch %.1e)" %
              (tag, seconds, meta["opset"], meta["nodes"],
               max(meta["ort_vs_torch_max_abs_diff"].values())), flush=True)
    print("generate_current: %d exported, %d cached, %d failed in %.1fs -> %s"
          % (done, cached, len(failures), time.time() - t_all, cache))
    for name, producer, reason in failures:
        print("  %s %s: %s" % (name, producer, reason))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
