//===- OpsetUpgrade.cpp - the table of opset upgrade rules ----------------===//
//
// Every rewrite from an older operator version to the newest one is one row
// of `kRules` below: operator, the opset it applies below, and a function
// over the node. Adding an upgrade is adding a row. Rules see a copy of the
// node and may replace it by several nodes (Softmax < 13 needs a Flatten
// and a Reshape around it) or add constants (attributes that became inputs).
//
//===----------------------------------------------------------------------===//
#include "OpsetUpgrade.h"

#include "onnx/onnx_pb.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstring>

using namespace x2p::onnx_import;

namespace {

struct Rewrite {
  onnx::NodeProto node;
  int64_t opset;
  llvm::function_ref<int(const std::string &)> dtypeOf;
  llvm::function_ref<std::string(const std::string &)> freshName;
  UpgradedNodes &out;
  std::string &error;
  bool replaced = false; // `node` was replaced by out.nodes

  std::string label() const {
    if (!node.name().empty())
      return node.name();
    return node.output_size() ? node.output(0) : node.op_type();
  }

  const onnx::AttributeProto *attr(llvm::StringRef name) const {
    for (const auto &a : node.attribute())
      if (a.name() == name)
        return &a;
    return nullptr;
  }

  void removeAttr(llvm::StringRef name) {
    auto *attrs = node.mutable_attribute();
    for (int i = 0; i < attrs->size(); ++i)
      if ((*attrs)[i].name() == name) {
        attrs->DeleteSubrange(i, 1);
        return;
      }
  }

  void setAttr(llvm::StringRef name, llvm::StringRef value) {
    removeAttr(name);
    auto *a = node.add_attribute();
    a->set_name(name.str());
    a->set_type(onnx::AttributeProto::STRING);
    a->set_s(value.str());
  }

  void setAttr(llvm::StringRef name, int64_t value) {
    removeAttr(name);
    auto *a = node.add_attribute();
    a->set_name(name.str());
    a->set_type(onnx::AttributeProto::INT);
    a->set_i(value);
  }

  /// Makes input `index` of `n` the value `name`, filling the gap with
  /// absent ("") inputs.
  static void setInput(onnx::NodeProto &n, int index, const std::string &name) {
    while (n.input_size() <= index)
      n.add_input("");
    n.set_input(index, name);
  }

  /// A new constant of `dtype` with `dims` and little-endian `bytes`.
  std::string addConstant(const std::string &hint, int dtype,
                          llvm::ArrayRef<int64_t> dims, std::string bytes) {
    onnx::TensorProto &t = out.constants.emplace_back();
    t.set_name(freshName(label() + "_" + hint));
    t.set_data_type(dtype);
    for (int64_t d : dims)
      t.add_dims(d);
    t.set_raw_data(std::move(bytes));
    return t.name();
  }

  std::string addInt64s(const std::string &hint,
                        llvm::ArrayRef<int64_t> values) {
    std::string bytes(values.size() * 8, '\0');
    if (!values.empty())
      std::memcpy(bytes.data(), values.data(), bytes.size());
    return addConstant(hint, onnx::TensorProto::INT64, {int64_t(values.size())},
                       std::move(bytes));
  }

  /// A scalar of `dtype` (a float, integer or 16-bit float type) equal to
  /// `value`; float when `dtype` is unknown.
  std::string addScalar(const std::string &hint, int dtype, double value) {
    std::string bytes;
    auto put = [&](uint64_t bits, unsigned n) {
      for (unsigned i = 0; i < n; ++i)
        bytes.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
    };
    auto putFloat = [&](const llvm::fltSemantics &sem, unsigned n) {
      llvm::APFloat f(value);
      bool lost;
      f.convert(sem, llvm::APFloat::rmNearestTiesToEven, &lost);
      put(f.bitcastToAPInt().getZExtValue(), n);
    };
    switch (dtype) {
    case onnx::TensorProto::DOUBLE:
      putFloat(llvm::APFloat::IEEEdouble(), 8);
      break;
    case onnx::TensorProto::FLOAT16:
      putFloat(llvm::APFloat::IEEEhalf(), 2);
      break;
    case onnx::TensorProto::BFLOAT16:
      putFloat(llvm::APFloat::BFloat(), 2);
      break;
    case onnx::TensorProto::INT8:
    case onnx::TensorProto::UINT8:
      put(static_cast<uint64_t>(static_cast<int64_t>(value)), 1);
      break;
    case onnx::TensorProto::INT16:
    case onnx::TensorProto::UINT16:
      put(static_cast<uint64_t>(static_cast<int64_t>(value)), 2);
      break;
    case onnx::TensorProto::INT32:
    case onnx::TensorProto::UINT32:
      put(static_cast<uint64_t>(static_cast<int64_t>(value)), 4);
      break;
    case onnx::TensorProto::INT64:
    case onnx::TensorProto::UINT64:
      put(static_cast<uint64_t>(static_cast<int64_t>(value)), 8);
      break;
    default:
      dtype = onnx::TensorProto::FLOAT;
      putFloat(llvm::APFloat::IEEEsingle(), 4);
      break;
    }
    return addConstant(hint, dtype, {}, std::move(bytes));
  }

  /// Moves INTS attribute `name` to input `index` as a 1-D int64 constant.
  void intsToInput(llvm::StringRef name, int index) {
    const onnx::AttributeProto *a = attr(name);
    if (!a)
      return;
    std::vector<int64_t> values(a->ints().begin(), a->ints().end());
    std::string constant = addInt64s(name.str(), values);
    removeAttr(name);
    setInput(node, index, constant);
  }

  /// Moves FLOAT attribute `name` to input `index` as a scalar of `dtype`.
  void floatToInput(llvm::StringRef name, int index, int dtype) {
    const onnx::AttributeProto *a = attr(name);
    if (!a)
      return;
    std::string constant = addScalar(name.str(), dtype, a->f());
    removeAttr(name);
    setInput(node, index, constant);
  }

  bool fail(const std::string &message) {
    error = message;
    return false;
  }
};

using RuleFn = bool (*)(Rewrite &);

/// doc_string of nodes the upgrade wrote in the newest form.
constexpr const char *kUpgradedMarker = "x2p: upgraded to the newest opset";

bool axesToInput(Rewrite &rw) {
  rw.intsToInput("axes", 1);
  return true;
}

bool splitToInput(Rewrite &rw) {
  rw.intsToInput("split", 1);
  return true;
}

// Split-18 needs `num_outputs` when no `split` input says the sizes.
bool splitNumOutputs(Rewrite &rw) {
  bool hasSplit = rw.node.input_size() > 1 && !rw.node.input(1).empty();
  if (!hasSplit && !rw.attr("num_outputs"))
    rw.setAttr("num_outputs", int64_t(rw.node.output_size()));
  return true;
}

bool padToInputs(Rewrite &rw) {
  int dtype = rw.node.input_size() ? rw.dtypeOf(rw.node.input(0)) : 0;
  rw.intsToInput("pads", 1);
  rw.floatToInput("value", 2, dtype);
  return true;
}

bool sliceToInputs(Rewrite &rw) {
  rw.intsToInput("starts", 1);
  rw.intsToInput("ends", 2);
  rw.intsToInput("axes", 3);
  return true;
}

bool clipToInputs(Rewrite &rw) {
  int dtype = rw.node.input_size() ? rw.dtypeOf(rw.node.input(0)) : 0;
  rw.floatToInput("min", 1, dtype);
  rw.floatToInput("max", 2, dtype);
  return true;
}

bool topkToInput(Rewrite &rw) {
  const onnx::AttributeProto *k = rw.attr("k");
  if (!k)
    return rw.fail("TopK before opset 10 needs its 'k' attribute");
  std::string constant = rw.addInt64s("k", {k->i()});
  rw.removeAttr("k");
  Rewrite::setInput(rw.node, 1, constant);
  return true;
}

bool dropoutToInput(Rewrite &rw) {
  rw.floatToInput("ratio", 1, onnx::TensorProto::FLOAT);
  rw.removeAttr("is_test");
  return true;
}

// Resize-10 and Upsample scale with the asymmetric transform and floor
// rounding for nearest; Resize-11 added `roi` before `scales`.
void resizeLegacySemantics(Rewrite &rw) {
  const onnx::AttributeProto *mode = rw.attr("mode");
  std::string m = mode ? mode->s() : "nearest";
  if (m == "bilinear")
    m = "linear";
  rw.setAttr("mode", m);
  rw.setAttr("coordinate_transformation_mode", "asymmetric");
  if (m == "nearest")
    rw.setAttr("nearest_mode", "floor");
}

bool resize10(Rewrite &rw) {
  std::string scales = rw.node.input_size() > 1 ? rw.node.input(1) : "";
  Rewrite::setInput(rw.node, 1, "");
  Rewrite::setInput(rw.node, 2, scales);
  resizeLegacySemantics(rw);
  return true;
}

bool upsampleToResize(Rewrite &rw) {
  rw.node.set_op_type("Resize");
  if (const onnx::AttributeProto *scales = rw.attr("scales")) {
    std::string bytes(scales->floats_size() * 4, '\0');
    if (!bytes.empty())
      std::memcpy(bytes.data(), scales->floats().data(), bytes.size());
    std::string constant =
        rw.addConstant("scales", onnx::TensorProto::FLOAT,
                       {int64_t(scales->floats_size())}, std::move(bytes));
    rw.removeAttr("scales");
    Rewrite::setInput(rw.node, 1, constant);
  }
  return resize10(rw);
}

bool batchNormSpatial(Rewrite &rw) {
  if (const onnx::AttributeProto *spatial = rw.attr("spatial"))
    if (spatial->i() == 0)
      return rw.fail("BatchNormalization with spatial=0 (before opset 9) "
                     "is not supported");
  rw.removeAttr("spatial");
  rw.removeAttr("is_test");
  return true;
}

// BatchNormalization before 14 could list the training outputs
// (saved mean/variance); inference uses only Y.
bool batchNormOutputs(Rewrite &rw) {
  auto *outputs = rw.node.mutable_output();
  while (outputs->size() > 1 && outputs->Get(outputs->size() - 1).empty())
    outputs->RemoveLast();
  if (outputs->size() > 1)
    return rw.fail("BatchNormalization in training mode (more than one "
                   "output before opset 14) is not supported");
  return true;
}

bool scatterToScatterElements(Rewrite &rw) {
  rw.node.set_op_type("ScatterElements");
  return true;
}

// Softmax, LogSoftmax and Hardmax before 13 coerce the input to 2-D at
// `axis` (default 1) and normalise over the flattened tail. The exact
// rewrite is Flatten(axis) → op(axis=-1) → Reshape to the input's shape.
bool softmaxFlatten(Rewrite &rw) {
  const onnx::AttributeProto *axisAttr = rw.attr("axis");
  int64_t axis = axisAttr ? axisAttr->i() : 1;
  if (axis == -1)
    return true; // the last axis alone: both forms agree
  if (rw.node.input_size() != 1 || rw.node.output_size() != 1)
    return rw.fail(rw.node.op_type() + " takes one input and one output");
  std::string input = rw.node.input(0);
  std::string output = rw.node.output(0);
  std::string base = rw.label();

  onnx::NodeProto shape;
  shape.set_op_type("Shape");
  shape.set_name(base + "/shape");
  shape.add_input(input);
  shape.add_output(rw.freshName(base + "_shape"));

  onnx::NodeProto flatten;
  flatten.set_op_type("Flatten");
  flatten.set_name(base + "/flatten");
  flatten.add_input(input);
  flatten.add_output(rw.freshName(base + "_2d"));
  auto *a = flatten.add_attribute();
  a->set_name("axis");
  a->set_type(onnx::AttributeProto::INT);
  a->set_i(axis);

  onnx::NodeProto op = rw.node;
  op.set_input(0, flatten.output(0));
  op.set_output(0, rw.freshName(base + "_2d_out"));
  Rewrite opRw{op, rw.opset, rw.dtypeOf, rw.freshName, rw.out, rw.error};
  opRw.setAttr("axis", int64_t(-1));

  onnx::NodeProto reshape;
  reshape.set_op_type("Reshape");
  reshape.set_name(base);
  reshape.add_input(opRw.node.output(0));
  reshape.add_input(shape.output(0));
  reshape.add_output(output);

  rw.out.nodes.push_back(shape);
  rw.out.nodes.push_back(flatten);
  rw.out.nodes.push_back(opRw.node);
  rw.out.nodes.push_back(reshape);
  rw.replaced = true;
  return true;
}

// Scan-8 runs its body over a leading batch axis of every input. The
// newest form has no batch axis, so the node becomes a Loop over the batch
// whose body takes each input's batch slice and runs a Scan-9 on it; the
// Loop's scan outputs stack the per-batch results back along axis 0.
bool scan8ToLoop(Rewrite &rw) {
  const onnx::NodeProto &scan = rw.node;
  if (scan.input_size() > 0 && !scan.input(0).empty())
    return rw.fail("Scan before opset 9 with sequence_lens is not "
                   "supported");
  if (scan.input_size() < 2)
    return rw.fail("Scan needs at least one scan input");
  std::string base = rw.label();

  onnx::NodeProto shape;
  shape.set_op_type("Shape");
  shape.set_name(base + "/batch_shape");
  shape.add_input(scan.input(1));
  shape.add_output(rw.freshName(base + "_batch_shape"));
  std::string zero = rw.addConstant("zero", onnx::TensorProto::INT64, {},
                                    std::string(8, '\0'));
  onnx::NodeProto batch;
  batch.set_op_type("Gather");
  batch.set_name(base + "/batch");
  batch.add_input(shape.output(0));
  batch.add_input(zero);
  batch.add_output(rw.freshName(base + "_batch"));

  onnx::NodeProto loop;
  loop.set_op_type("Loop");
  loop.set_name(base);
  loop.add_input(batch.output(0));
  loop.add_input("");
  for (const std::string &out : scan.output())
    loop.add_output(out);
  auto *bodyAttr = loop.add_attribute();
  bodyAttr->set_name("body");
  bodyAttr->set_type(onnx::AttributeProto::GRAPH);
  onnx::GraphProto *body = bodyAttr->mutable_g();
  body->set_name(base + "_batch_loop");
  auto addScalarInput = [&](const std::string &name, int dtype) {
    auto *in = body->add_input();
    in->set_name(name);
    auto *tensorType = in->mutable_type()->mutable_tensor_type();
    tensorType->set_elem_type(dtype);
    tensorType->mutable_shape();
  };
  std::string iter = rw.freshName(base + "_b");
  std::string cond = rw.freshName(base + "_cond");
  addScalarInput(iter, onnx::TensorProto::INT64);
  addScalarInput(cond, onnx::TensorProto::BOOL);

  onnx::NodeProto inner = scan;
  inner.clear_input();
  inner.clear_output();
  inner.set_name(base + "/scan");
  for (int i = 1; i < scan.input_size(); ++i) {
    auto *slice = body->add_node();
    slice->set_op_type("Gather");
    slice->set_name(base + "/slice" + std::to_string(i));
    slice->add_input(scan.input(i));
    slice->add_input(iter);
    slice->add_output(rw.freshName(scan.input(i) + "_b"));
    inner.add_input(slice->output(0));
  }
  auto *condOut = body->add_node();
  condOut->set_op_type("Identity");
  condOut->set_name(base + "/cond");
  condOut->add_input(cond);
  condOut->add_output(rw.freshName(base + "_cond_out"));
  body->add_output()->set_name(condOut->output(0));
  for (const std::string &out : scan.output()) {
    inner.add_output(rw.freshName(out + "_b"));
    body->add_output()->set_name(inner.output(inner.output_size() - 1));
  }
  Rewrite innerRw{inner, rw.opset, rw.dtypeOf, rw.freshName, rw.out, rw.error};
  if (const onnx::AttributeProto *dirs = innerRw.attr("directions")) {
    onnx::AttributeProto renamed = *dirs;
    renamed.set_name("scan_input_directions");
    innerRw.removeAttr("directions");
    *innerRw.node.add_attribute() = renamed;
  }
  // The body is imported at the model's opset too; the marker keeps this
  // node, already in the newest form, from being upgraded again.
  innerRw.node.set_doc_string(kUpgradedMarker);
  *body->add_node() = innerRw.node;

  rw.out.nodes.push_back(shape);
  rw.out.nodes.push_back(batch);
  rw.out.nodes.push_back(loop);
  rw.replaced = true;
  return true;
}

struct Rule {
  const char *opType;
  int64_t before; // the rule applies to nodes of opsets below this
  RuleFn apply;
};

// clang-format off
const Rule kRules[] = {
    // Attributes that became inputs.
    {"ReduceL1", 18, axesToInput},
    {"ReduceL2", 18, axesToInput},
    {"ReduceLogSum", 18, axesToInput},
    {"ReduceLogSumExp", 18, axesToInput},
    {"ReduceMax", 18, axesToInput},
    {"ReduceMean", 18, axesToInput},
    {"ReduceMin", 18, axesToInput},
    {"ReduceProd", 18, axesToInput},
    {"ReduceSumSquare", 18, axesToInput},
    {"ReduceSum", 13, axesToInput},
    {"Squeeze", 13, axesToInput},
    {"Unsqueeze", 13, axesToInput},
    {"Split", 13, splitToInput},
    {"Split", 18, splitNumOutputs},
    {"Pad", 11, padToInputs},
    {"Slice", 10, sliceToInputs},
    {"Clip", 11, clipToInputs},
    {"TopK", 10, topkToInput},
    {"Dropout", 12, dropoutToInput},
    {"Resize", 11, resize10},
    // Replaced operators (deprecated in the newest opset).
    {"Upsample", kMaxOpset + 1, upsampleToResize},
    {"Scatter", kMaxOpset + 1, scatterToScatterElements},
    // Removed attributes and outputs.
    {"BatchNormalization", 9, batchNormSpatial},
    {"BatchNormalization", 14, batchNormOutputs},
    // Changed semantics.
    {"Softmax", 13, softmaxFlatten},
    {"LogSoftmax", 13, softmaxFlatten},
    {"Hardmax", 13, softmaxFlatten},
    {"Scan", 9, scan8ToLoop},
};
// clang-format on

} // namespace

bool x2p::onnx_import::upgradeNode(
    const onnx::NodeProto &node, int64_t opset,
    llvm::function_ref<int(const std::string &)> dtypeOf,
    llvm::function_ref<std::string(const std::string &)> freshName,
    UpgradedNodes &out, std::string &error) {
  Rewrite rw{node, opset, dtypeOf, freshName, out, error};
  if (node.doc_string() == kUpgradedMarker) {
    out.nodes.push_back(node);
    return true;
  }
  for (const Rule &rule : kRules) {
    if (rw.replaced)
      break;
    if (rw.node.op_type() == rule.opType && opset < rule.before &&
        !rule.apply(rw))
      return false;
  }
  if (!rw.replaced)
    out.nodes.push_back(std::move(rw.node));
  return true;
}
