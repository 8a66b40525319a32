//===- ExportProgram.cpp - paddle dialect → ProgramDesc -------------------===//
//
// One generic walk over the entry function: arguments become feed targets,
// paddle.parameter ops persistable vars, every other paddle op one OpDesc
// whose slots and attributes come from the generated slot table, and the
// returned values fetch targets. Names come from the source model (argument
// and result `paddle.name` attributes, parameter names, op locations), made
// unique deterministically, so the same input gives byte-identical files.
//
//===----------------------------------------------------------------------===//
#include "x2p/Export/Paddle/ExportPaddle.h"

#include "x2p/Export/Paddle/MappedFileCopy.h"
#include "x2p/Export/Paddle/ParamsWriter.h"
#include "x2p/ProgramDesc/Framework.h"
#include "x2p/ProgramDesc/OpTable.h"
#include "x2p/ProgramDesc/ParamsPath.h"
#include "x2p/Support/VarNames.h"

#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"

#include <map>
#include <set>

using namespace mlir;
using namespace x2p;
using namespace x2p::paddle_export;
namespace pd = x2p::programdesc;
namespace proto = x2p::programdesc::proto;

namespace {

/// The name a location gives an op: the innermost NameLoc (the source node
/// name), or "" when it has none.
std::string locationName(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations()) {
      std::string name = locationName(inner);
      if (!name.empty())
        return name;
    }
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return locationName(callSite.getCallee());
  return "";
}

class ProgramBuilder {
public:
  explicit ProgramBuilder(func::FuncOp func) : func(func) {
    block = program.add_blocks();
    block->set_idx(0);
    block->set_parent_idx(-1);
  }

  LogicalResult build();
  const proto::ProgramDesc &getProgram() const { return program; }
  /// Persistable tensors by var name; std::map keeps Paddle's byte-wise
  /// sorted order of save_combine.
  const std::map<std::string, std::pair<ElementsAttr, Location>> &
  getParams() const {
    return params;
  }

private:
  LogicalResult addTensorVar(Location loc, const std::string &name, Type type,
                             bool persistable, bool feed);
  void addHolderVar(const char *name, proto::VarType::Type type);
  proto::OpDesc *addOp(StringRef type);
  LogicalResult exportParameter(Paddle::ParameterOp op);
  LogicalResult exportOp(Operation *op, const pd::OpInfo &info);
  LogicalResult exportAttribute(Operation *op, const pd::AttrInfo &info,
                                proto::OpDesc *desc);
  LogicalResult exportReturn(func::ReturnOp ret);

  func::FuncOp func;
  proto::ProgramDesc program;
  proto::BlockDesc *block;
  VarNamer namer;
  /// The var name of every value; a returned value is named up front after
  /// its `paddle.name` result attribute, so `declared` says which names
  /// already have a VarDesc.
  DenseMap<Value, std::string> names;
  DenseSet<Value> declared;
  std::map<std::string, std::pair<ElementsAttr, Location>> params;
  std::set<std::string> opTypes;
};

} // namespace

LogicalResult ProgramBuilder::addTensorVar(Location loc,
                                           const std::string &name, Type type,
                                           bool persistable, bool feed) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return emitError(loc) << "cannot export '" << name << "' of type " << type
                          << ": Paddle needs a ranked tensor";
  std::optional<int> varType = Paddle::toVarType(ranked.getElementType());
  if (!varType)
    return emitError(loc) << "cannot export '" << name << "': Paddle has no "
                          << "data type for " << ranked.getElementType();
  proto::VarDesc *var = block->add_vars();
  var->set_name(name);
  proto::VarType *varTypeDesc = var->mutable_type();
  varTypeDesc->set_type(proto::VarType::DENSE_TENSOR);
  proto::VarType::TensorDesc *tensor =
      varTypeDesc->mutable_dense_tensor()->mutable_tensor();
  tensor->set_data_type(static_cast<proto::VarType::Type>(*varType));
  for (int64_t dim : ranked.getShape())
    tensor->add_dims(ShapedType::isDynamic(dim) ? -1 : dim);
  if (persistable)
    var->set_persistable(true);
  if (feed)
    var->set_need_check_feed(true);
  return success();
}

void ProgramBuilder::addHolderVar(const char *name, proto::VarType::Type type) {
  proto::VarDesc *var = block->add_vars();
  var->set_name(name);
  var->mutable_type()->set_type(type);
  var->set_persistable(true);
}

proto::OpDesc *ProgramBuilder::addOp(StringRef type) {
  proto::OpDesc *desc = block->add_ops();
  desc->set_type(type.str());
  opTypes.insert(type.str());
  return desc;
}

static void addSlot(google::protobuf::RepeatedPtrField<proto::OpDesc::Var> *vars,
                    StringRef slot, ArrayRef<std::string> arguments) {
  proto::OpDesc::Var *var = vars->Add();
  var->set_parameter(slot.str());
  for (const std::string &argument : arguments)
    var->add_arguments(argument);
}

static void addIntAttr(proto::OpDesc *desc, StringRef name, int32_t value) {
  proto::OpDesc::Attr *attr = desc->add_attrs();
  attr->set_name(name.str());
  attr->set_type(proto::INT);
  attr->set_i(value);
}

LogicalResult ProgramBuilder::build() {
  addHolderVar("feed", proto::VarType::FEED_MINIBATCH);
  addHolderVar("fetch", proto::VarType::FETCH_LIST);

  for (auto [i, arg] : llvm::enumerate(func.getArguments())) {
    auto given = func.getArgAttrOfType<StringAttr>(i, "paddle.name");
    std::string name = namer.unique(given ? given.getValue() : "",
                                    "input_" + std::to_string(i));
    names[arg] = name;
    if (failed(addTensorVar(func.getLoc(), name, arg.getType(),
                            /*persistable=*/false, /*feed=*/true)))
      return failure();
    proto::OpDesc *feed = addOp("feed");
    addSlot(feed->mutable_inputs(), "X", {"feed"});
    addSlot(feed->mutable_outputs(), "Out", {name});
    addIntAttr(feed, "col", static_cast<int32_t>(i));
  }

  Block &body = func.getBody().front();
  auto ret = cast<func::ReturnOp>(body.getTerminator());
  for (auto [i, value] : llvm::enumerate(ret.getOperands())) {
    auto given = func.getResultAttrOfType<StringAttr>(i, "paddle.name");
    Operation *def = value.getDefiningOp();
    if (given && def && !isa<Paddle::ParameterOp>(def) && !names.count(value))
      names[value] = namer.unique(given.getValue());
  }

  for (Operation &op : body) {
    if (auto param = dyn_cast<Paddle::ParameterOp>(op)) {
      if (failed(exportParameter(param)))
        return failure();
      continue;
    }
    if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      if (failed(exportReturn(ret)))
        return failure();
      continue;
    }
    const pd::OpInfo *info = pd::lookupByMLIRName(op.getName().getStringRef());
    if (!info)
      return op.emitError() << "cannot export '" << op.getName()
                            << "': it is not a Paddle OpDesc op";
    if (failed(exportOp(&op, *info)))
      return failure();
  }

  program.mutable_version()->set_version(0);
  // The op versions the exported semantics correspond to, for Paddle's
  // compatibility checks.
  for (const std::string &type : opTypes) {
    const pd::OpInfo *info = pd::lookupByPaddleType(type);
    if (!info || info->version == 0)
      continue;
    auto *pair = program.mutable_op_version_map()->add_pair();
    pair->set_op_name(type);
    pair->mutable_op_version()->set_version(info->version);
  }
  return success();
}

LogicalResult ProgramBuilder::exportParameter(Paddle::ParameterOp op) {
  std::string name = namer.unique(op.getName(), "param");
  if (name != op.getName())
    return op.emitError() << "parameter name '" << op.getName()
                          << "' is taken or not a valid Paddle name (it "
                          << "would be exported as '" << name << "')";
  names[op.getResult()] = name;
  params.emplace(name, std::make_pair(op.getValue(), op.getLoc()));
  return addTensorVar(op.getLoc(), name, op.getType(), /*persistable=*/true,
                      /*feed=*/false);
}

LogicalResult ProgramBuilder::exportOp(Operation *op, const pd::OpInfo &info) {
  auto segments = [&](StringRef attrName) {
    std::optional<ArrayRef<int32_t>> sizes;
    if (std::optional<Attribute> attr = op->getInherentAttr(attrName))
      if (auto array = dyn_cast_or_null<DenseI32ArrayAttr>(*attr))
        sizes = array.asArrayRef();
    return sizes;
  };
  SmallVector<ValueRange> inputs, outputs;
  if (failed(pd::groupBySlot(op->getOperands(), info.inputs,
                             segments("operandSegmentSizes"), inputs)) ||
      failed(pd::groupBySlot(op->getResults(), info.outputs,
                             segments("resultSegmentSizes"), outputs)))
    return op->emitError() << "operands/results do not match the OpDesc "
                           << "slots of '" << info.type << "'";

  // Results are named after the source node (the op's location), or after
  // the op type; a second result adds its slot name.
  std::string base = locationName(op->getLoc());
  if (base.empty())
    base = std::string(info.type) + ".tmp";
  proto::OpDesc *desc = addOp(info.type);
  llvm::StringMap<SmallVector<std::string>> inputNames;
  // Every slot of the op is written, an absent optional one with no
  // arguments: some Paddle ops (fc's Bias) look their slots up even when
  // they are dispensable.
  for (auto [slot, group] : llvm::zip(info.inputs, inputs)) {
    SmallVector<std::string> &arguments = inputNames[slot.name];
    for (Value v : group) {
      auto it = names.find(v);
      if (it == names.end())
        return op->emitError() << "operand of slot '" << slot.name
                               << "' is not defined by an exported op";
      arguments.push_back(it->second);
    }
    addSlot(desc->mutable_inputs(), slot.name, arguments);
  }
  bool first = true;
  for (auto [slot, group] : llvm::zip(info.outputs, outputs)) {
    // Outputs Paddle updates in place are written to their input's var.
    const pd::InplaceInfo *inplace = llvm::find_if(
        info.inplace, [&](const pd::InplaceInfo &entry) {
          return StringRef(entry.output) == slot.name;
        });
    if (inplace != info.inplace.end()) {
      SmallVector<std::string> arguments = inputNames.lookup(inplace->input);
      if (arguments.size() != group.size())
        return op->emitError() << "output '" << slot.name
                               << "' must be written in place of input '"
                               << inplace->input << "', which is absent";
      for (auto [v, name] : llvm::zip(group, arguments)) {
        names[v] = name;
        declared.insert(v);
      }
      addSlot(desc->mutable_outputs(), slot.name, arguments);
      continue;
    }
    SmallVector<std::string> arguments;
    for (auto [i, v] : llvm::enumerate(group)) {
      auto it = names.find(v);
      if (it == names.end()) {
        std::string suffix = first ? "" : "." + StringRef(slot.name).lower();
        if (group.size() > 1)
          suffix += "." + std::to_string(i);
        it = names.try_emplace(v, namer.unique(base + suffix)).first;
      }
      if (declared.insert(v).second &&
          failed(addTensorVar(op->getLoc(), it->second, v.getType(),
                              /*persistable=*/false, /*feed=*/false)))
        return failure();
      arguments.push_back(it->second);
      first = false;
    }
    addSlot(desc->mutable_outputs(), slot.name, arguments);
  }
  for (const pd::AttrInfo &attr : info.attrs)
    if (failed(exportAttribute(op, attr, desc)))
      return failure();
  return success();
}

LogicalResult ProgramBuilder::exportAttribute(Operation *op,
                                              const pd::AttrInfo &info,
                                              proto::OpDesc *desc) {
  std::optional<Attribute> maybe = op->getInherentAttr(info.name);
  if (!maybe || !*maybe)
    return success(); // unset optional attribute: Paddle's default applies
  Attribute value = *maybe;
  proto::OpDesc::Attr attr;
  attr.set_name(info.name);
  attr.set_type(static_cast<proto::AttrType>(info.type));
  bool ok = true;
  switch (info.type) {
  case pd::AttrType::Int:
  case pd::AttrType::Long:
    if (auto i = dyn_cast<IntegerAttr>(value)) {
      if (info.type == pd::AttrType::Int)
        attr.set_i(static_cast<int32_t>(i.getValue().getSExtValue()));
      else
        attr.set_l(i.getValue().getSExtValue());
    } else {
      ok = false;
    }
    break;
  case pd::AttrType::Float:
  case pd::AttrType::Float64:
    if (auto f = dyn_cast<FloatAttr>(value)) {
      if (info.type == pd::AttrType::Float)
        attr.set_f(static_cast<float>(f.getValueAsDouble()));
      else
        attr.set_float64(f.getValueAsDouble());
    } else {
      ok = false;
    }
    break;
  case pd::AttrType::Boolean:
    if (auto b = dyn_cast<BoolAttr>(value))
      attr.set_b(b.getValue());
    else
      ok = false;
    break;
  case pd::AttrType::String:
    if (auto s = dyn_cast<StringAttr>(value))
      attr.set_s(s.getValue().str());
    else
      ok = false;
    break;
  case pd::AttrType::Ints:
    if (auto a = dyn_cast<DenseI32ArrayAttr>(value))
      for (int32_t v : a.asArrayRef())
        attr.add_ints(v);
    else
      ok = false;
    break;
  case pd::AttrType::Longs:
    if (auto a = dyn_cast<DenseI64ArrayAttr>(value))
      for (int64_t v : a.asArrayRef())
        attr.add_longs(v);
    else
      ok = false;
    break;
  case pd::AttrType::Floats:
    if (auto a = dyn_cast<DenseF32ArrayAttr>(value))
      for (float v : a.asArrayRef())
        attr.add_floats(v);
    else
      ok = false;
    break;
  case pd::AttrType::Float64s:
    if (auto a = dyn_cast<DenseF64ArrayAttr>(value))
      for (double v : a.asArrayRef())
        attr.add_float64s(v);
    else
      ok = false;
    break;
  case pd::AttrType::Booleans:
    if (auto a = dyn_cast<DenseBoolArrayAttr>(value))
      for (bool v : a.asArrayRef())
        attr.add_bools(v);
    else
      ok = false;
    break;
  case pd::AttrType::Strings:
    if (auto a = dyn_cast<ArrayAttr>(value)) {
      for (Attribute element : a) {
        auto s = dyn_cast<StringAttr>(element);
        if (!s) {
          ok = false;
          break;
        }
        attr.add_strings(s.getValue().str());
      }
    } else {
      ok = false;
    }
    break;
  default:
    return op->emitError() << "attribute '" << info.name
                           << "' has a Paddle type x2p cannot write yet";
  }
  if (!ok)
    return op->emitError() << "attribute '" << info.name << "' is " << value
                           << ", which does not fit its Paddle type";
  *desc->add_attrs() = std::move(attr);
  return success();
}

LogicalResult ProgramBuilder::exportReturn(func::ReturnOp ret) {
  DenseSet<Value> fetched;
  for (auto [i, value] : llvm::enumerate(ret.getOperands())) {
    auto given = func.getResultAttrOfType<StringAttr>(i, "paddle.name");
    std::string source = names.lookup(value);
    bool isOpResult = value.getDefiningOp() &&
                      !isa<Paddle::ParameterOp>(value.getDefiningOp());
    if (source.empty())
      return ret.emitError() << "result #" << i << " is not exported";
    std::string fetchName = source;
    // A fetch target of its own is needed when the result is an input, a
    // parameter or fetched twice: Paddle fetches vars, not values.
    if (!isOpResult || !fetched.insert(value).second) {
      fetchName = namer.unique(given ? given.getValue() : "",
                               "output_" + std::to_string(i));
      if (failed(addTensorVar(ret.getLoc(), fetchName, value.getType(),
                              /*persistable=*/false, /*feed=*/false)))
        return failure();
      proto::OpDesc *assign = addOp("assign");
      addSlot(assign->mutable_inputs(), "X", {source});
      addSlot(assign->mutable_outputs(), "Out", {fetchName});
    }
    proto::OpDesc *fetch = addOp("fetch");
    addSlot(fetch->mutable_inputs(), "X", {fetchName});
    addSlot(fetch->mutable_outputs(), "Out", {"fetch"});
    addIntAttr(fetch, "col", static_cast<int32_t>(i));
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

static FailureOr<func::FuncOp> entryFunction(ModuleOp module) {
  if (auto main = module.lookupSymbol<func::FuncOp>("main_graph"))
    return main;
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  if (funcs.size() == 1)
    return funcs.front();
  emitError(module.getLoc())
      << "cannot export: the module needs a function @main_graph or exactly "
      << "one function (it has " << funcs.size() << ")";
  return failure();
}

/// Creates a temporary file beside `path`, to be renamed over it.
static LogicalResult createTemp(Location loc, StringRef path,
                                SmallVectorImpl<char> &tempPath, int &fd) {
  if (std::error_code ec = llvm::sys::fs::createUniqueFile(
          path + ".tmp-%%%%%%", fd, tempPath))
    return emitError(loc) << "cannot create a file beside '" << path
                          << "': " << ec.message();
  return success();
}

static LogicalResult writeParams(Location loc, const ProgramBuilder &builder,
                                 StringRef paramsPath) {
  SmallString<256> tempPath;
  int fd;
  if (failed(createTemp(loc, paramsPath, tempPath, fd)))
    return failure();
  llvm::FileRemover remover(tempPath);
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    MappedFileCopier copier(os, fd);
    for (const auto &[name, entry] : builder.getParams()) {
      auto [data, paramLoc] = entry;
      auto type = cast<ShapedType>(data.getType());
      std::optional<int> varType = Paddle::toVarType(type.getElementType());
      if (!varType)
        return emitError(paramLoc) << "parameter '" << name << "': Paddle has "
                                   << "no data type for "
                                   << type.getElementType();
      writeRecordHeader(os, *varType, type.getShape());
      std::string error;
      if (failed(writeTensorData(os, data, error, &copier)))
        return emitError(paramLoc) << "parameter '" << name << "': " << error;
    }
    os.close();
    if (os.has_error())
      return emitError(loc) << "cannot write '" << paramsPath
                            << "': " << os.error().message();
  }
  if (std::error_code ec = llvm::sys::fs::rename(tempPath, paramsPath))
    return emitError(loc) << "cannot write '" << paramsPath
                          << "': " << ec.message();
  remover.releaseFile();
  return success();
}

LogicalResult x2p::paddle_export::exportPaddleModel(ModuleOp module,
                                                    llvm::raw_ostream &os,
                                                    StringRef paramsPath) {
  FailureOr<func::FuncOp> func = entryFunction(module);
  if (failed(func))
    return failure();
  ProgramBuilder builder(*func);
  if (failed(builder.build()))
    return failure();
  std::string bytes;
  if (!builder.getProgram().SerializeToString(&bytes))
    return emitError(module.getLoc()) << "cannot serialize the ProgramDesc";
  if (failed(writeParams(module.getLoc(), builder, paramsPath)))
    return failure();
  os << bytes;
  return success();
}

LogicalResult x2p::paddle_export::exportPaddleModelFiles(ModuleOp module,
                                                         StringRef modelPath) {
  Location loc = module.getLoc();
  std::string paramsPath = programdesc::paramsPathFor(modelPath);
  SmallString<256> tempPath;
  int fd;
  if (failed(createTemp(loc, modelPath, tempPath, fd)))
    return failure();
  llvm::FileRemover remover(tempPath);
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    if (failed(exportPaddleModel(module, os, paramsPath)))
      return failure();
    os.close();
    if (os.has_error()) {
      llvm::sys::fs::remove(paramsPath);
      return emitError(loc) << "cannot write '" << modelPath
                            << "': " << os.error().message();
    }
  }
  if (std::error_code ec = llvm::sys::fs::rename(tempPath, modelPath)) {
    llvm::sys::fs::remove(paramsPath);
    return emitError(loc) << "cannot write '" << modelPath
                          << "': " << ec.message();
  }
  remover.releaseFile();
  return success();
}
