//===- Driver.cpp - the x2p command-line converter ------------------------===//
//
// Stages run on one MLIRContext with no text IR in between: import (the
// weights stay in the memory-mapped model), the same pipeline x2p-opt runs
// as --x2p-onnx-pipeline, and export. The output folder is written under a
// temporary name and renamed into place at the end, so a failed run never
// leaves a half-written save_dir/inference_model.
//
//===----------------------------------------------------------------------===//
#include "x2p/Driver/Driver.h"

#include "x2p/Export/Paddle/ExportPaddle.h"
#include "x2p/Import/ONNX/ONNXImport.h"
#include "x2p/Pipelines/Pipelines.h"
#include "x2p/Registration/InitAll.h"
#include "x2p/Transforms/Fusion/Target.h"
#include "x2p/Transforms/ONNX/Passes.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <map>
#include <mutex>

using namespace mlir;
namespace cl = llvm::cl;

namespace {

cl::OptionCategory category("x2p options");

cl::opt<std::string> framework("framework",
                               cl::desc("source framework of --model: onnx"),
                               cl::value_desc("onnx"), cl::cat(category));
cl::opt<std::string>
    modelPath("model", cl::desc("the model to convert (.onnx, or .onnxtext)"),
              cl::value_desc("file"), cl::cat(category));
cl::opt<std::string> saveDir(
    "save_dir",
    cl::desc("output folder; the model is written to "
             "<save_dir>/inference_model/model.pdmodel and model.pdiparams"),
    cl::value_desc("dir"), cl::cat(category));
cl::opt<bool> report("report",
                     cl::desc("print op counts before and after conversion "
                              "and the time of each stage"),
                     cl::cat(category));
cl::opt<std::string>
    dumpIR("dump-ir",
           cl::desc("write the IR after each stage into this folder "
                    "(01-import.mlir, 02-paddle.mlir), large weights elided"),
           cl::value_desc("dir"), cl::cat(category));

cl::opt<std::string> inputShapeDict(
    "input_shape_dict",
    cl::desc("fix input dims, X2Paddle's syntax: \"{'input_ids': [1, 128]}\" "
             "(-1 keeps a dim dynamic; by default dims stay as the model "
             "states them, dynamic ones -1 in the Paddle model)"),
    cl::value_desc("dict"), cl::cat(category));

cl::opt<std::string>
    target("target",
           cl::desc("the device the Paddle program runs on: cpu (default) "
                    "or gpu; picks the fused forms"),
           cl::value_desc("cpu|gpu"), cl::init("cpu"), cl::cat(category));

cl::opt<std::string>
    fuse("fuse",
         cl::desc("the fusion passes to run: all (default), none, or a "
                  "comma list (attention, gelu, matmul-scale, layernorm, "
                  "embedding-layernorm, skip-layernorm)"),
         cl::value_desc("all|none|list"), cl::init("all"), cl::cat(category));

cl::opt<bool> expandFused(
    "expand-fused",
    cl::desc("after the fusions, expand the CUDA-only fused ops "
             "(multihead_matmul, ...) back into primitive ops, so that a "
             "--target=gpu program runs on CPU: checks the GPU forms"),
    cl::init(false), cl::cat(category));

cl::opt<std::string> linearForm(
    "linear-form",
    cl::desc("the layout of linear-layer weights: fc (default; Paddle fuses "
             "matmul + bias into fc, fastest with oneDNN, Paddle's CPU "
             "default) or matmul (weights stored transposed, read with "
             "trans_y: Paddle keeps matmul + add, 1.8x faster with oneDNN "
             "off and 2 threads, up to 7% slower with oneDNN on)"),
    cl::value_desc("fc|matmul"), cl::init("fc"), cl::cat(category));

using Clock = std::chrono::steady_clock;

/// X2Paddle's input_shape_dict, a Python dict literal of name -> list of
/// ints, read without a Python parser: quoted keys, bracketed int lists.
FailureOr<x2p::ONNX::InputShapes> parseShapeDict(StringRef text,
                                                 std::string &error) {
  x2p::ONNX::InputShapes shapes;
  StringRef rest = text.trim();
  if (!rest.consume_front("{") || !rest.consume_back("}")) {
    error = "expected a dict like {'input_ids': [1, 128]}";
    return failure();
  }
  while (!(rest = rest.ltrim()).empty()) {
    char quote = rest.front();
    if (quote != '\'' && quote != '"') {
      error =
          "expected a quoted input name at '" + rest.take_front(20).str() + "'";
      return failure();
    }
    size_t end = rest.find(quote, 1);
    if (end == StringRef::npos) {
      error = "unterminated input name";
      return failure();
    }
    std::string name = rest.slice(1, end).str();
    rest = rest.drop_front(end + 1).ltrim();
    size_t close = rest.find(']');
    if (!rest.consume_front(":") || !(rest = rest.ltrim()).consume_front("[") ||
        close == StringRef::npos) {
      error = "expected ': [dims]' after '" + name + "'";
      return failure();
    }
    close = rest.find(']');
    SmallVector<StringRef> parts;
    rest.take_front(close).split(parts, ',', -1, /*KeepEmpty=*/false);
    SmallVector<int64_t> dims;
    for (StringRef part : parts) {
      int64_t dim;
      if (part.trim().getAsInteger(10, dim) || dim < -1 || dim == 0) {
        error = "'" + part.trim().str() + "' in the dims of '" + name +
                "' is not a dim (a positive integer, or -1)";
        return failure();
      }
      dims.push_back(dim);
    }
    shapes.emplace_back(name, std::move(dims));
    rest = rest.drop_front(close + 1).ltrim();
    rest.consume_front(",");
  }
  return shapes;
}

struct Stage {
  std::string name;
  double seconds;
};

/// Op counts by name, in name order.
std::map<std::string, int> countOps(ModuleOp module) {
  std::map<std::string, int> counts;
  module.walk([&](Operation *op) {
    if (!isa<ModuleOp>(op))
      ++counts[op->getName().getStringRef().str()];
  });
  return counts;
}

/// What each fusion pass did, for --report: the ops it created, summed
/// over the functions it ran on. (MLIR's pass statistics are compiled out
/// of Debian's release LLVM.)
struct FusionEffect {
  std::map<std::string, int> created;
};
using FusionEffects = std::map<std::string, FusionEffect>;

struct FusionCounter : PassInstrumentation {
  explicit FusionCounter(FusionEffects &effects) : effects(effects) {}
  FusionEffects &effects;
  // Functions may run in parallel: their counts before the pass, by op.
  std::map<Operation *, std::map<std::string, int>> pending;
  std::mutex mutex;

  static bool isFusion(Pass *pass) {
    return pass->getArgument().starts_with("fuse-");
  }
  static std::map<std::string, int> counts(Operation *root) {
    std::map<std::string, int> counts;
    root->walk([&](Operation *op) {
      if (op != root)
        ++counts[op->getName().getStringRef().str()];
    });
    return counts;
  }
  void runBeforePass(Pass *pass, Operation *op) override {
    if (!isFusion(pass))
      return;
    std::map<std::string, int> before = counts(op);
    std::lock_guard<std::mutex> lock(mutex);
    pending[op] = std::move(before);
  }
  void runAfterPass(Pass *pass, Operation *op) override {
    if (!isFusion(pass))
      return;
    std::map<std::string, int> now = counts(op);
    std::lock_guard<std::mutex> lock(mutex);
    std::map<std::string, int> &before = pending[op];
    FusionEffect &effect = effects[pass->getArgument().str()];
    for (auto &[name, count] : now)
      if (count > before[name])
        effect.created[name] += count - before[name];
    pending.erase(op);
  }
};

void printCounts(llvm::raw_ostream &os, StringRef title,
                 const std::map<std::string, int> &counts) {
  int total = 0;
  for (auto &[name, count] : counts)
    total += count;
  os << title << " (" << total << " ops):\n";
  for (auto &[name, count] : counts)
    os << llvm::format("  %6d  %s\n", count, name.c_str());
}

bool dump(ModuleOp module, StringRef file) {
  if (dumpIR.empty())
    return true;
  SmallString<256> path(dumpIR);
  llvm::sys::path::append(path, file);
  std::string error;
  auto out = openOutputFile(path, &error);
  if (!out) {
    llvm::errs() << "x2p: error: " << error << "\n";
    return false;
  }
  module->print(
      out->os(),
      OpPrintingFlags().elideLargeElementsAttrs(16).elideLargeResourceString(
          64));
  out->keep();
  return true;
}

/// Where a diagnostic points, in the words of the source model: ONNX nodes
/// are named ("node '/encoder/MatMul'"), files by their position.
std::string describe(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc)) {
    std::string where = "node '" + name.getName().str() + "'";
    std::string child = describe(name.getChildLoc());
    return child.empty() ? where : where + " (" + child + ")";
  }
  if (auto file = dyn_cast<FileLineColLoc>(loc)) {
    std::string where = file.getFilename().str();
    if (file.getLine())
      where += ":" + std::to_string(file.getLine()) + ":" +
               std::to_string(file.getColumn());
    return where;
  }
  if (auto fused = dyn_cast<FusedLoc>(loc)) {
    for (Location inner : fused.getLocations()) {
      std::string where = describe(inner);
      if (!where.empty())
        return where;
    }
  }
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return describe(callSite.getCallee());
  return "";
}

/// Prints "x2p: error: <where>: <message>" lines, notes indented below.
LogicalResult printDiagnostic(Diagnostic &diag) {
  const char *severity = "error";
  if (diag.getSeverity() == DiagnosticSeverity::Warning)
    severity = "warning";
  else if (diag.getSeverity() == DiagnosticSeverity::Remark)
    severity = "remark";
  std::string where = describe(diag.getLocation());
  llvm::errs() << "x2p: " << severity << ": "
               << (where.empty() ? "" : where + ": ") << diag.str() << "\n";
  for (Diagnostic &note : diag.getNotes()) {
    std::string noteWhere = describe(note.getLocation());
    llvm::errs() << "  note: " << (noteWhere.empty() ? "" : noteWhere + ": ")
                 << note.str() << "\n";
  }
  return success();
}

/// Removes a folder tree; best effort (used on temporary output only).
void removeTree(StringRef path) {
  llvm::sys::fs::remove_directories(path, /*IgnoreErrors=*/true);
}

int run() {
  if (framework != "onnx") {
    llvm::errs() << "x2p: error: --framework=" << framework
                 << " is not supported (supported: onnx)\n";
    return 2;
  }
  if (modelPath.empty() || saveDir.empty()) {
    llvm::errs() << "x2p: error: --model and --save_dir are required "
                    "(see x2p --help)\n";
    return 2;
  }
  x2p::PipelineOptions pipelineOptions;
  if (!x2p::fusion::isKnownTarget(target)) {
    llvm::errs() << "x2p: error: --target=" << target
                 << " is not supported (supported: cpu, gpu)\n";
    return 2;
  }
  pipelineOptions.target = target;
  std::string fuseError;
  FailureOr<std::vector<std::string>> fusions =
      x2p::parseFusions(fuse, fuseError);
  if (failed(fusions)) {
    llvm::errs() << "x2p: error: --fuse: " << fuseError << "\n";
    return 2;
  }
  pipelineOptions.fusions = *fusions;
  pipelineOptions.expandFused = expandFused;
  if (linearForm != "fc" && linearForm != "matmul") {
    llvm::errs() << "x2p: error: --linear-form=" << linearForm
                 << " is not supported (supported: fc, matmul)\n";
    return 2;
  }
  pipelineOptions.linearForm = linearForm;
  if (!llvm::sys::fs::exists(modelPath)) {
    llvm::errs() << "x2p: error: model file '" << modelPath
                 << "' does not exist\n";
    return 1;
  }
  if (!dumpIR.empty())
    if (std::error_code ec = llvm::sys::fs::create_directories(dumpIR)) {
      llvm::errs() << "x2p: error: cannot create '" << dumpIR
                   << "': " << ec.message() << "\n";
      return 1;
    }

  DialectRegistry registry;
  x2p::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  context.getDiagEngine().registerHandler(printDiagnostic);

  std::vector<Stage> stages;
  auto timed = [&](StringRef name, auto &&body) {
    auto start = Clock::now();
    bool ok = body();
    double seconds =
        std::chrono::duration<double>(Clock::now() - start).count();
    stages.push_back({name.str(), seconds});
    // A progress line for the stages a user waits for.
    if (ok && seconds > 1.0)
      llvm::errs() << llvm::format("x2p: %s done in %.1f s\n",
                                   name.str().c_str(), seconds);
    if (!ok)
      llvm::errs() << "x2p: " << name << " failed; nothing was written\n";
    return ok;
  };

  OwningOpRef<ModuleOp> module;
  if (!timed("import", [&] {
        module = x2p::importONNXFile(modelPath, &context);
        return bool(module);
      }))
    return 1;
  if (!inputShapeDict.empty()) {
    std::string error;
    FailureOr<x2p::ONNX::InputShapes> shapes =
        parseShapeDict(inputShapeDict, error);
    if (failed(shapes)) {
      llvm::errs() << "x2p: error: --input_shape_dict: " << error << "\n";
      return 2;
    }
    for (auto func : module->getOps<func::FuncOp>())
      if (failed(x2p::ONNX::setInputShapes(func, *shapes)))
        return 1;
  }
  std::map<std::string, int> before = countOps(*module);
  if (!dump(*module, "01-import.mlir"))
    return 1;

  FusionEffects fusionEffects;
  if (!timed("convert", [&] {
        PassManager pm(&context);
        if (report)
          pm.addInstrumentation(std::make_unique<FusionCounter>(fusionEffects));
        x2p::buildONNXToPaddlePipeline(pm, pipelineOptions);
        return succeeded(pm.run(*module));
      }))
    return 1;
  if (!dump(*module, "02-paddle.mlir"))
    return 1;

  // Export into a temporary folder beside the final one, then rename.
  // Absolute first: createUniqueDirectory puts a relative name under the
  // system's temporary folder, and the rename must stay on one file system.
  SmallString<256> finalDir(saveDir);
  if (std::error_code ec = llvm::sys::fs::make_absolute(finalDir)) {
    llvm::errs() << "x2p: error: cannot resolve '" << saveDir
                 << "': " << ec.message() << "\n";
    return 1;
  }
  llvm::sys::path::append(finalDir, "inference_model");
  if (std::error_code ec = llvm::sys::fs::create_directories(saveDir)) {
    llvm::errs() << "x2p: error: cannot create '" << saveDir
                 << "': " << ec.message() << "\n";
    return 1;
  }
  SmallString<256> tempDir;
  if (std::error_code ec = llvm::sys::fs::createUniqueDirectory(
          (finalDir + ".tmp").str(), tempDir)) {
    llvm::errs() << "x2p: error: cannot create a folder in '" << saveDir
                 << "': " << ec.message() << "\n";
    return 1;
  }
  SmallString<256> modelFile(tempDir);
  llvm::sys::path::append(modelFile, "model.pdmodel");
  if (!timed("export", [&] {
        return succeeded(
            x2p::paddle_export::exportPaddleModelFiles(*module, modelFile));
      })) {
    removeTree(tempDir);
    return 1;
  }
  if (llvm::sys::fs::exists(finalDir))
    removeTree(finalDir);
  if (std::error_code ec = llvm::sys::fs::rename(tempDir, finalDir)) {
    llvm::errs() << "x2p: error: cannot move the model into '" << finalDir
                 << "': " << ec.message() << "\n";
    removeTree(tempDir);
    return 1;
  }

  if (report) {
    llvm::outs() << "x2p: " << modelPath << " -> " << finalDir << "\n";
    printCounts(llvm::outs(), "onnx ops before", before);
    printCounts(llvm::outs(), "paddle ops after", countOps(*module));
    llvm::outs() << "fusions:" << (fusionEffects.empty() ? " none\n" : "\n");
    for (auto &[pass, effect] : fusionEffects) {
      llvm::outs() << "  " << pass << ":";
      if (effect.created.empty())
        llvm::outs() << " nothing fused";
      for (auto &[name, count] : effect.created)
        llvm::outs() << " +" << count << " " << name;
      llvm::outs() << "\n";
    }
    llvm::outs() << "stages:\n";
    for (const Stage &stage : stages)
      llvm::outs() << llvm::format("  %-8s %8.3f s\n", stage.name.c_str(),
                                   stage.seconds);
  }
  return 0;
}

} // namespace

int x2p::driverMain(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "x2p: convert an ONNX model into a PaddlePaddle inference model\n\n"
      "  x2p --framework=onnx --model=model.onnx --save_dir=out\n\n"
      "writes out/inference_model/model.pdmodel and model.pdiparams (the "
      "layout X2Paddle writes), loadable with paddle.inference.Config. Exit "
      "code 0 on success, 1 when the model cannot be converted (every "
      "reason is printed), 2 on a usage error.\n");
  return run();
}
