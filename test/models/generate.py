#!/usr/bin/env python3
"""Builds small randomly initialised models and exports them to ONNX.

Every model is made from a config (HuggingFace transformers) or an
architecture function (torchvision) with random weights: nothing is
downloaded. Each model is exported with torch.onnx.export at every requested
opset, with dynamic batch / sequence axes, into

    CACHE/<name>/opset<N>/
        model.onnx
        inputs.npz      outputs.npz       (export-time sizes)
        inputs_alt.npz  outputs_alt.npz   (another batch size and length)
        meta.json

The outputs are the ones onnxruntime computes for the stored inputs. Before a
model is kept, onnxruntime's outputs are compared with torch's at both input
sizes: a graph that baked an export-time shape into itself fails here.

Same seed, same files: weights come from torch.manual_seed, inputs from numpy's
seeded generator, and the .npz files are written without time stamps.

Run it with the interpreter of .venv-models (test/models/setup_env.sh):

    .venv-models/bin/python test/models/generate.py             # all models
    .venv-models/bin/python test/models/generate.py --list
    .venv-models/bin/python test/models/generate.py --only bert-masked-lm --opsets 13
"""

import argparse
import fnmatch
import io
import json
import os
import shutil
import sys
import time
import traceback
import warnings
import zipfile
import zlib
from collections import OrderedDict

GENERATOR_VERSION = 2
DEFAULT_OPSETS = (13, 17)
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "x2p-models")

# Export-time and alternate sizes. Converted models must run at both.
# images: the CNNs' batch size.
MAIN = dict(batch=2, seq=8, dec_seq=6, choices=3, samples=1600, images=1)
ALT = dict(batch=3, seq=13, dec_seq=9, choices=2, samples=2400, images=2)

# Token ids below this are special (pad/bos/eos/sep/mask); random text avoids
# them and the input builders place them where a model expects them.
FIRST_WORD_ID = 5
MASK_ID = 4

# torch vs onnxruntime agreement needed to keep an export: max abs diff
# <= ATOL + RTOL * max |torch output|.
RTOL, ATOL = 1e-3, 1e-4


# ----------------------------------------------------------------------------
# Model table
# ----------------------------------------------------------------------------

class Spec:
    """One model: how to build it, what it takes and what it returns."""

    def __init__(self, name, family, task, build, inputs, input_axes, outputs,
                 output_axes, source):
        self.name = name
        self.family = family
        self.task = task
        self.build = build            # () -> torch.nn.Module returning a tuple
        self.inputs = inputs          # (rng, sizes) -> OrderedDict name -> array
        self.input_axes = input_axes  # name -> {axis: label}
        self.outputs = outputs        # output names
        self.output_axes = output_axes
        self.source = source          # the class / function it was built from


INIT_STD = 0.2

HF_TINY = dict(hidden=32, layers=2, heads=2, intermediate=64, vocab=128,
               positions=64)


def hf_configs():
    """Tiny configs per family: hidden 32, 2 layers, 2-4 heads, vocab 128."""
    import transformers as tr
    h, L, n, ff, V, P = (HF_TINY[k] for k in
                        ("hidden", "layers", "heads", "intermediate", "vocab",
                         "positions"))
    # Weights ten times the usual 0.02 spread: attention scores of order one
    # (not a near-uniform softmax) and logits of order one, so that a wrong
    # conversion shows well above the 1e-4 comparison tolerance.
    common = dict(num_labels=3, use_cache=False, initializer_range=INIT_STD)
    return {
        "bert": lambda: tr.BertConfig(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=n, intermediate_size=ff,
            max_position_embeddings=P, type_vocab_size=2, pad_token_id=0,
            **common),
        # Relative position embeddings (transformers 5 no longer has them:
        # generate_current.py cannot make this one).
        "bert-relpos": lambda: tr.BertConfig(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=n, intermediate_size=ff,
            max_position_embeddings=P, type_vocab_size=2, pad_token_id=0,
            position_embedding_type="relative_key_query", **common),
        "roberta": lambda: tr.RobertaConfig(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=4, intermediate_size=ff,
            max_position_embeddings=P, type_vocab_size=1, pad_token_id=1,
            bos_token_id=0, eos_token_id=2, **common),
        "xlm-roberta": lambda: tr.XLMRobertaConfig(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=n, intermediate_size=ff,
            max_position_embeddings=P, type_vocab_size=1, pad_token_id=1,
            bos_token_id=0, eos_token_id=2, **common),
        "electra": lambda: tr.ElectraConfig(
            vocab_size=V, embedding_size=16, hidden_size=h,
            num_hidden_layers=L, num_attention_heads=n,
            intermediate_size=ff, max_position_embeddings=P,
            type_vocab_size=2, pad_token_id=0, **common),
        "distilbert": lambda: tr.DistilBertConfig(
            vocab_size=V, dim=h, n_layers=L, n_heads=n, hidden_dim=ff,
            max_position_embeddings=P, pad_token_id=0, **common),
        "albert": lambda: tr.AlbertConfig(
            vocab_size=V, embedding_size=16, hidden_size=h,
            num_hidden_layers=L, num_attention_heads=n,
            intermediate_size=ff, max_position_embeddings=P,
            type_vocab_size=2, pad_token_id=0, bos_token_id=2,
            eos_token_id=3, **common),
        "gpt2": lambda: tr.GPT2Config(
            vocab_size=V, n_embd=h, n_layer=L, n_head=n, n_inner=ff,
            n_positions=P, pad_token_id=0, bos_token_id=1, eos_token_id=2,
            **common),
        "bart": lambda: tr.BartConfig(
            vocab_size=V, d_model=h, encoder_layers=L, decoder_layers=L,
            encoder_attention_heads=n, decoder_attention_heads=n,
            encoder_ffn_dim=ff, decoder_ffn_dim=ff,
            max_position_embeddings=P, pad_token_id=1, bos_token_id=0,
            eos_token_id=2, decoder_start_token_id=2,
            forced_eos_token_id=None, init_std=INIT_STD, **common),
        "t5": lambda: tr.T5Config(
            vocab_size=V, d_model=h, d_kv=16, d_ff=ff, num_layers=L,
            num_decoder_layers=L, num_heads=n,
            relative_attention_num_buckets=8,
            relative_attention_max_distance=P, pad_token_id=0,
            eos_token_id=1, decoder_start_token_id=0, **common),
        "marian": lambda: tr.MarianConfig(
            vocab_size=V, d_model=h, encoder_layers=L, decoder_layers=L,
            encoder_attention_heads=n, decoder_attention_heads=n,
            encoder_ffn_dim=ff, decoder_ffn_dim=ff,
            max_position_embeddings=P, pad_token_id=V - 1,
            decoder_start_token_id=V - 1, eos_token_id=0,
            forced_eos_token_id=None, init_std=INIT_STD, **common),
        "layoutlm": lambda: tr.LayoutLMConfig(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=n, intermediate_size=ff,
            max_position_embeddings=P, max_2d_position_embeddings=128,
            type_vocab_size=2, pad_token_id=0, **common),
        # original_full: block_sparse attention needs sequences longer than
        # (5 + 2 * num_random_blocks) * block_size and otherwise falls back to
        # full attention at run time, a switch a traced graph cannot keep.
        "big-bird": lambda: tr.BigBirdConfig(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=n, intermediate_size=ff,
            max_position_embeddings=P, type_vocab_size=2,
            attention_type="original_full", pad_token_id=0, bos_token_id=1,
            eos_token_id=2, sep_token_id=3, **common),
        "wav2vec2": lambda: tr.Wav2Vec2Config(
            vocab_size=V, hidden_size=h, num_hidden_layers=L,
            num_attention_heads=n, intermediate_size=ff,
            conv_dim=(16, 16, 16, 16, 16, 16, 16),
            num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=2,
            feat_extract_norm="group", do_stable_layer_norm=False,
            classifier_proj_size=16, mask_time_prob=0.0,
            mask_feature_prob=0.0, **common),
    }


# family -> task -> transformers class name
HF_TABLE = OrderedDict([
    ("bert", OrderedDict([
        ("causal-lm", "BertLMHeadModel"),
        ("masked-lm", "BertForMaskedLM"),
        ("sequence-classification", "BertForSequenceClassification"),
        ("token-classification", "BertForTokenClassification"),
        ("question-answering", "BertForQuestionAnswering"),
        ("multiple-choice", "BertForMultipleChoice"),
        ("next-sentence-prediction", "BertForNextSentencePrediction"),
    ])),
    ("bert-relpos", OrderedDict([
        ("sequence-classification", "BertForSequenceClassification"),
    ])),
    ("roberta", OrderedDict([
        ("causal-lm", "RobertaForCausalLM"),
        ("masked-lm", "RobertaForMaskedLM"),
        ("sequence-classification", "RobertaForSequenceClassification"),
        ("token-classification", "RobertaForTokenClassification"),
        ("question-answering", "RobertaForQuestionAnswering"),
        ("multiple-choice", "RobertaForMultipleChoice"),
    ])),
    ("xlm-roberta", OrderedDict([
        ("causal-lm", "XLMRobertaForCausalLM"),
        ("masked-lm", "XLMRobertaForMaskedLM"),
        ("sequence-classification", "XLMRobertaForSequenceClassification"),
        ("token-classification", "XLMRobertaForTokenClassification"),
        ("question-answering", "XLMRobertaForQuestionAnswering"),
        ("multiple-choice", "XLMRobertaForMultipleChoice"),
    ])),
    ("electra", OrderedDict([
        ("masked-lm", "ElectraForMaskedLM"),
        ("sequence-classification", "ElectraForSequenceClassification"),
        ("token-classification", "ElectraForTokenClassification"),
        ("question-answering", "ElectraForQuestionAnswering"),
        ("multiple-choice", "ElectraForMultipleChoice"),
    ])),
    ("distilbert", OrderedDict([
        ("masked-lm", "DistilBertForMaskedLM"),
        ("sequence-classification", "DistilBertForSequenceClassification"),
        ("token-classification", "DistilBertForTokenClassification"),
        ("question-answering", "DistilBertForQuestionAnswering"),
        ("multiple-choice", "DistilBertForMultipleChoice"),
    ])),
    ("albert", OrderedDict([
        ("masked-lm", "AlbertForMaskedLM"),
        ("sequence-classification", "AlbertForSequenceClassification"),
        ("token-classification", "AlbertForTokenClassification"),
        ("question-answering", "AlbertForQuestionAnswering"),
        ("multiple-choice", "AlbertForMultipleChoice"),
    ])),
    ("gpt2", OrderedDict([
        ("causal-lm", "GPT2LMHeadModel"),
        ("sequence-classification", "GPT2ForSequenceClassification"),
        ("token-classification", "GPT2ForTokenClassification"),
    ])),
    ("bart", OrderedDict([
        ("causal-lm", "BartForCausalLM"),
        ("seq2seq-lm", "BartForConditionalGeneration"),
        ("sequence-classification", "BartForSequenceClassification"),
        ("question-answering", "BartForQuestionAnswering"),
        # BartForConditionalGeneration fed the encoder input only: BART
        # derives decoder_input_ids by shifting input_ids right, the way its
        # mask-filling pipeline runs it.
        ("masked-lm", "BartForConditionalGeneration"),
    ])),
    ("t5", OrderedDict([
        ("seq2seq-lm", "T5ForConditionalGeneration"),
    ])),
    ("marian", OrderedDict([
        ("causal-lm", "MarianForCausalLM"),
        ("seq2seq-lm", "MarianMTModel"),
    ])),
    ("layoutlm", OrderedDict([
        ("masked-lm", "LayoutLMForMaskedLM"),
        ("sequence-classification", "LayoutLMForSequenceClassification"),
        ("token-classification", "LayoutLMForTokenClassification"),
    ])),
    ("big-bird", OrderedDict([
        ("causal-lm", "BigBirdForCausalLM"),
        ("masked-lm", "BigBirdForMaskedLM"),
        ("sequence-classification", "BigBirdForSequenceClassification"),
        ("token-classification", "BigBirdForTokenClassification"),
        ("question-answering", "BigBirdForQuestionAnswering"),
        ("multiple-choice", "BigBirdForMultipleChoice"),
    ])),
    ("wav2vec2", OrderedDict([
        ("audio-classification", "Wav2Vec2ForSequenceClassification"),
    ])),
])

# Families whose models take token_type_ids.
WITH_TOKEN_TYPES = {"bert", "bert-relpos", "electra", "albert", "layoutlm",
                    "big-bird"}

# torchvision: name -> (function, input height/width). AlexNet and VGG end in
# AdaptiveAvgPool2d((6, 6)) / ((7, 7)), which torch 1.13 exports only when the
# feature map is a multiple of that size: 224x224 is the smallest input that
# gives it. The others run at 64x64.
TV_TABLE = OrderedDict([
    ("alexnet", ("alexnet", 224)),
    ("vgg11", ("vgg11", 224)),
    ("resnet18", ("resnet18", 64)),
    ("resnet50", ("resnet50", 64)),
    ("mobilenet-v2", ("mobilenet_v2", 64)),
    ("mobilenet-v3-small", ("mobilenet_v3_small", 64)),
    ("mobilenet-v3-large", ("mobilenet_v3_large", 64)),
    ("squeezenet1-0", ("squeezenet1_0", 64)),
    ("shufflenet-v2-x1-0", ("shufflenet_v2_x1_0", 64)),
    ("efficientnet-b0", ("efficientnet_b0", 64)),
    ("densenet121", ("densenet121", 64)),
])


class HFWrapper:
    """Makes a torch.nn.Module that takes positional inputs and returns the
    chosen outputs of a transformers model as a tuple (built lazily so that
    --list needs no torch)."""

    @staticmethod
    def make(model, input_names, output_keys):
        import torch

        class Wrapped(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.model = model

            def forward(self, *args):
                out = self.model(**dict(zip(input_names, args)),
                                 return_dict=True)
                return tuple(out[k] for k in output_keys)

        return Wrapped()


def _text(rng, batch, seq, vocab):
    return rng.integers(FIRST_WORD_ID, vocab, size=(batch, seq), dtype="int64")


def _pad_lengths(batch, seq):
    """Valid lengths per row: the first row is full, later rows are padded."""
    return [max(seq - 2 * i, 3) for i in range(batch)]


def hf_inputs(family, task, cfg):
    """Input builder for a transformers model: (rng, sizes) -> OrderedDict."""
    import numpy as np

    vocab = cfg.vocab_size
    pad = getattr(cfg, "pad_token_id", 0)
    eos = getattr(cfg, "eos_token_id", None)

    def text_inputs(rng, b, s, choices=None):
        shape = (b, s) if choices is None else (b, choices, s)
        ids = rng.integers(FIRST_WORD_ID, vocab, size=shape, dtype="int64")
        mask = np.ones(shape, dtype="int64")
        flat_ids = ids.reshape(-1, s)
        flat_mask = mask.reshape(-1, s)
        for row, n in enumerate(_pad_lengths(flat_ids.shape[0], s)):
            flat_ids[row, n:] = pad
            flat_mask[row, n:] = 0
            if family == "big-bird":
                flat_ids[row, min(3, n - 1)] = cfg.sep_token_id  # question|context
            if family == "bart" and eos is not None:
                flat_ids[row, n - 1] = eos    # one eos per row (classification)
            if task == "masked-lm":
                flat_ids[row, 1] = MASK_ID
        out = OrderedDict([("input_ids", ids)])
        if family == "layoutlm":
            x0 = rng.integers(0, 64, size=shape + (1,))
            y0 = rng.integers(0, 64, size=shape + (1,))
            w = rng.integers(0, 64, size=shape + (1,))
            h = rng.integers(0, 64, size=shape + (1,))
            out["bbox"] = np.concatenate([x0, y0, x0 + w, y0 + h],
                                         axis=-1).astype("int64")
        out["attention_mask"] = mask
        if family in WITH_TOKEN_TYPES:
            types = np.zeros(shape, dtype="int64")
            types[..., s // 2:] = 1
            out["token_type_ids"] = types
        return out

    def build(rng, sz):
        b, s = sz["batch"], sz["seq"]
        if family == "wav2vec2":
            return OrderedDict([("input_values", rng.standard_normal(
                (b, sz["samples"])).astype("float32"))])
        if task == "multiple-choice":
            return text_inputs(rng, b, s, sz["choices"])
        out = text_inputs(rng, b, s)
        if task == "seq2seq-lm":
            dec = rng.integers(FIRST_WORD_ID, vocab, size=(b, sz["dec_seq"]),
                               dtype="int64")
            dec[:, 0] = cfg.decoder_start_token_id
            out["decoder_input_ids"] = dec
        return out

    return build


def hf_axes(family, task, input_names, outputs):
    def text_axes(name):
        if family == "wav2vec2":
            return {0: "batch", 1: "samples"}
        if task == "multiple-choice":
            axes = {0: "batch", 1: "choices", 2: "sequence"}
        elif name == "decoder_input_ids":
            axes = {0: "batch", 1: "decoder_sequence"}
        else:
            axes = {0: "batch", 1: "sequence"}
        return axes

    in_axes = OrderedDict((n, text_axes(n)) for n in input_names)
    out_axes = OrderedDict()
    for o in outputs:
        if task in ("masked-lm", "causal-lm", "token-classification",
                    "question-answering"):
            # bart-masked-lm: the decoder runs on input_ids shifted right.
            out_axes[o] = {0: "batch", 1: "sequence"}
        elif task == "seq2seq-lm":
            out_axes[o] = {0: "batch", 1: "decoder_sequence"}
        elif task == "multiple-choice":
            out_axes[o] = {0: "batch", 1: "choices"}
        else:
            out_axes[o] = {0: "batch"}
    return in_axes, out_axes


def hf_outputs(task):
    if task == "question-answering":
        return ["start_logits", "end_logits"]
    return ["logits"]


def make_hf_spec(family, task, class_name):
    import numpy as np
    configs = hf_configs()

    def config():
        cfg = configs[family]()
        if task == "causal-lm" and family not in ("gpt2",):
            cfg.is_decoder = True
            cfg.add_cross_attention = False
        if task == "question-answering":
            cfg.num_labels = 2    # start and end logits
        return cfg

    def build():
        import transformers as tr
        model = getattr(tr, class_name)(config()).eval()
        return HFWrapper.make(model, list(names), hf_outputs(task))

    # Input names come from a dry build of the inputs (cheap, numpy only).
    cfg = config()
    inputs = hf_inputs(family, task, cfg)
    names = list(inputs(np.random.default_rng(0), MAIN).keys())
    outputs = hf_outputs(task)
    in_axes, out_axes = hf_axes(family, task, names, outputs)
    return Spec(name="%s-%s" % (family, task), family=family, task=task,
                build=build, inputs=inputs, input_axes=in_axes,
                outputs=outputs, output_axes=out_axes,
                source="transformers.%s" % class_name)


def calibrate_batchnorm(model, size, batches=2, batch=4):
    """Gives every BatchNorm random affine parameters and the running
    statistics of random inputs (train-mode passes, cumulative average).

    With torchvision's init (weight 1, bias 0, mean 0, var 1) eval-mode
    BatchNorm is the identity and activations die out along MobileNet and
    EfficientNet (logits ~1e-10): no comparison could tell a wrong conversion.
    Calibrated, every BatchNorm normalises for real and logits are of order
    0.1-10. Uses the global torch generator, seeded by the caller.
    """
    import torch
    bns = [m for m in model.modules()
           if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    if not bns:
        return
    with torch.no_grad():
        for m in bns:
            m.reset_running_stats()
            m.momentum = None
            if m.affine:
                m.weight.uniform_(0.5, 1.5)
                m.bias.normal_(0.0, 0.1)
        model.train()
        for _ in range(batches):
            model(torch.randn(batch, 3, size, size))
    model.eval()


def make_tv_spec(name, fn, size):
    def build():
        import torchvision
        model = getattr(torchvision.models, fn)(weights=None)
        calibrate_batchnorm(model, size)
        return model.eval()

    def inputs(rng, sz):
        return OrderedDict([("input", rng.standard_normal(
            (sz["images"], 3, size, size)).astype("float32"))])

    return Spec(name=name, family=name, task="image-classification",
                build=build, inputs=inputs,
                input_axes=OrderedDict([("input", {0: "batch"})]),
                outputs=["logits"],
                output_axes=OrderedDict([("logits", {0: "batch"})]),
                source="torchvision.models.%s" % fn)


def patch_torch_for_export():
    """Works around two gaps of Debian's torch 1.13 (applied once per process).

    - transformers' wav2vec2 asks torch.distributed.fsdp whether the model is
      FSDP-managed; importing that module fails on Python 3.11 with torch
      1.13 (a dataclass with a mutable default in torch.distributed._shard).
      Nothing here runs under FSDP, so the probe answers False.
    - T5's causal mask uses torch.triu, which torch 1.13 exports only from
      opset 14 on (ONNX's Trilu). For opsets 13 triu is written with
      primitives: Where(col - row >= diagonal, x, 0).
    """
    import importlib
    import torch
    from torch.onnx import register_custom_op_symbolic, symbolic_helper
    from torch.onnx._type_utils import JitScalarType

    for mod in ("wav2vec2", "wavlm", "unispeech", "wav2vec2_bert"):
        try:
            m = importlib.import_module("transformers.models.%s.modeling_%s" %
                                        (mod, mod))
        except ImportError:
            continue
        if hasattr(m, "is_fsdp_managed_module"):
            m.is_fsdp_managed_module = lambda module: False

    def triu_opset13(g, self, diagonal, out=None):
        diagonal = symbolic_helper._maybe_get_const(diagonal, "i")
        i64 = lambda v: g.op("Constant", value_t=torch.tensor(v, dtype=torch.int64))
        shape = g.op("Shape", self)
        rows = g.op("Gather", shape, i64(-2), axis_i=0)
        cols = g.op("Gather", shape, i64(-1), axis_i=0)
        r = g.op("Range", i64(0), rows, i64(1))
        c = g.op("Range", i64(0), cols, i64(1))
        offset = g.op("Sub", g.op("Unsqueeze", c, i64([0])),
                      g.op("Unsqueeze", r, i64([1])))
        keep = g.op("Not", g.op("Less", offset, i64(int(diagonal))))
        dtype = JitScalarType.from_name(self.type().scalarType()).dtype()
        zero = g.op("Constant", value_t=torch.tensor(0, dtype=dtype))
        return g.op("Where", keep, self, zero)

    register_custom_op_symbolic("::triu", triu_opset13, 13)


def hf_names():
    for family, tasks in HF_TABLE.items():
        for task, cls in tasks.items():
            yield "%s-%s" % (family, task), family, task, cls


def list_table():
    """(name, task, source) for --list, without importing torch."""
    rows = [(n, t, "transformers." + c) for n, _, t, c in hf_names()]
    rows += [(n, "image-classification", "torchvision.models." + fn)
             for n, (fn, _) in TV_TABLE.items()]
    return rows


def get_spec(name):
    for n, family, task, cls in hf_names():
        if n == name:
            return make_hf_spec(family, task, cls)
    if name in TV_TABLE:
        fn, size = TV_TABLE[name]
        return make_tv_spec(name, fn, size)
    raise KeyError(name)


# ----------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------

def save_npz(path, arrays):
    """np.savez without time stamps: the same arrays give the same bytes."""
    import numpy as np
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arr),
                                      allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue())


def model_seed(seed, name):
    return (seed * 1000003 + zlib.crc32(name.encode())) % (2 ** 31)


def ort_session(path):
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1   # fixed threading: reproducible sums
    so.inter_op_num_threads = 1
    so.log_severity_level = 3
    return ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])


def graph_stats(model):
    from collections import Counter
    ops = Counter(n.op_type for n in model.graph.node)
    return len(model.graph.node), OrderedDict(sorted(ops.items()))


def max_diff(a, b):
    import numpy as np
    if a.size == 0:
        return 0.0
    return float(np.max(np.abs(a.astype("float64") - b.astype("float64"))))


def check_against_torch(names, runs, rtol=RTOL):
    """Raises unless onnxruntime's outputs are finite and agree with torch's
    for every run (label -> (ort outputs, torch outputs)): max abs diff <=
    ATOL + rtol * max |torch output|, relative to the output's scale since
    fp32 convolutions sum in different orders in torch and onnxruntime.
    Returns label -> the largest difference."""
    import numpy as np
    diffs = {}
    for label, (ort_out, ref) in runs.items():
        for oname, o, r in zip(names, ort_out, ref):
            if not np.all(np.isfinite(o)):
                raise RuntimeError("onnxruntime output %s (%s inputs) is not "
                                   "finite" % (oname, label))
            if o.shape != r.shape or max_diff(o, r) > ATOL + rtol * (
                    float(np.max(np.abs(r))) if r.size else 0.0):
                raise RuntimeError(
                    "onnxruntime disagrees with torch on %s at the %s input "
                    "size: shape %s vs %s, max abs diff %s" %
                    (oname, label, o.shape, r.shape,
                     max_diff(o, r) if o.shape == r.shape else "n/a"))
        diffs[label] = max(max_diff(o, r) for o, r in zip(ort_out, ref))
    return diffs


def export_one(spec, opset, seed, out_dir, versions):
    """Exports spec at opset into out_dir (created here). Returns meta."""
    import numpy as np
    import onnx
    import torch

    mseed = model_seed(seed, spec.name)
    torch.manual_seed(mseed)
    model = spec.build()
    rng = np.random.default_rng(mseed)
    main = spec.inputs(rng, MAIN)
    alt = spec.inputs(rng, ALT)
    names = list(main.keys())
    assert names == list(spec.input_axes.keys()), (names, spec.input_axes)

    with torch.no_grad():
        ref_main = model(*[torch.from_numpy(v) for v in main.values()])
        ref_alt = model(*[torch.from_numpy(v) for v in alt.values()])
    as_list = (lambda r: [r] if isinstance(r, torch.Tensor) else list(r))
    ref_main = [t.numpy() for t in as_list(ref_main)]
    ref_alt = [t.numpy() for t in as_list(ref_alt)]

    os.makedirs(out_dir)
    path = os.path.join(out_dir, "model.onnx")
    dynamic_axes = OrderedDict(list(spec.input_axes.items()) +
                               list(spec.output_axes.items()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model, tuple(torch.from_numpy(v) for v in main.values()), path,
            input_names=names, output_names=spec.outputs,
            dynamic_axes=dynamic_axes, opset_version=opset,
            do_constant_folding=True)

    proto = onnx.load(path)
    onnx.checker.check_model(proto)
    sess = ort_session(path)
    got_names = [o.name for o in sess.get_outputs()]
    if got_names != spec.outputs:
        raise RuntimeError("exported outputs %s, expected %s" %
                           (got_names, spec.outputs))
    out_main = sess.run(None, dict(main))
    out_alt = sess.run(None, dict(alt))

    diffs = check_against_torch(spec.outputs, {"main": (out_main, ref_main),
                                              "alt": (out_alt, ref_alt)})

    save_npz(os.path.join(out_dir, "inputs.npz"), main)
    save_npz(os.path.join(out_dir, "outputs.npz"),
             OrderedDict(zip(spec.outputs, out_main)))
    save_npz(os.path.join(out_dir, "inputs_alt.npz"), alt)
    save_npz(os.path.join(out_dir, "outputs_alt.npz"),
             OrderedDict(zip(spec.outputs, out_alt)))

    nodes, ops = graph_stats(proto)
    params = sum(int(np.prod(t.dims)) for t in proto.graph.initializer)

    def io_meta(arrays, axes):
        return [OrderedDict([
            ("name", n), ("dtype", str(a.dtype)), ("shape", list(a.shape)),
            ("dynamic_axes", {str(k): v for k, v in axes[n].items()}),
        ]) for n, a in arrays.items()]

    meta = OrderedDict([
        ("model", spec.name),
        ("family", spec.family),
        ("task", spec.task),
        ("source", spec.source),
        ("opset", opset),
        ("seed", seed),
        ("model_seed", mseed),
        ("inputs", io_meta(main, spec.input_axes)),
        ("outputs", io_meta(OrderedDict(zip(spec.outputs, out_main)),
                            spec.output_axes)),
        ("alt_input_shapes", {n: list(a.shape) for n, a in alt.items()}),
        ("alt_output_shapes", {n: list(a.shape) for n, a in
                               zip(spec.outputs, out_alt)}),
        ("nodes", nodes),
        ("op_types", ops),
        ("parameters", params),
        ("ir_version", proto.ir_version),
        ("ort_vs_torch_max_abs_diff", diffs),
        ("versions", versions),
        ("generator_version", GENERATOR_VERSION),
    ])
    with open(os.path.join(out_dir, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    return meta


def is_cached(folder, key):
    """True when folder/meta.json was written with the same package
    versions, generator version and seed as `key` says."""
    try:
        with open(os.path.join(folder, "meta.json")) as f:
            old = json.load(f)
    except (OSError, ValueError):
        return False
    return dict(old.get("versions", {}),
                generator_version=old.get("generator_version"),
                seed=old.get("seed")) == key


def export_into(cache, name, variant, tag, failures, export):
    """Runs export(folder) into a fresh temporary folder beside
    CACHE/name/variant and moves it there when it succeeds. Returns
    (meta, seconds); on an exception records (name, variant, reason) in
    `failures`, prints it and returns (None, seconds): a failing model
    never stops the run."""
    final = os.path.join(cache, name, variant)
    tmp = os.path.join(cache, name, ".%s.tmp-%d" % (variant, os.getpid()))
    shutil.rmtree(tmp, ignore_errors=True)
    start = time.time()
    try:
        meta = export(tmp)
        shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
        return meta, time.time() - start
    except Exception as e:  # keep going; report at the end
        shutil.rmtree(tmp, ignore_errors=True)
        text = str(e).strip()
        reason = "%s: %s" % (type(e).__name__,
                             text.splitlines()[0] if text else "")
        failures.append((name, variant, reason))
        print("%s: FAILED (%.1fs): %s" % (tag, time.time() - start, reason),
              flush=True)
        if os.environ.get("X2P_MODELS_TRACEBACK"):
            traceback.print_exc()
        return None, time.time() - start


def dir_size(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
    return total


def select(patterns):
    """Names matching any of the patterns (exact names or shell globs)."""
    all_names = [r[0] for r in list_table()]
    if not patterns:
        return all_names, []
    chosen, unknown = [], []
    for p in patterns:
        hits = [n for n in all_names if fnmatch.fnmatchcase(n, p)]
        if not hits:
            unknown.append(p)
        chosen += [h for h in hits if h not in chosen]
    return chosen, unknown


def parse_opsets(text):
    try:
        return sorted({int(x) for x in text.split(",") if x.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError("opsets are integers: %r" % text)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Build small random-weight HuggingFace and torchvision "
                    "models and export them to ONNX with reference inputs and "
                    "onnxruntime outputs.")
    ap.add_argument("--cache-dir", default=os.environ.get(
        "X2P_MODELS_CACHE", DEFAULT_CACHE),
        help="where the models go (default: $X2P_MODELS_CACHE or %s)"
             % DEFAULT_CACHE)
    ap.add_argument("--only", action="append", default=[], metavar="NAMES",
                    help="generate only these models: names or shell globs, "
                         "comma-separated, repeatable (e.g. bert-masked-lm, "
                         "'bart-*')")
    ap.add_argument("--exclude", action="append", default=[], metavar="NAMES",
                    help="leave out these models (names or shell globs, "
                         "comma-separated, repeatable)")
    ap.add_argument("--opsets", type=parse_opsets, default=None,
                    help="comma-separated opsets (default: 13,17 and every "
                         "opset above 17 the installed torch exports)")
    ap.add_argument("--seed", type=int, default=0,
                    help="seed for weights and inputs (default 0)")
    ap.add_argument("--force", action="store_true",
                    help="regenerate models already in the cache")
    ap.add_argument("--list", action="store_true",
                    help="list the models and exit")
    args = ap.parse_args(argv)

    patterns = [p.strip() for o in args.only for p in o.split(",") if p.strip()]
    names, unknown = select(patterns)
    if unknown:
        print("generate: unknown model(s): %s (see --list)" % ", ".join(unknown),
              file=sys.stderr)
        return 2

    excluded = [p.strip() for o in args.exclude for p in o.split(",") if p.strip()]
    names = [n for n in names if not any(fnmatch.fnmatch(n, p) for p in excluded)]

    if args.list:
        for n, task, source in list_table():
            if n in names:
                print("%-40s %-26s %s" % (n, task, source))
        return 0

    import numpy  # noqa: F401
    import onnx
    import onnxruntime
    import torch
    import torchvision
    import transformers
    from torch.onnx import _constants

    torch.set_num_threads(1)
    patch_torch_for_export()
    transformers.logging.set_verbosity_error()
    warnings.filterwarnings("ignore")

    max_opset = _constants.ONNX_MAX_OPSET
    opsets = args.opsets or sorted(set(DEFAULT_OPSETS) |
                                   set(range(18, max_opset + 1)))
    too_new = [o for o in opsets if o > max_opset]
    if too_new:
        print("generate: torch %s exports up to opset %d; cannot export opset "
              "%s" % (torch.__version__, max_opset,
                      ",".join(map(str, too_new))), file=sys.stderr)
        return 2

    versions = OrderedDict([
        ("torch", torch.__version__), ("torchvision", torchvision.__version__),
        ("transformers", transformers.__version__), ("onnx", onnx.__version__),
        ("onnxruntime", onnxruntime.__version__),
        ("numpy", numpy.__version__)])
    key = dict(versions, generator_version=GENERATOR_VERSION, seed=args.seed)

    cache = os.path.abspath(args.cache_dir)
    os.makedirs(cache, exist_ok=True)
    jobs = [(n, o) for n in names for o in opsets]
    failures = []
    done = cached = 0
    t_all = time.time()
    print("generate: %d model(s) x opsets %s -> %s" %
          (len(names), ",".join(map(str, opsets)), cache), flush=True)
    for i, (name, opset) in enumerate(jobs, 1):
        tag = "[%d/%d] %s opset%d" % (i, len(jobs), name, opset)
        final = os.path.join(cache, name, "opset%d" % opset)
        if not args.force and is_cached(final, key):
            cached += 1
            print("%s: cached" % tag, flush=True)
            continue
        meta, seconds = export_into(
            cache, name, "opset%d" % opset, tag, failures,
            lambda tmp: export_one(get_spec(name), opset, args.seed, tmp,
                                   versions))
        if meta is None:
            continue
        done += 1
        print("%s: ok (%.1fs, %d nodes, %.2f MB, ort-vs-torch %.1e)" %
              (tag, seconds, meta["nodes"],
               dir_size(final) / 1e6,
               max(meta["ort_vs_torch_max_abs_diff"].values())), flush=True)

    print("generate: %d exported, %d cached, %d failed in %.1fs; cache %s "
          "(%.1f MB)" % (done, cached, len(failures), time.time() - t_all,
                         cache, dir_size(cache) / 1e6))
    if failures:
        print("generate: failures:")
        for name, variant, reason in failures:
            print("  %s %s: %s" % (name, variant, reason))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
