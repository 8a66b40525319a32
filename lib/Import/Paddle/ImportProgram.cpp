//===- ImportProgram.cpp - ProgramDesc + params → paddle dialect ----------===//
//
// Feed targets become the arguments of @main_graph and fetch targets its
// results (both ordered by `col`); persistable vars become paddle.parameter
// ops whose dense_resource blobs alias the memory-mapped params file where
// alignment allows; every other OpDesc becomes the paddle op of the same
// type through the generated slot table. Ops the dialect lacks are reported
// all at once, by type.
//
//===----------------------------------------------------------------------===//
#include "x2p/Import/Paddle/ImportPaddle.h"

#include "ParamsReader.h"
#include "x2p/ProgramDesc/Framework.h"
#include "x2p/ProgramDesc/OpTable.h"

#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

#include <map>

using namespace mlir;
using namespace x2p;
using namespace x2p::paddle_import;
namespace pd = x2p::programdesc;
namespace proto = x2p::programdesc::proto;

namespace {

class ProgramImporter {
public:
  ProgramImporter(MLIRContext *context, StringRef programName)
      : context(context), builder(context),
        fileLoc(FileLineColLoc::get(context, programName, 0, 0)) {}

  OwningOpRef<ModuleOp> run(const proto::ProgramDesc &program,
                            StringRef paramsPath);

private:
  InFlightDiagnostic error() { return emitError(fileLoc); }
  Location varLoc(StringRef name) {
    return NameLoc::get(builder.getStringAttr(name), fileLoc);
  }
  FailureOr<Type> varType(StringRef name);
  LogicalResult importParameters(const proto::BlockDesc &block,
                                 StringRef paramsPath);
  LogicalResult importOp(const proto::OpDesc &desc, const pd::OpInfo &info);
  FailureOr<Attribute> importAttribute(const proto::OpDesc::Attr &attr,
                                       const pd::AttrInfo &info,
                                       StringRef opType);

  MLIRContext *context;
  OpBuilder builder;
  Location fileLoc;
  llvm::StringMap<const proto::VarDesc *> vars;
  llvm::StringMap<Value> values;
};

} // namespace

FailureOr<Type> ProgramImporter::varType(StringRef name) {
  auto it = vars.find(name);
  if (it == vars.end()) {
    error() << "var '" << name << "' is used but has no VarDesc";
    return failure();
  }
  const proto::VarType &type = it->second->type();
  if (type.type() != proto::VarType::DENSE_TENSOR ||
      !type.has_dense_tensor()) {
    error() << "var '" << name << "' is not a dense tensor (VarType "
            << static_cast<int>(type.type()) << ")";
    return failure();
  }
  const proto::VarType::TensorDesc &tensor = type.dense_tensor().tensor();
  Type element = Paddle::fromVarType(tensor.data_type(), context);
  if (!element) {
    error() << "var '" << name << "' has unsupported data type "
            << Paddle::varTypeName(tensor.data_type()) << " ("
            << static_cast<int>(tensor.data_type()) << ")";
    return failure();
  }
  SmallVector<int64_t> shape;
  for (int64_t dim : tensor.dims())
    shape.push_back(dim < 0 ? ShapedType::kDynamic : dim);
  return Type(RankedTensorType::get(shape, element));
}

/// Persistable tensors, in the byte-wise sorted order of save_combine.
static std::vector<std::string> persistableVars(const proto::BlockDesc &block) {
  std::vector<std::string> names;
  for (const proto::VarDesc &var : block.vars()) {
    proto::VarType::Type type = var.type().type();
    if (var.persistable() && type != proto::VarType::FEED_MINIBATCH &&
        type != proto::VarType::FETCH_LIST && type != proto::VarType::RAW &&
        type != proto::VarType::READER)
      names.push_back(var.name());
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

LogicalResult ProgramImporter::importParameters(const proto::BlockDesc &block,
                                               StringRef paramsPath) {
  std::vector<std::string> names = persistableVars(block);
  if (names.empty())
    return success();
  auto file = llvm::MemoryBuffer::getFile(paramsPath, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false);
  if (!file) {
    error() << "cannot read params file '" << paramsPath
            << "': " << file.getError().message();
    return failure();
  }
  // The blobs alias the mapped file; each blob's deleter keeps it alive.
  std::shared_ptr<llvm::MemoryBuffer> buffer(std::move(*file));
  ParamsReader reader(buffer->getBuffer());
  auto &blobManager = DenseResourceElementsHandle::getManagerInterface(context);
  for (const std::string &name : names) {
    ParamsRecord record;
    std::string message;
    if (!reader.next(name, record, message)) {
      error() << "'" << paramsPath << "': " << message;
      return failure();
    }
    FailureOr<Type> type = varType(name);
    if (failed(type))
      return failure();
    auto tensorType = cast<RankedTensorType>(*type);
    if (Paddle::toVarType(tensorType.getElementType()) != record.dataType ||
        ArrayRef<int64_t>(record.dims) != tensorType.getShape()) {
      auto stored = RankedTensorType::get(
          record.dims, Paddle::fromVarType(record.dataType, context));
      error() << "'" << paramsPath << "': param '" << name << "' is stored as "
              << stored << " but its VarDesc says " << tensorType;
      return failure();
    }
    unsigned width = Paddle::varTypeByteWidth(record.dataType);
    AsmResourceBlob blob;
    if (record.dataOffset % width == 0 &&
        reinterpret_cast<uintptr_t>(buffer->getBufferStart()) % width == 0) {
      blob = UnmanagedAsmResourceBlob::allocateWithAlign(
          record.data, width,
          [buffer](void *, size_t, size_t) mutable { buffer.reset(); });
    } else {
      blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(record.data, width);
    }
    auto handle = blobManager.insert(name, std::move(blob));
    auto value = DenseResourceElementsAttr::get(tensorType, handle);
    auto param = Paddle::ParameterOp::create(builder, varLoc(name), tensorType,
                                             name, value);
    values[name] = param.getResult();
  }
  if (!reader.atEnd()) {
    error() << "'" << paramsPath << "' has " << reader.remaining()
            << " bytes after the last of the program's " << names.size()
            << " persistable vars";
    return failure();
  }
  return success();
}

FailureOr<Attribute>
ProgramImporter::importAttribute(const proto::OpDesc::Attr &attr,
                                 const pd::AttrInfo &info, StringRef opType) {
  auto mismatch = [&]() -> FailureOr<Attribute> {
    error() << "op " << opType << ": attribute '" << attr.name()
            << "' has AttrType " << static_cast<int>(attr.type())
            << ", the paddle dialect expects "
            << static_cast<int>(info.type);
    return failure();
  };
  int type = static_cast<int>(attr.type());
  switch (info.type) {
  case pd::AttrType::Int:
  case pd::AttrType::Long: {
    int64_t v;
    if (type == static_cast<int>(pd::AttrType::Int))
      v = attr.i();
    else if (type == static_cast<int>(pd::AttrType::Long))
      v = attr.l();
    else
      return mismatch();
    unsigned width = info.type == pd::AttrType::Int ? 32 : 64;
    return Attribute(builder.getIntegerAttr(
        builder.getIntegerType(width, /*isSigned=*/true), v));
  }
  case pd::AttrType::Float:
  case pd::AttrType::Float64: {
    double v;
    if (type == static_cast<int>(pd::AttrType::Float))
      v = attr.f();
    else if (type == static_cast<int>(pd::AttrType::Float64))
      v = attr.float64();
    else
      return mismatch();
    return Attribute(info.type == pd::AttrType::Float
                         ? builder.getF32FloatAttr(static_cast<float>(v))
                         : builder.getF64FloatAttr(v));
  }
  default:
    break;
  }
  if (type != static_cast<int>(info.type))
    return mismatch();
  switch (info.type) {
  case pd::AttrType::Boolean:
    return Attribute(builder.getBoolAttr(attr.b()));
  case pd::AttrType::String:
    return Attribute(builder.getStringAttr(attr.s()));
  case pd::AttrType::Ints:
    return Attribute(builder.getDenseI32ArrayAttr(
        SmallVector<int32_t>(attr.ints().begin(), attr.ints().end())));
  case pd::AttrType::Longs:
    return Attribute(builder.getDenseI64ArrayAttr(
        SmallVector<int64_t>(attr.longs().begin(), attr.longs().end())));
  case pd::AttrType::Floats:
    return Attribute(builder.getDenseF32ArrayAttr(
        SmallVector<float>(attr.floats().begin(), attr.floats().end())));
  case pd::AttrType::Float64s:
    return Attribute(builder.getDenseF64ArrayAttr(
        SmallVector<double>(attr.float64s().begin(), attr.float64s().end())));
  case pd::AttrType::Booleans:
    return Attribute(builder.getDenseBoolArrayAttr(
        SmallVector<bool>(attr.bools().begin(), attr.bools().end())));
  case pd::AttrType::Strings: {
    SmallVector<Attribute> strings;
    for (const std::string &s : attr.strings())
      strings.push_back(builder.getStringAttr(s));
    return Attribute(builder.getArrayAttr(strings));
  }
  default:
    error() << "op " << opType << ": attribute '" << attr.name()
            << "' has an AttrType x2p cannot read yet";
    return failure();
  }
}

/// The arguments of slot `name` in `vars`, or null when the slot is absent.
static const proto::OpDesc::Var *
findSlot(const google::protobuf::RepeatedPtrField<proto::OpDesc::Var> &vars,
         StringRef name) {
  for (const proto::OpDesc::Var &var : vars)
    if (var.parameter() == name)
      return &var;
  return nullptr;
}

LogicalResult ProgramImporter::importOp(const proto::OpDesc &desc,
                                        const pd::OpInfo &info) {
  // Messages name the op by type and first output var, the name a user
  // searches for; so does its location.
  std::string type = "'" + desc.type() + "'";
  Location loc = fileLoc;
  if (desc.outputs_size() && desc.outputs(0).arguments_size()) {
    loc = varLoc(desc.outputs(0).arguments(0));
    type += " (writing '" + desc.outputs(0).arguments(0) + "')";
  }
  OperationState state(loc, info.mlirName);

  SmallVector<int32_t> operandSegments, resultSegments;
  for (const pd::SlotInfo &slot : info.inputs) {
    const proto::OpDesc::Var *var = findSlot(desc.inputs(), slot.name);
    int count = var ? var->arguments_size() : 0;
    if ((slot.kind == pd::SlotKind::Single && count != 1) ||
        (slot.kind == pd::SlotKind::Optional && count > 1))
      return emitError(loc) << "op " << type << ": input slot '" << slot.name
                            << "' has " << count << " vars";
    for (int i = 0; i < count; ++i) {
      const std::string &name = var->arguments(i);
      auto it = values.find(name);
      if (it == values.end())
        return emitError(loc) << "op " << type << " reads var '" << name
                              << "' before any op writes it";
      state.operands.push_back(it->second);
    }
    operandSegments.push_back(count);
  }
  SmallVector<std::string> resultNames;
  for (const pd::SlotInfo &slot : info.outputs) {
    const proto::OpDesc::Var *var = findSlot(desc.outputs(), slot.name);
    int count = var ? var->arguments_size() : 0;
    // Paddle's save_inference_model prunes unused XShape outputs; XShape is
    // always [0, *X.dims], so the result is recreated from X.
    if (count == 0 && slot.kind == pd::SlotKind::Single &&
        StringRef(slot.name) == "XShape") {
      const proto::OpDesc::Var *x = findSlot(desc.inputs(), "X");
      auto it = x && x->arguments_size() == 1 ? values.find(x->arguments(0))
                                              : values.end();
      auto xType = it != values.end()
                       ? dyn_cast<RankedTensorType>(it->second.getType())
                       : RankedTensorType();
      if (xType) {
        SmallVector<int64_t> dims{0};
        llvm::append_range(dims, xType.getShape());
        state.types.push_back(
            RankedTensorType::get(dims, xType.getElementType()));
        resultNames.push_back("");
        resultSegments.push_back(1);
        continue;
      }
    }
    if ((slot.kind == pd::SlotKind::Single && count != 1) ||
        (slot.kind == pd::SlotKind::Optional && count > 1))
      return emitError(loc) << "op " << type << ": output slot '"
                            << slot.name << "' has " << count << " vars";
    for (int i = 0; i < count; ++i) {
      FailureOr<Type> resultType = varType(var->arguments(i));
      if (failed(resultType))
        return failure();
      state.types.push_back(*resultType);
      resultNames.push_back(var->arguments(i));
    }
    resultSegments.push_back(count);
  }

  std::optional<RegisteredOperationName> registered = state.name.getRegisteredInfo();
  if (registered->hasTrait<OpTrait::AttrSizedOperandSegments>())
    state.addAttribute("operandSegmentSizes",
                       builder.getDenseI32ArrayAttr(operandSegments));
  if (registered->hasTrait<OpTrait::AttrSizedResultSegments>())
    state.addAttribute("resultSegmentSizes",
                       builder.getDenseI32ArrayAttr(resultSegments));
  for (const pd::AttrInfo &info : info.attrs) {
    for (const proto::OpDesc::Attr &attr : desc.attrs()) {
      if (attr.name() != info.name)
        continue;
      FailureOr<Attribute> value = importAttribute(attr, info, type);
      if (failed(value))
        return failure();
      state.addAttribute(info.name, *value);
    }
  }
  Operation *op = builder.create(state);
  // In-place ops write a var again: later readers see the newest value.
  for (auto [name, result] : llvm::zip(resultNames, op->getResults()))
    if (!name.empty())
      values[name] = result;
  return success();
}

OwningOpRef<ModuleOp> ProgramImporter::run(const proto::ProgramDesc &program,
                                           StringRef paramsPath) {
  if (program.blocks_size() == 0) {
    error() << "the ProgramDesc has no blocks";
    return nullptr;
  }
  const proto::BlockDesc &block = program.blocks(0);
  for (const proto::VarDesc &var : block.vars())
    vars[var.name()] = &var;

  std::map<int, std::string> feeds, fetches;
  auto col = [](const proto::OpDesc &desc) {
    for (const proto::OpDesc::Attr &attr : desc.attrs())
      if (attr.name() == "col")
        return static_cast<int>(attr.i());
    return -1;
  };
  for (const proto::OpDesc &desc : block.ops()) {
    const proto::OpDesc::Var *var = nullptr;
    if (desc.type() == "feed")
      var = findSlot(desc.outputs(), "Out");
    else if (desc.type() == "fetch")
      var = findSlot(desc.inputs(), "X");
    else
      continue;
    if (!var || var->arguments_size() != 1 || col(desc) < 0) {
      error() << "malformed " << desc.type() << " op";
      return nullptr;
    }
    auto &targets = desc.type() == "feed" ? feeds : fetches;
    if (!targets.emplace(col(desc), var->arguments(0)).second) {
      error() << "two " << desc.type() << " ops with col " << col(desc);
      return nullptr;
    }
  }

  // Every op type the dialect lacks is reported at once.
  std::map<std::string, int> unknown;
  for (const proto::OpDesc &desc : block.ops())
    if (desc.type() != "feed" && desc.type() != "fetch" &&
        !pd::lookupByPaddleType(desc.type()))
      ++unknown[desc.type()];
  if (!unknown.empty()) {
    InFlightDiagnostic diag = error();
    diag << "the paddle dialect has no op for " << unknown.size()
         << " op type(s) of this program:";
    for (auto &[type, count] : unknown)
      diag << " " << type << " (x" << count << ")";
    return nullptr;
  }

  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  SmallVector<Type> argTypes;
  for (auto &[index, name] : feeds) {
    FailureOr<Type> type = varType(name);
    if (failed(type))
      return nullptr;
    argTypes.push_back(*type);
  }
  builder.setInsertionPointToEnd(module->getBody());
  auto func = func::FuncOp::create(builder, fileLoc, "main_graph",
                                   builder.getFunctionType(argTypes, {}));
  Block *body = func.addEntryBlock();
  builder.setInsertionPointToEnd(body);
  for (auto [i, feed] : llvm::enumerate(feeds)) {
    values[feed.second] = body->getArgument(i);
    func.setArgAttr(i, "paddle.name", builder.getStringAttr(feed.second));
  }

  if (failed(importParameters(block, paramsPath)))
    return nullptr;
  for (const proto::OpDesc &desc : block.ops())
    if (desc.type() != "feed" && desc.type() != "fetch" &&
        failed(importOp(desc, *pd::lookupByPaddleType(desc.type()))))
      return nullptr;

  SmallVector<Value> results;
  for (auto &[index, name] : fetches) {
    auto it = values.find(name);
    if (it == values.end()) {
      error() << "fetch target '" << name << "' is never written";
      return nullptr;
    }
    results.push_back(it->second);
  }
  func::ReturnOp::create(builder, fileLoc, results);
  func.setFunctionType(
      builder.getFunctionType(argTypes, ValueRange(results).getTypes()));
  for (auto [i, fetch] : llvm::enumerate(fetches))
    func.setResultAttr(i, "paddle.name", builder.getStringAttr(fetch.second));
  if (failed(verify(*module)))
    return nullptr;
  return module;
}

OwningOpRef<ModuleOp> x2p::paddle_import::importPaddleModel(
    MLIRContext *context, StringRef program, StringRef programName,
    StringRef paramsPath) {
  context->loadDialect<func::FuncDialect, Paddle::PaddleDialect>();
  proto::ProgramDesc desc;
  if (!desc.ParseFromArray(program.data(), static_cast<int>(program.size()))) {
    emitError(FileLineColLoc::get(context, programName, 0, 0))
        << "not a Paddle ProgramDesc (the protobuf message does not parse)";
    return nullptr;
  }
  return ProgramImporter(context, programName).run(desc, paramsPath);
}
