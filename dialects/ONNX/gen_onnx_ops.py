#!/usr/bin/env python3
# ===- gen_onnx_ops.py - ONNXOps.td from ONNX's operator schemas -----------===#
#
# Writes dialects/ONNX/ONNXOps.td: one op per operator of ONNX's default
# domain, in its newest opset form, following "The onnx dialect contract" of
# docs/design.md. The output depends only on the installed `onnx` package
# (pinned in scripts/requirements.txt) and on the tables below, so the same
# package always gives a byte-identical file; test/Dialect/ONNX/generated.test
# regenerates it and diffs it against the committed one.
#
#   .venv/bin/python dialects/ONNX/gen_onnx_ops.py -o dialects/ONNX/ONNXOps.td
#
# What is not in the schemas lives in the tables below (EXTRAS, IMPURE,
# REGION_ORDER, SPECIAL_DEFS), so the generated file is never edited by hand.
#
# Name sanitising: operand and result names are the schema's, except where
# ODS or C++ cannot take them: a name that is a C++ keyword, a name ODS
# reserves for its own accessors (RESERVED_NAMES), or a name whose getter
# would collide with an attribute's getter (ODS camel-cases both) gets a
# trailing `_` (`default` -> `default_`, getter `getDefault_`). Attribute
# names are never changed: they are spelled in the IR and by the importer.
# At onnx 1.22.0 no operand or result needs it.
#
# ===----------------------------------------------------------------------===#
import argparse
import re
import sys
import textwrap

import onnx
from onnx import defs

OpSchema = defs.OpSchema
FormalParameterOption = OpSchema.FormalParameterOption
AttrType = OpSchema.AttrType

# --- Tables: what the schemas do not say -------------------------------------

# Per-op extras. verifier/folder/canonicalizer: hand-written C++ exists
# (dialects/ONNX/ONNXOps*.cpp); traits: extra ODS traits.
EXTRAS = {
    "Gemm": dict(verifier=True),
    "MatMul": dict(verifier=True),
    "Reshape": dict(verifier=True),
    "Identity": dict(folder=True, traits=["SameOperandsAndResultType"]),
    "Transpose": dict(verifier=True),
    "Split": dict(verifier=True),
    "If": dict(verifier=True),
    "Loop": dict(verifier=True),
    "Scan": dict(verifier=True),
    "SequenceMap": dict(verifier=True),
    # The result element type named by `to`/`dtype` (ONNXOpsDataType.cpp).
    "Cast": dict(verifier=True),
    "EyeLike": dict(verifier=True),
    "RandomNormal": dict(verifier=True),
    "RandomUniform": dict(verifier=True),
    "RandomNormalLike": dict(verifier=True),
    "RandomUniformLike": dict(verifier=True),
    "Multinomial": dict(verifier=True),
    "Bernoulli": dict(verifier=True),
}

# Operators whose results are random: not Pure, so they are neither CSE'd
# nor hoisted. (The schemas' `non_deterministic` flag also marks Range and
# the window functions, which are deterministic.)
IMPURE = {
    "Bernoulli",
    "Dropout",
    "Multinomial",
    "RandomNormal",
    "RandomNormalLike",
    "RandomUniform",
    "RandomUniformLike",
}

# Region order where the schema's (alphabetical) attribute order reads badly.
REGION_ORDER = {"If": ["then_branch", "else_branch"]}

# `axis` attributes whose range is not the rank of the first input, or that
# ONNX ignores in some forms (per-tensor quantization ignores `axis`).
AXIS_CHECK_SKIP = {"QuantizeLinear", "DequantizeLinear", "ConcatFromSequence",
                   "OneHot", "TensorScatter"}

# Broadcasting ops are found from their doc ("multidirectional (i.e.,
# Numpy-style) broadcasting"); these are the unidirectional ones whose
# result still has the broadcast shape of the operands.
BROADCAST_EXTRA = {"PRelu"}

CPP_KEYWORDS = set("""
alignas alignof and and_eq asm auto bitand bitor bool break case catch char
char16_t char32_t class compl const constexpr const_cast continue decltype
default delete do double dynamic_cast else enum explicit export extern false
float for friend goto if inline int long mutable namespace new noexcept not
not_eq nullptr operator or or_eq private protected public register
reinterpret_cast return short signed sizeof static static_assert static_cast
struct switch template this thread_local throw true try typedef typeid
typename union unsigned using virtual void volatile wchar_t while xor xor_eq
""".split())

# Names whose ODS getters would shadow Operation/OpState members or the
# builders' own parameters.
RESERVED_NAMES = {"operands", "results", "attributes", "properties",
                  "regions", "successors", "operation", "context", "loc",
                  "odsBuilder", "odsState", "builder", "state"}

# onnx.Constant keeps its hand-written form: one ElementsAttr `value` (the
# importer folds value_float(s)/value_int(s)/value_string(s)/sparse_value
# into it), printed as `onnx.Constant dense<...> : tensor<...>`.
SPECIAL_DEFS = {
    "Constant": '''\
def ONNX_ConstantOp : ONNX_Op<"Constant", [ConstantLike, Pure,
    AllTypesMatch<["value", "output"]>]> {
  let summary = "ONNX Constant: a tensor given by its `value` attribute";
  let description = [{
    Opset %(since)d. Produces the tensor held in `value`. ONNX's other value
    attributes (`value_float(s)`, `value_int(s)`, `value_string(s)`,
    `sparse_value`) are turned into `value` by the importer. Weights become
    `dense_resource` blobs that alias the model file; small constants are
    dense.
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$value attr-dict";
  let hasFolder = 1;
}
''',
}

# --- Types --------------------------------------------------------------------

ELEMENT_TYPES = {
    "float": "F32", "double": "F64", "float16": "F16", "bfloat16": "BF16",
    "int8": "I8", "int16": "I16", "int32": "I32", "int64": "I64",
    "uint8": "UI8", "uint16": "UI16", "uint32": "UI32", "uint64": "UI64",
    "bool": "I1", "int4": "I<4>", "uint4": "UI<4>", "int2": "I<2>",
    "uint2": "UI<2>",
    "float8e4m3fn": "F8E4M3FN", "float8e4m3fnuz": "F8E4M3FNUZ",
    "float8e5m2": "F8E5M2", "float8e5m2fnuz": "F8E5M2FNUZ",
    "float8e8m0": "F8E8M0FNU", "float4e2m1": "F4E2M1FN",
    "complex64": "Complex<F32>", "complex128": "Complex<F64>",
    "string": "ONNX_StringType",
}


def split_type(type_str):
    """'seq(tensor(float))' -> ('seq', 'tensor(float)')."""
    m = re.fullmatch(r"(\w+)\((.*)\)", type_str)
    if not m:
        raise ValueError("unknown ONNX type " + type_str)
    return m.group(1), m.group(2)


def ods_type(type_strs):
    """An ODS type constraint accepting exactly the given ONNX types."""
    groups = {}  # kind -> element list, in schema order
    for t in type_strs:
        kind, inner = split_type(t)
        if kind == "tensor":
            groups.setdefault("tensor", []).append(ELEMENT_TYPES[inner])
        elif kind == "seq":
            k, elem = split_type(inner)
            assert k == "tensor", t
            groups.setdefault("seq", []).append(ELEMENT_TYPES[elem])
        elif kind == "optional":
            k, rest = split_type(inner)
            if k == "tensor":
                groups.setdefault("opt_tensor", []).append(ELEMENT_TYPES[rest])
            else:
                k2, elem = split_type(rest)
                assert k == "seq" and k2 == "tensor", t
                groups.setdefault("opt_seq", []).append(ELEMENT_TYPES[elem])
        else:
            raise ValueError("unknown ONNX type " + t)

    def dedup(xs):
        return list(dict.fromkeys(xs))

    parts = []
    for kind, elems in groups.items():
        elems = ", ".join(dedup(elems))
        parts.append({
            "tensor": "TensorOf<[%s]>",
            "seq": "ONNX_SeqOf<[%s]>",
            "opt_tensor": "ONNX_OptOf<TensorOf<[%s]>>",
            "opt_seq": "ONNX_OptOf<ONNX_SeqOf<[%s]>>",
        }[kind] % elems)
    if len(parts) == 1:
        return parts[0]
    return "AnyTypeOf<[%s]>" % ", ".join(parts)


def is_tensor_only(type_strs):
    return all(t.startswith("tensor(") for t in type_strs)


# --- Attributes -----------------------------------------------------------------


def f32_literal(value):
    """The shortest decimal that reads back as the same float32."""
    import struct

    def as_f32(x):
        return struct.unpack("f", struct.pack("f", x))[0]

    target = as_f32(value)
    for digits in range(1, 18):
        text = "%.*g" % (digits, target)
        if as_f32(float(text)) == target:
            break
    if "e" not in text and "." not in text and "inf" not in text:
        text += ".0"
    return text


def cpp_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def td_string(s):
    """A TableGen string literal holding `s`."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


ATTR_TYPES = {
    AttrType.INT: "SI64Attr",
    AttrType.FLOAT: "F32Attr",
    AttrType.STRING: "StrAttr",
    AttrType.INTS: "DenseI64ArrayAttr",
    AttrType.FLOATS: "DenseF32ArrayAttr",
    AttrType.STRINGS: "StrArrayAttr",
    AttrType.TENSOR: "ElementsAttr",
    AttrType.SPARSE_TENSOR: "ElementsAttr",
    AttrType.TENSORS: "TypedArrayAttrBase<ElementsAttr, \"array of tensors\">",
    AttrType.TYPE_PROTO: "TypeAttr",
}


def attr_default(attr):
    """The C++ default of a schema default, or None when there is none."""
    dv = attr.default_value
    if not dv or not dv.type:
        return None
    t = attr.type
    if t == AttrType.INT:
        return str(dv.i)
    if t == AttrType.FLOAT:
        return f32_literal(dv.f)
    if t == AttrType.STRING:
        return cpp_string(dv.s.decode())
    if t == AttrType.INTS:
        return "{" + ", ".join(str(i) for i in dv.ints) + "}"
    if t == AttrType.FLOATS:
        return "{" + ", ".join(f32_literal(f) for f in dv.floats) + "}"
    if t == AttrType.STRINGS:
        return "{" + ", ".join(cpp_string(s.decode()) for s in dv.strings) + "}"
    raise ValueError("no default form for attribute %s of type %s"
                     % (attr.name, t))


def ods_attr(attr):
    base = ATTR_TYPES[attr.type]
    if attr.required:
        return base
    default = attr_default(attr)
    if default is not None:
        return "DefaultValuedAttr<%s, %s>" % (base, td_string(default))
    return "OptionalAttr<%s>" % base


# --- Docs -------------------------------------------------------------------


def clean_doc(doc):
    doc = textwrap.dedent(doc or "").strip()
    # `}]` would end a TableGen code block.
    doc = doc.replace("}]", "} ]")
    lines = [line.rstrip() for line in doc.splitlines()]
    return "\n".join(lines)


def summary_of(name, doc):
    text = " ".join(textwrap.dedent(doc or "").split())
    m = re.match(r"(.+?[.:])(\s|$)", text)
    sentence = m.group(1) if m else text
    # Markdown links read badly in a one-line summary.
    sentence = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence)
    if len(sentence) > 100:
        sentence = sentence[:100].rsplit(" ", 1)[0] + " ..."
    return "ONNX %s: %s" % (name, sentence) if sentence else "ONNX " + name


def indent_block(text, prefix="    "):
    return "\n".join(prefix + line if line else "" for line in text.splitlines())


# --- Ops --------------------------------------------------------------------


def camel(name):
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def value_names(schema):
    """Sanitised names of the inputs and outputs (see the file header)."""
    attr_getters = {camel(a) for a in schema.attributes}
    taken = set()
    names = []
    for p in list(schema.inputs) + list(schema.outputs):
        n = p.name
        while (n in CPP_KEYWORDS or n in RESERVED_NAMES or camel(n) in attr_getters
               or camel(n) in taken):
            n += "_"
        taken.add(camel(n))
        names.append(n)
    return names[:len(schema.inputs)], names[len(schema.inputs):]


def constraint_types(schema):
    return {tc.type_param_str: list(tc.allowed_type_strs)
            for tc in schema.type_constraints}


def param_types(schema, param, constraints):
    return constraints.get(param.type_str, [param.type_str])


def value_decl(schema, param, name, constraints):
    t = ods_type(param_types(schema, param, constraints))
    if param.option == FormalParameterOption.Optional:
        if t.startswith("AnyTypeOf<["):
            t = t[:-2] + ", NoneType]>"
        else:
            t = "AnyTypeOf<[%s, NoneType]>" % t
    elif param.option == FormalParameterOption.Variadic:
        t = "Variadic<%s>" % t
    return "%s:$%s" % (t, name)


def axis_traits(schema):
    """Range checks of `axis`/`axes` attributes against the first input's
    rank, for the attributes whose schema doc states the range."""
    traits = []
    if schema.name in AXIS_CHECK_SKIP or not schema.inputs:
        return traits
    for attr in sorted(schema.attributes.values(), key=lambda a: a.name):
        doc = " ".join(attr.description.split())
        if attr.name == "axis" and attr.type == AttrType.INT:
            if re.search(r"\[-r, r-1\]|\[-rank, rank-1\]|\[-r, r\)", doc):
                traits.append("ONNX_AxisInRange<0, 0>")
            elif re.search(r"range \[-r, r\]", doc):
                traits.append("ONNX_AxisInRange<0, 1>")
        if attr.name == "axes" and attr.type == AttrType.INTS:
            if re.search(r"Accepted range is \[-r, r-1\]", doc):
                traits.append("ONNX_AxesInRange<0>")
    return traits


def element_type_traits(schema, in_names, out_names, constraints):
    """ONNX binds one type parameter to one type: values sharing a
    tensor-only parameter share their element type."""
    params = list(schema.inputs) + list(schema.outputs)
    names = in_names + out_names
    # A heterogeneous variadic (Scan's, Loop's) binds its parameter anew for
    # each value.
    all_same = len({p.type_str for p in params}) == 1 and all(
        p.option != FormalParameterOption.Optional and p.is_homogeneous
        for p in params)
    first = params[0].type_str if params else None
    if (all_same and len(params) > 1 and first in constraints
            and is_tensor_only(constraints[first])):
        return ["SameOperandsAndResultElementType"]
    traits = []
    by_param = {}
    for p, n in zip(params, names):
        if (p.type_str in constraints and is_tensor_only(constraints[p.type_str])
                and p.option == FormalParameterOption.Single):
            by_param.setdefault(p.type_str, []).append(n)
    for param, ns in by_param.items():
        if len(ns) > 1:
            traits.append("AllElementTypesMatch<[%s]>"
                          % ", ".join('"%s"' % n for n in ns))
    return traits


def count_traits(schema):
    least = []
    for params in (schema.inputs, schema.outputs):
        n = 0
        if params and params[-1].option == FormalParameterOption.Variadic:
            n = len(params) - 1 + params[-1].min_arity
            n = n if params[-1].min_arity > 0 else 0
        least.append(n)
    if any(least):
        return ["ONNX_MinArity<%d, %d>" % tuple(least)]
    return []


def is_broadcast(schema):
    doc = " ".join((schema.doc or "").split())
    return ("multidirectional (i.e., Numpy-style) broadcasting" in doc
            or schema.name in BROADCAST_EXTRA)


def gen_op(schema):
    name = schema.name
    if name in SPECIAL_DEFS:
        return SPECIAL_DEFS[name] % {"since": schema.since_version}
    extras = EXTRAS.get(name, {})
    constraints = constraint_types(schema)
    in_names, out_names = value_names(schema)
    # The schemas' attribute maps are unordered: sort by name.
    attrs = sorted(schema.attributes.values(), key=lambda a: a.name)
    graph_attrs = [a for a in attrs if a.type == AttrType.GRAPH]
    other_attrs = [a for a in attrs if a.type != AttrType.GRAPH]
    if name in REGION_ORDER:
        order = REGION_ORDER[name]
        graph_attrs.sort(key=lambda a: order.index(a.name))

    traits = []
    if graph_attrs:
        traits.append("RecursiveMemoryEffects")
    elif name not in IMPURE:
        traits.append("Pure")
    if is_broadcast(schema):
        traits.append("ResultsBroadcastableShape")
    traits += element_type_traits(schema, in_names, out_names, constraints)
    traits += count_traits(schema)
    traits += axis_traits(schema)
    traits += extras.get("traits", [])
    traits = list(dict.fromkeys(traits))

    base = "ONNX_RegionOp" if graph_attrs else "ONNX_Op"
    out = []
    trait_text = ", ".join(traits)
    head = 'def ONNX_%sOp : %s<"%s", [%s]> {' % (name, base, name, trait_text)
    if len(head) > 80:
        wrapped = textwrap.wrap(trait_text, 72, break_on_hyphens=False,
                                break_long_words=False)
        head = 'def ONNX_%sOp : %s<"%s", [\n    %s]> {' % (
            name, base, name, "\n    ".join(wrapped))
    out.append(head)
    out.append("  let summary = %s;" % td_string(summary_of(name, schema.doc)))
    desc = "Opset %d." % schema.since_version
    doc = clean_doc(schema.doc)
    if doc:
        desc += "\n\n" + doc
    out.append("  let description = [{\n%s\n  }];" % indent_block(desc))

    args = [value_decl(schema, p, n, constraints)
            for p, n in zip(schema.inputs, in_names)]
    args += ["%s:$%s" % (ods_attr(a), a.name) for a in other_attrs]
    if args:
        out.append("  let arguments = (ins\n    %s\n  );" % ",\n    ".join(args))
    results = [value_decl(schema, p, n, constraints)
               for p, n in zip(schema.outputs, out_names)]
    if results:
        out.append("  let results = (outs\n    %s\n  );" % ",\n    ".join(results))
    if graph_attrs:
        out.append("  let regions = (region %s);" % ", ".join(
            "SizedRegion<1>:$%s" % a.name for a in graph_attrs))
    if extras.get("verifier"):
        out.append("  let hasVerifier = 1;")
    if extras.get("folder"):
        out.append("  let hasFolder = 1;")
    if extras.get("canonicalizer"):
        out.append("  let hasCanonicalizer = 1;")
    out.append("}")
    return "\n".join(out) + "\n"


HEADER = """\
//===- ONNXOps.td - onnx dialect operations ----------------*- tablegen -*-===//
//
// GENERATED FILE, DO NOT EDIT.
// Generated by dialects/ONNX/gen_onnx_ops.py from the operator schemas of
// onnx {version} (default domain, opset {opset}, {count} operators).
// Regenerate from the repository root with:
//   .venv/bin/python dialects/ONNX/gen_onnx_ops.py -o dialects/ONNX/ONNXOps.td
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_OPS_TD
#define X2P_DIALECT_ONNX_OPS_TD

include "dialects/ONNX/ONNXDialect.td"
include "dialects/ONNX/ONNXExtraOps.td"
include "dialects/ONNX/ONNXMicrosoftOps.td"

"""

FOOTER = """
#endif // X2P_DIALECT_ONNX_OPS_TD
"""


def default_domain_schemas():
    schemas = [s for s in defs.get_all_schemas() if s.domain in ("", "ai.onnx")]
    return sorted(schemas, key=lambda s: s.name)


def generate():
    schemas = default_domain_schemas()
    parts = [HEADER.format(version=onnx.__version__,
                           opset=defs.onnx_opset_version(),
                           count=len(schemas))]
    for schema in schemas:
        parts.append(gen_op(schema))
        parts.append("\n")
    text = "".join(parts).rstrip("\n") + "\n" + FOOTER
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", default="-",
                        help="file to write (default: stdout)")
    parser.add_argument("--list", action="store_true",
                        help="print the default-domain operators, one a line")
    args = parser.parse_args()
    if args.list:
        for schema in default_domain_schemas():
            print(schema.name)
        return
    text = generate()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
