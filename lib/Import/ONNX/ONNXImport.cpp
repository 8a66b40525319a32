//===- ONNXImport.cpp - the importer's entry points -----------------------===//
//
// Parses the model (binary through the wire walk and protobuf, text through
// onnx's OnnxParser), checks the model-level facts (IR version, opsets) and
// hands the graph to GraphImport. This is the boundary where protobuf's and
// onnx's exceptions are caught, so none reaches MLIR code.
//
//===----------------------------------------------------------------------===//
#include "x2p/Import/ONNX/ONNXImport.h"

#include "GraphImport.h"
#include "ImportContext.h"
#include "ModelFile.h"
#include "OpSchemas.h"
#include "OpsetUpgrade.h"

#include "onnx/defs/parser.h"
#include "onnx/onnx_pb.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"
#include "x2p/Dialect/ONNX/ONNXDialect.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <climits>

using namespace mlir;
using namespace x2p::onnx_import;

/// IR versions the importer reads: 3 introduced opset imports; 13 is the
/// newest of the pinned onnx release (1.22).
constexpr int64_t kMinIRVersion = 3;
constexpr int64_t kMaxIRVersion = 13;

static LogicalResult parseModel(llvm::StringRef data, x2p::ONNXFormat format,
                                ImportContext &ic, onnx::ModelProto &model) {
  Location loc = ic.fileLoc();
  std::string file = ic.modelPath.empty() ? "<stdin>" : ic.modelPath;
  if (format == x2p::ONNXFormat::Text) {
    std::string text = data.str();
    onnx::OnnxParser parser(text.c_str());
    auto status = parser.Parse(model);
    if (!status.IsOK())
      return emitError(loc)
                 << "'" << file
                 << "' is not valid ONNX text: " << status.ErrorMessage(),
             failure();
    return success();
  }
  llvm::Expected<SlimModel> slim = slimModel(data, kMinBlobBytes);
  if (!slim)
    return emitError(loc) << "'" << file << "' is not an ONNX model: "
                          << llvm::toString(slim.takeError()),
           failure();
  llvm::StringRef bytes = slim->bytes.empty() ? data : slim->bytes;
  if (bytes.size() > size_t(INT_MAX))
    return emitError(loc) << "'" << file
                          << "': the model without its weights is over 2 GB",
           failure();
  if (!model.ParseFromArray(bytes.data(), int(bytes.size())))
    return emitError(loc) << "'" << file
                          << "' is not an ONNX model (protobuf parse failed; "
                             "truncated or not a ModelProto)",
           failure();
  ic.rawData = std::move(slim->rawData);
  return success();
}

static LogicalResult checkModel(const onnx::ModelProto &model,
                                ImportContext &ic) {
  Location loc = ic.fileLoc();
  if (!model.has_ir_version())
    return emitError(loc) << "the model has no IR version (not an ONNX "
                             "model?)",
           failure();
  int64_t ir = model.ir_version();
  if (ir < kMinIRVersion || ir > kMaxIRVersion)
    return emitError(loc) << "unsupported IR version " << ir << " (x2p reads "
                          << kMinIRVersion << " to " << kMaxIRVersion << ")",
           failure();
  if (!model.has_graph())
    return emitError(loc) << "the model has no graph", failure();
  ic.opset = 0;
  ic.microsoftOpset = 0;
  for (const auto &opset : model.opset_import()) {
    if (opset.domain().empty() || opset.domain() == "ai.onnx")
      ic.opset = opset.version();
    else if (opset.domain() == kMicrosoftDomain)
      ic.microsoftOpset = opset.version();
  }
  if (ic.opset == 0 && model.graph().node_size())
    return emitError(loc) << "the model imports no opset of ONNX's default "
                             "domain",
           failure();
  // Older opsets are accepted node by node (GraphImport): a node whose
  // operator has not changed since is read as its opset-7 form.
  if (ic.opset < 0 || ic.opset > kMaxOpset)
    return emitError(loc) << "unsupported default-domain opset " << ic.opset
                          << " (x2p reads opsets " << kMinOpset << " to "
                          << kMaxOpset << ")",
           failure();
  return success();
}

void x2p::registerONNXImportDialects(DialectRegistry &registry) {
  registry.insert<func::FuncDialect, ONNX::ONNXDialect>();
}

OwningOpRef<ModuleOp> x2p::importONNXModel(llvm::StringRef data,
                                           llvm::StringRef path,
                                           std::shared_ptr<const void> owner,
                                           ONNXFormat format,
                                           MLIRContext *context) {
  context->getOrLoadDialect<func::FuncDialect>();
  context->getOrLoadDialect<ONNX::ONNXDialect>();
  ImportContext ic;
  ic.ctx = context;
  ic.modelData = data;
  ic.modelOwner = std::move(owner);
  ic.modelPath = path.str();
  if (!path.empty() && path != "-" && path != "<stdin>") {
    llvm::SmallString<256> dir(llvm::sys::path::parent_path(path));
    if (dir.empty())
      dir = ".";
    ic.modelDir = std::string(dir);
  } else {
    ic.modelPath.clear();
  }
  Location loc = ic.fileLoc();
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  try {
    onnx::ModelProto model;
    if (failed(parseModel(data, format, ic, model)) ||
        failed(checkModel(model, ic)) ||
        failed(importMainGraph(model.graph(), *module, ic)))
      return nullptr;
  } catch (const std::exception &e) {
    emitError(loc) << "cannot import '" << ic.modelPath << "': " << e.what();
    return nullptr;
  }
  if (failed(verify(*module)))
    return nullptr;
  return module;
}

OwningOpRef<ModuleOp> x2p::importONNXFile(llvm::StringRef path,
                                          MLIRContext *context) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer) {
    emitError(FileLineColLoc::get(context, path, 0, 0))
        << "cannot read '" << path << "': " << buffer.getError().message();
    return nullptr;
  }
  std::shared_ptr<llvm::MemoryBuffer> owner(std::move(*buffer));
  ONNXFormat format =
      path.ends_with(".onnxtext") ? ONNXFormat::Text : ONNXFormat::Binary;
  llvm::StringRef data = owner->getBuffer();
  return importONNXModel(data, path, std::move(owner), format, context);
}
