//===- GraphImport.cpp - GraphProtos to func.func and regions -------------===//
//
// Builds every node as `onnx.<OpType>` (`onnx.ms.<OpType>` for the
// com.microsoft contrib ops) through an OperationState: operands
// in node order padded with `onnx.NoValue` to the operator's input count,
// attributes by their own type, results typed from the model's value_info
// (or from the operator's type rules when the model gives none), regions for
// graph attributes. Checking RegisteredOperationName first turns an operator
// the dialect lacks into an error naming the node instead of an unregistered
// op. Nodes are imported in topological order, which also finds cycles.
//
//===----------------------------------------------------------------------===//
#include "GraphImport.h"
#include "AttributeImport.h"
#include "OpSchemas.h"
#include "OpsetUpgrade.h"
#include "TensorImport.h"

#include "onnx/onnx_pb.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/ADT/StringSet.h"

#include <queue>

using namespace mlir;
using namespace x2p::onnx_import;

namespace {

/// Values visible in a graph: its own, then its enclosing graphs'.
struct Scope {
  Scope *parent = nullptr;
  Block *block = nullptr;
  llvm::StringMap<Value> values;
  /// Types the graph states for its values (value_info, outputs).
  llvm::StringMap<const onnx::TypeProto *> valueInfo;
  Value noValue;

  Value lookup(StringRef name) const {
    for (const Scope *s = this; s; s = s->parent) {
      auto it = s->values.find(name);
      if (it != s->values.end())
        return it->second;
    }
    return {};
  }
};

std::string describe(const onnx::NodeProto &node) {
  std::string name = node.name();
  if (name.empty() && node.output_size())
    name = node.output(0);
  return "node '" + name + "' (" + node.op_type() + ")";
}

/// Collects every name `graph` and its subgraphs use as a node input.
void collectUses(const onnx::GraphProto &graph, llvm::StringSet<> &uses);

void collectNodeUses(const onnx::NodeProto &node, llvm::StringSet<> &uses) {
  for (const std::string &in : node.input())
    uses.insert(in);
  for (const auto &attr : node.attribute()) {
    if (attr.has_g())
      collectUses(attr.g(), uses);
    for (const auto &g : attr.graphs())
      collectUses(g, uses);
  }
}

void collectUses(const onnx::GraphProto &graph, llvm::StringSet<> &uses) {
  for (const auto &node : graph.node())
    collectNodeUses(node, uses);
  for (const auto &out : graph.output())
    uses.insert(out.name());
}

/// Every value name of `graph` and its subgraphs, for fresh names.
void collectNames(const onnx::GraphProto &graph, llvm::StringSet<> &names) {
  for (const auto &v : graph.input())
    names.insert(v.name());
  for (const auto &t : graph.initializer())
    names.insert(t.name());
  for (const auto &node : graph.node()) {
    for (const std::string &n : node.input())
      names.insert(n);
    for (const std::string &n : node.output())
      names.insert(n);
    for (const auto &attr : node.attribute()) {
      if (attr.has_g())
        collectNames(attr.g(), names);
      for (const auto &g : attr.graphs())
        collectNames(g, names);
    }
  }
}

class GraphImporter {
public:
  GraphImporter(ImportContext &ic, const onnx::GraphProto &main)
      : ic(ic), b(ic.ctx) {
    collectNames(main, names);
  }

  LogicalResult importMain(const onnx::GraphProto &graph, ModuleOp module);

private:
  LogicalResult importBody(const onnx::GraphProto &graph, Scope &scope,
                           Location graphLoc);
  LogicalResult importNode(const onnx::NodeProto &node, Scope &scope);
  LogicalResult importMicrosoftNode(const onnx::NodeProto &node, Scope &scope);
  LogicalResult buildOp(const onnx::NodeProto &node, Scope &scope);
  LogicalResult importRegion(const onnx::GraphProto &graph, Region &region,
                             Scope &parent, ArrayRef<Type> argFallback,
                             Location loc, StringRef what);
  FailureOr<Value> importConstant(const onnx::TensorProto &tensor, Location loc,
                                  StringRef what);
  FailureOr<Attribute> constantValue(const onnx::NodeProto &node, Location loc,
                                     StringRef what);
  Type resultType(const onnx::NodeProto &node, const OpSchema *schema,
                  unsigned index, ArrayRef<Value> operands,
                  ArrayRef<NamedAttribute> attrs,
                  ArrayRef<std::unique_ptr<Region>> regions, Scope &scope);
  Value noValue(Scope &scope, Location loc);
  Location nodeLoc(const onnx::NodeProto &node);
  std::string freshName(const std::string &hint);
  int dtypeOf(Value value);

  ImportContext &ic;
  OpBuilder b;
  llvm::StringSet<> names;
};

} // namespace

Location GraphImporter::nodeLoc(const onnx::NodeProto &node) {
  std::string name = node.name();
  if (name.empty())
    name = node.output_size() && !node.output(0).empty() ? node.output(0)
                                                         : node.op_type();
  // The node name alone: diagnostics print the innermost file location when
  // there is one, which for a binary model would hide the node's name.
  return NameLoc::get(b.getStringAttr(name));
}

std::string GraphImporter::freshName(const std::string &hint) {
  std::string name = hint;
  for (unsigned i = 1; names.contains(name); ++i)
    name = hint + "_" + std::to_string(i);
  names.insert(name);
  return name;
}

int GraphImporter::dtypeOf(Value value) {
  auto shaped = dyn_cast_or_null<ShapedType>(value ? value.getType() : Type());
  if (!shaped)
    return 0;
  for (int dtype = 1; dtype <= 26; ++dtype)
    if (getElementType(dtype, ic.ctx) == shaped.getElementType())
      return dtype;
  return 0;
}

Value GraphImporter::noValue(Scope &scope, Location loc) {
  if (scope.noValue)
    return scope.noValue;
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(scope.block);
  OperationState state(loc, "onnx.NoValue");
  state.addTypes(b.getNoneType());
  scope.noValue = b.create(state)->getResult(0);
  return scope.noValue;
}

FailureOr<Value> GraphImporter::importConstant(const onnx::TensorProto &tensor,
                                               Location loc, StringRef what) {
  FailureOr<ElementsAttr> value = importTensor(tensor, ic, loc, what);
  if (failed(value))
    return failure();
  OperationState state(loc, "onnx.Constant");
  state.addAttribute("value", *value);
  state.addTypes(value->getType());
  return b.create(state)->getResult(0);
}

LogicalResult GraphImporter::importMain(const onnx::GraphProto &graph,
                                        ModuleOp module) {
  Location loc = ic.fileLoc();
  llvm::StringSet<> initializers;
  for (const auto &t : graph.initializer())
    initializers.insert(t.name());

  // Arguments: graph inputs that are not initializers, in graph order.
  SmallVector<Type> argTypes;
  SmallVector<const onnx::ValueInfoProto *> args;
  llvm::StringSet<> inputNames;
  for (const auto &input : graph.input()) {
    if (!inputNames.insert(input.name()).second)
      return emitError(loc) << "duplicate graph input '" << input.name() << "'",
             failure();
    if (initializers.contains(input.name()))
      continue;
    std::string what = "graph input '" + input.name() + "'";
    if (input.name().empty())
      return emitError(loc) << "a graph input has no name", failure();
    FailureOr<Type> type = importType(input.type(), ic, loc, what);
    if (failed(type))
      return failure();
    argTypes.push_back(*type);
    args.push_back(&input);
  }

  b.setInsertionPointToEnd(module.getBody());
  auto func = func::FuncOp::create(b, loc, "main_graph",
                                   b.getFunctionType(argTypes, {}));
  Block *entry = func.addEntryBlock();
  Scope scope;
  scope.block = entry;
  for (auto [i, arg] : llvm::enumerate(args))
    scope.values[arg->name()] = entry->getArgument(i);

  b.setInsertionPointToEnd(entry);
  if (failed(importBody(graph, scope, loc)))
    return failure();

  SmallVector<Value> results;
  for (const auto &output : graph.output()) {
    Value value = scope.lookup(output.name());
    if (!value)
      return emitError(loc) << "graph output '" << output.name()
                            << "' is not produced by any node, graph input "
                               "or initializer",
             failure();
    results.push_back(value);
  }
  func::ReturnOp::create(b, loc, results);
  func.setFunctionType(
      b.getFunctionType(argTypes, ValueRange(results).getTypes()));

  auto setNames = [&](const onnx::ValueInfoProto &v, auto setAttr) {
    setAttr("onnx.name", b.getStringAttr(v.name()));
    SmallVector<std::string> params = getDimParams(v.type());
    if (!params.empty()) {
      SmallVector<StringRef> refs(params.begin(), params.end());
      setAttr("onnx.dim_params", b.getStrArrayAttr(refs));
    }
  };
  for (auto [i, arg] : llvm::enumerate(args))
    setNames(*arg, [&, i = i](StringRef name, Attribute value) {
      func.setArgAttr(i, name, value);
    });
  for (auto [i, output] : llvm::enumerate(graph.output()))
    setNames(output, [&, i = i](StringRef name, Attribute value) {
      func.setResultAttr(i, name, value);
    });
  return success();
}

LogicalResult GraphImporter::importBody(const onnx::GraphProto &graph,
                                        Scope &scope, Location graphLoc) {
  for (const auto &v : graph.value_info())
    scope.valueInfo[v.name()] = &v.type();
  for (const auto &v : graph.output())
    if (v.has_type())
      scope.valueInfo[v.name()] = &v.type();

  // Initializers become constants (also those that are graph inputs).
  llvm::StringSet<> initializerNames;
  for (const auto &t : graph.initializer()) {
    std::string what = "initializer '" + t.name() + "'";
    if (t.name().empty())
      return emitError(graphLoc) << "an initializer has no name", failure();
    if (!initializerNames.insert(t.name()).second)
      return emitError(graphLoc)
                 << "duplicate initializer '" << t.name() << "'",
             failure();
    Location loc = NameLoc::get(b.getStringAttr(t.name()));
    FailureOr<Value> value = importConstant(t, loc, what);
    if (failed(value))
      return failure();
    scope.values[t.name()] = *value;
  }
  if (graph.sparse_initializer_size())
    return emitError(graphLoc) << "sparse initializers are not supported",
           failure();

  // Producers of this graph's values; duplicates are errors.
  llvm::StringMap<int> producer;
  for (auto [i, node] : llvm::enumerate(graph.node())) {
    for (const std::string &out : node.output()) {
      if (out.empty())
        continue;
      if (scope.values.count(out) || !producer.try_emplace(out, i).second)
        return emitError(nodeLoc(node))
                   << describe(node) << ": value '" << out
                   << "' is already defined (duplicate value name)",
               failure();
    }
  }

  // Kahn's algorithm, taking the earliest ready node first so that a
  // sorted graph keeps its order.
  int n = graph.node_size();
  std::vector<std::vector<int>> users(n);
  std::vector<int> pending(n, 0);
  for (int i = 0; i < n; ++i) {
    llvm::StringSet<> uses;
    collectNodeUses(graph.node(i), uses);
    llvm::SmallDenseSet<int> deps;
    for (const auto &use : uses) {
      auto it = producer.find(use.getKey());
      if (it != producer.end())
        deps.insert(it->second);
    }
    for (int dep : deps) {
      if (dep == i)
        return emitError(nodeLoc(graph.node(i)))
                   << describe(graph.node(i))
                   << " uses its own output (cyclic graph)",
               failure();
      users[dep].push_back(i);
    }
    pending[i] = deps.size();
  }
  std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
  for (int i = 0; i < n; ++i)
    if (pending[i] == 0)
      ready.push(i);
  int imported = 0;
  while (!ready.empty()) {
    int i = ready.top();
    ready.pop();
    if (failed(importNode(graph.node(i), scope)))
      return failure();
    ++imported;
    for (int user : users[i])
      if (--pending[user] == 0)
        ready.push(user);
  }
  if (imported != n) {
    for (int i = 0; i < n; ++i)
      if (pending[i] > 0)
        return emitError(nodeLoc(graph.node(i)))
                   << describe(graph.node(i))
                   << " is on a cycle: it depends on its own outputs "
                      "(cyclic graph)",
               failure();
  }
  return success();
}

LogicalResult GraphImporter::importNode(const onnx::NodeProto &node,
                                        Scope &scope) {
  Location loc = nodeLoc(node);
  if (!node.domain().empty() && node.domain() != "ai.onnx") {
    if (node.domain() == kMicrosoftDomain)
      return importMicrosoftNode(node, scope);
    return emitError(loc) << describe(node) << ": unknown domain '"
                          << node.domain()
                          << "' (x2p reads ONNX's default domain and "
                             "com.microsoft)",
           failure();
  }
  if (node.op_type().empty())
    return emitError(loc) << describe(node) << ": node has no op_type",
           failure();

  if (ic.opset < kMinOpset) {
    const OpSchema *schema = lookupOpSchema(node.op_type());
    if (!schema || !schema->unchangedBetween(ic.opset, kMinOpset))
      return emitError(loc) << describe(node) << ": opset " << ic.opset
                            << " is older than " << kMinOpset
                            << " and the operator changed since; x2p reads "
                               "opsets "
                            << kMinOpset << " to " << kMaxOpset,
             failure();
  }

  UpgradedNodes upgraded;
  std::string error;
  auto dtype = [&](const std::string &name) {
    return dtypeOf(scope.lookup(name));
  };
  auto fresh = [&](const std::string &hint) { return freshName(hint); };
  if (!upgradeNode(node, ic.opset, dtype, fresh, upgraded, error))
    return emitError(loc) << describe(node) << " (opset " << ic.opset
                          << "): " << error,
           failure();
  for (const auto &t : upgraded.constants) {
    FailureOr<Value> value =
        importConstant(t, loc, "constant '" + t.name() + "'");
    if (failed(value))
      return failure();
    scope.values[t.name()] = *value;
  }
  for (const auto &n : upgraded.nodes)
    if (failed(buildOp(n, scope)))
      return failure();
  return success();
}

/// A com.microsoft node: one of the contrib ops the dialect has, at the one
/// opset of that domain there is; no upgrade.
LogicalResult GraphImporter::importMicrosoftNode(const onnx::NodeProto &node,
                                                 Scope &scope) {
  Location loc = nodeLoc(node);
  if (ic.microsoftOpset == 0)
    return emitError(loc) << describe(node) << ": the model imports no "
                          << kMicrosoftDomain << " opset",
           failure();
  if (ic.microsoftOpset != kMicrosoftOpset)
    return emitError(loc) << describe(node) << ": the model imports "
                          << kMicrosoftDomain << " opset " << ic.microsoftOpset
                          << "; x2p reads opset " << kMicrosoftOpset,
           failure();
  if (!lookupMicrosoftOpSchema(node.op_type()))
    return emitError(loc) << describe(node) << ": '" << node.op_type()
                          << "' is not a " << kMicrosoftDomain
                          << " operator x2p reads (it reads "
                          << microsoftOpNames() << ")",
           failure();
  return buildOp(node, scope);
}

FailureOr<Attribute> GraphImporter::constantValue(const onnx::NodeProto &node,
                                                  Location loc,
                                                  StringRef what) {
  if (node.attribute_size() != 1)
    return emitError(loc) << what
                          << ": Constant needs exactly one value "
                             "attribute, it has "
                          << node.attribute_size(),
           failure();
  const onnx::AttributeProto &a = node.attribute(0);
  std::string attrWhat = (what + " attribute '" + a.name() + "'").str();
  auto i64 = b.getIntegerType(64);
  auto f32 = b.getF32Type();
  StringRef name = a.name();
  if (name == "value") {
    onnx::TensorProto t = a.t();
    if (t.name().empty() && node.output_size())
      t.set_name(node.output(0));
    FailureOr<ElementsAttr> v = importTensor(t, ic, loc, attrWhat);
    if (failed(v))
      return failure();
    return Attribute(*v);
  }
  if (name == "sparse_value") {
    FailureOr<ElementsAttr> v =
        importSparseTensor(a.sparse_tensor(), ic, loc, attrWhat);
    if (failed(v))
      return failure();
    return Attribute(*v);
  }
  if (name == "value_float")
    return Attribute(
        DenseElementsAttr::get(RankedTensorType::get({}, f32), a.f()));
  if (name == "value_int")
    return Attribute(
        DenseElementsAttr::get(RankedTensorType::get({}, i64), a.i()));
  if (name == "value_floats") {
    SmallVector<float> v(a.floats().begin(), a.floats().end());
    return Attribute(DenseElementsAttr::get(
        RankedTensorType::get({int64_t(v.size())}, f32), ArrayRef(v)));
  }
  if (name == "value_ints") {
    SmallVector<int64_t> v(a.ints().begin(), a.ints().end());
    return Attribute(DenseElementsAttr::get(
        RankedTensorType::get({int64_t(v.size())}, i64), ArrayRef(v)));
  }
  if (name == "value_string" || name == "value_strings") {
    Type str = getElementType(onnx::TensorProto::STRING, ic.ctx);
    if (!str)
      return emitError(loc) << attrWhat
                            << " is a string, which needs !onnx.String (not "
                               "in the onnx dialect yet)",
             failure();
    SmallVector<StringRef> v;
    if (name == "value_string")
      v.push_back(a.s());
    else
      v.append(a.strings().begin(), a.strings().end());
    SmallVector<int64_t> shape;
    if (name == "value_strings")
      shape.push_back(v.size());
    return Attribute(
        DenseStringElementsAttr::get(RankedTensorType::get(shape, str), v));
  }
  return emitError(loc) << what << ": unknown Constant attribute '" << name
                        << "'",
         failure();
}

/// The element type of `type` as an unranked tensor, or `type` itself when
/// it is not a tensor.
static Type unrankedLike(Type type) {
  if (auto shaped = dyn_cast_or_null<TensorType>(type))
    return UnrankedTensorType::get(shaped.getElementType());
  return type;
}

Type GraphImporter::resultType(const onnx::NodeProto &node,
                               const OpSchema *schema, unsigned index,
                               ArrayRef<Value> operands,
                               ArrayRef<NamedAttribute> attrs,
                               ArrayRef<std::unique_ptr<Region>> regions,
                               Scope &scope) {
  // The model's own statement of the type wins.
  if (index < unsigned(node.output_size())) {
    auto it = scope.valueInfo.find(node.output(index));
    if (it != scope.valueInfo.end()) {
      ScopedDiagnosticHandler silence(ic.ctx,
                                      [](Diagnostic &) { return success(); });
      FailureOr<Type> type = importType(*it->second, ic, nodeLoc(node), "");
      if (succeeded(type))
        return *type;
    }
  }
  auto attr = [&](StringRef name) -> Attribute {
    for (const NamedAttribute &a : attrs)
      if (a.getName() == name)
        return a.getValue();
    return {};
  };
  auto operandType = [&](unsigned i) -> Type {
    if (i >= operands.size() || isa<NoneType>(operands[i].getType()))
      return {};
    return operands[i].getType();
  };
  auto dtypeAttr = [&](StringRef name, int64_t fallback) -> Type {
    int64_t dtype = fallback;
    if (auto a = dyn_cast_or_null<IntegerAttr>(attr(name)))
      dtype = a.getInt();
    Type element = getElementType(dtype, ic.ctx);
    return element ? Type(UnrankedTensorType::get(element)) : Type();
  };
  auto yieldType = [&](unsigned regionIndex, unsigned i) -> Type {
    if (regionIndex >= regions.size() || regions[regionIndex]->empty())
      return {};
    Operation *term = regions[regionIndex]->front().getTerminator();
    if (!term || i >= term->getNumOperands())
      return {};
    return term->getOperand(i).getType();
  };

  StringRef op = node.op_type();
  if (op == "Cast" || op == "BitCast")
    return dtypeAttr("to", 0);
  if (op == "CastLike")
    return unrankedLike(operandType(1));
  if (op == "ConstantOfShape") {
    if (auto v = dyn_cast_or_null<ElementsAttr>(attr("value")))
      return UnrankedTensorType::get(v.getElementType());
    return UnrankedTensorType::get(b.getF32Type());
  }
  if (op == "EyeLike" || op == "RandomNormalLike" ||
      op == "RandomUniformLike" || op == "Bernoulli") {
    if (attr("dtype"))
      return dtypeAttr("dtype", 0);
    return unrankedLike(operandType(0));
  }
  if (op == "RandomNormal" || op == "RandomUniform")
    return dtypeAttr("dtype", onnx::TensorProto::FLOAT);
  if (op == "Multinomial")
    return dtypeAttr("dtype", onnx::TensorProto::INT32);
  if (op.ends_with("Window") || op == "MelWeightMatrix")
    return dtypeAttr("output_datatype", onnx::TensorProto::FLOAT);
  if (op == "DequantizeLinear") {
    if (auto a = dyn_cast_or_null<IntegerAttr>(attr("output_dtype")))
      if (a.getInt() != 0)
        return dtypeAttr("output_dtype", 0);
    return unrankedLike(operandType(1));
  }
  if (op == "SequenceEmpty") {
    Type t = dtypeAttr("dtype", onnx::TensorProto::FLOAT);
    return t ? getSeqType(t) : Type();
  }
  if (op == "Optional") {
    if (auto t = dyn_cast_or_null<TypeAttr>(attr("type")))
      return getOptType(t.getValue());
    Type in = operandType(0);
    return in ? getOptType(in) : Type();
  }
  if (op == "If")
    return yieldType(0, index); // then_branch

  if (op == "Loop" || op == "Scan") {
    unsigned skip = op == "Loop" ? 1 : 0;
    Type t = yieldType(0, index + skip);
    unsigned carried = op == "Loop" ? operands.size() - 2 : 0;
    if (op == "Scan")
      if (auto n = dyn_cast_or_null<IntegerAttr>(attr("num_scan_inputs")))
        carried = operands.size() - n.getInt();
    return index < carried ? t : unrankedLike(t);
  }

  if (!schema)
    return {};
  SmallVector<StringRef> rules;
  schema->resultRules.split(rules, ',');
  if (rules.empty())
    return {};
  StringRef rule = rules[std::min<size_t>(index, rules.size() - 1)];
  unsigned k = 0;
  if (rule.size() < 2 || rule.drop_front().getAsInteger(10, k))
    return {};
  switch (rule[0]) {
  case 't': {
    Type element = getElementType(k, ic.ctx);
    return element ? Type(UnrankedTensorType::get(element)) : Type();
  }
  case 'i':
    return unrankedLike(operandType(k));
  case 'S': {
    Type in = unrankedLike(operandType(k));
    return in ? getSeqType(in) : Type();
  }
  case 'E': {
    // The element type of a sequence type, read back from its spelling.
    Type seq = operandType(k);
    if (!seq)
      return {};
    std::string s;
    llvm::raw_string_ostream os(s);
    seq.print(os);
    StringRef text(s);
    if (!text.consume_front("!onnx.Seq<") || !text.consume_back(">"))
      return {};
    return getONNXDialectType(text, ic.ctx);
  }
  default:
    return {};
  }
}

LogicalResult GraphImporter::importRegion(const onnx::GraphProto &graph,
                                          Region &region, Scope &parent,
                                          ArrayRef<Type> argFallback,
                                          Location loc, StringRef what) {
  Block *block = new Block();
  region.push_back(block);
  Scope scope;
  scope.parent = &parent;
  scope.block = block;
  for (auto [i, input] : llvm::enumerate(graph.input())) {
    Type type;
    if (input.has_type() && input.type().value_case() != 0) {
      FailureOr<Type> t =
          importType(input.type(), ic, loc,
                     (what + " input '" + input.name() + "'").str());
      if (failed(t))
        return failure();
      type = *t;
    } else if (i < argFallback.size() && argFallback[i]) {
      type = argFallback[i];
    } else {
      return emitError(loc)
                 << what << " input '" << input.name() << "' has no type",
             failure();
    }
    scope.values[input.name()] = block->addArgument(type, loc);
  }
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToEnd(block);
  if (failed(importBody(graph, scope, loc)))
    return failure();
  SmallVector<Value> results;
  for (const auto &output : graph.output()) {
    Value value = scope.lookup(output.name());
    if (!value)
      return emitError(loc) << what << " output '" << output.name()
                            << "' is not produced by any node, input or "
                               "initializer",
             failure();
    results.push_back(value);
  }
  if (!RegisteredOperationName::lookup("onnx.Yield", ic.ctx))
    return emitError(loc) << what
                          << ": graph attributes need onnx.Yield, which the "
                             "onnx dialect does not have yet",
           failure();
  OperationState state(loc, "onnx.Yield");
  state.addOperands(results);
  b.create(state);
  return success();
}

LogicalResult GraphImporter::buildOp(const onnx::NodeProto &node,
                                     Scope &scope) {
  Location loc = nodeLoc(node);
  std::string what = describe(node);
  // Contrib ops are `onnx.ms.<OpType>` (dialects/ONNX/ONNXMicrosoftOps.td).
  bool microsoft = node.domain() == kMicrosoftDomain;
  std::string opName = (microsoft ? "onnx.ms." : "onnx.") + node.op_type();
  const OpSchema *schema = microsoft ? lookupMicrosoftOpSchema(node.op_type())
                                     : lookupOpSchema(node.op_type());
  if (!RegisteredOperationName::lookup(opName, ic.ctx)) {
    if (!schema)
      return emitError(loc) << what << ": '" << node.op_type()
                            << "' is not an operator of ONNX's default domain",
             failure();
    return emitError(loc) << what << ": operator '" << opName
                          << "' is not in the onnx dialect yet",
           failure();
  }

  OperationState state(loc, opName);
  if (node.op_type() == "Constant") {
    FailureOr<Attribute> value = constantValue(node, loc, what);
    if (failed(value))
      return failure();
    if (node.output_size() != 1 || node.output(0).empty())
      return emitError(loc) << what << ": Constant needs one output", failure();
    state.addAttribute("value", *value);
    state.addTypes(cast<TypedAttr>(*value).getType());
    scope.values[node.output(0)] = b.create(state)->getResult(0);
    return success();
  }

  // Operands, padded with `none` to the operator's inputs.
  SmallVector<Value> operands;
  for (const std::string &input : node.input()) {
    if (input.empty()) {
      operands.push_back(noValue(scope, loc));
      continue;
    }
    Value value = scope.lookup(input);
    if (!value)
      return emitError(loc) << what << ": input '" << input
                            << "' is not defined (not a graph input, "
                               "initializer or output of another node)",
             failure();
    operands.push_back(value);
  }
  if (schema) {
    int fixed = schema->numInputs - (schema->variadicInput ? 1 : 0);
    if (!schema->variadicInput && int(operands.size()) > schema->numInputs)
      return emitError(loc)
                 << what << " has " << operands.size()
                 << " inputs; the operator takes at most " << schema->numInputs,
             failure();
    while (int(operands.size()) < fixed)
      operands.push_back(noValue(scope, loc));
  }
  state.addOperands(operands);

  // Attributes by their own type; graph attributes become regions.
  SmallVector<NamedAttribute> attrs;
  SmallVector<std::pair<std::string, const onnx::GraphProto *>> graphs;
  llvm::StringSet<> seen;
  for (const auto &a : node.attribute()) {
    std::string attrWhat = what + " attribute '" + a.name() + "'";
    if (a.name().empty())
      return emitError(loc) << what << " has an attribute without a name",
             failure();
    if (!seen.insert(a.name()).second)
      return emitError(loc) << attrWhat << " appears twice", failure();
    int type = getAttributeType(a);
    if (type == onnx::AttributeProto::GRAPH) {
      graphs.emplace_back(a.name(), &a.g());
      continue;
    }
    FailureOr<Attribute> value = importAttribute(a, ic, loc, attrWhat);
    if (failed(value))
      return failure();
    attrs.emplace_back(b.getStringAttr(a.name()), *value);
  }
  state.addAttributes(attrs);

  // The dialect's region order: attribute-name order, except If's
  // then_branch first (as dialects/ONNX/gen_onnx_ops.py writes it).
  llvm::sort(graphs, [&](const auto &x, const auto &y) {
    if (node.op_type() == "If")
      return x.first == "then_branch" && y.first != "then_branch";
    return x.first < y.first;
  });
  for (auto &[name, graph] : graphs) {
    SmallVector<Type> fallback;
    if (node.op_type() == "Scan") {
      // State variables keep their type; scan inputs lose the scan axis.
      int64_t numScan = 0;
      for (const NamedAttribute &a : attrs)
        if (a.getName() == "num_scan_inputs")
          if (auto n = dyn_cast<IntegerAttr>(a.getValue()))
            numScan = n.getInt();
      int64_t numState = int64_t(operands.size()) - numScan;
      for (int64_t i = 0; i < int64_t(operands.size()); ++i)
        fallback.push_back(i < numState ? operands[i].getType()
                                        : unrankedLike(operands[i].getType()));
    }
    if (node.op_type() == "Loop") {
      fallback.push_back(RankedTensorType::get({}, b.getIntegerType(64)));
      fallback.push_back(RankedTensorType::get({}, b.getI1Type()));
      for (size_t i = 2; i < operands.size(); ++i)
        fallback.push_back(operands[i].getType());
    }
    Region *region = state.addRegion();
    if (failed(importRegion(*graph, *region, scope, fallback, loc,
                            what + " attribute '" + name + "'")))
      return failure();
  }

  // Results: the node's outputs, `none` for absent optional ones.
  unsigned numResults = node.output_size();
  if (schema) {
    if (!schema->variadicOutput && int(numResults) > schema->numOutputs)
      return emitError(loc)
                 << what << " has " << numResults
                 << " outputs; the operator has at most " << schema->numOutputs,
             failure();
    int fixed = schema->numOutputs - (schema->variadicOutput ? 1 : 0);
    numResults = std::max<int>(numResults, fixed);
  }
  for (unsigned i = 0; i < numResults; ++i) {
    if (i >= unsigned(node.output_size()) || node.output(i).empty()) {
      state.addTypes(b.getNoneType());
      continue;
    }
    Type type =
        resultType(node, schema, i, operands, attrs, state.regions, scope);
    if (!type)
      return emitError(loc)
                 << what << ": cannot tell the type of output '"
                 << node.output(i) << "'; the model gives no value_info for it",
             failure();
    state.addTypes(type);
  }

  Operation *op = b.create(state);
  // Ops that infer their result types verify that the results are exactly
  // those; where the model's value_info states a different (e.g. more
  // precise) type, the inferred one is what the op can carry.
  if (auto infer = dyn_cast<InferTypeOpInterface>(op)) {
    SmallVector<Type> inferred;
    ScopedDiagnosticHandler silence(ic.ctx,
                                    [](Diagnostic &) { return success(); });
    if (succeeded(infer.inferReturnTypes(
            ic.ctx, loc, op->getOperands(), op->getRawDictionaryAttrs(),
            op->getPropertiesStorage(), op->getRegions(), inferred)) &&
        inferred.size() == op->getNumResults())
      for (auto [result, type] : llvm::zip(op->getResults(), inferred))
        result.setType(type);
  }
  for (auto [i, name] : llvm::enumerate(node.output()))
    if (!name.empty())
      scope.values[name] = op->getResult(i);
  return success();
}

LogicalResult x2p::onnx_import::importMainGraph(const onnx::GraphProto &graph,
                                                ModuleOp module,
                                                ImportContext &ic) {
  GraphImporter importer(ic, graph);
  return importer.importMain(graph, module);
}
