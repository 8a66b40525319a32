//===- ExportBench.cpp - time --export-paddle on a large parameter set ----===//
//
// Builds a paddle-dialect module whose parameters alias a memory-mapped raw
// data file (as weights imported from a memory-mapped ONNX file do), then
// times exportPaddleModelFiles on it and reports the wall time and the peak
// RSS. run.py compares the figures with `cp` of the same bytes.
//
//   x2p-export-bench DATA_FILE PARAM_COUNT OUT_DIR
//
//===----------------------------------------------------------------------===//
#include "x2p/Export/Paddle/ExportPaddle.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <sys/resource.h>

using namespace mlir;

static long peakRSSKiB() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    llvm::errs() << "usage: x2p-export-bench DATA_FILE PARAM_COUNT OUT_DIR\n";
    return 2;
  }
  auto file = llvm::MemoryBuffer::getFile(argv[1], /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false);
  if (!file) {
    llvm::errs() << "cannot map " << argv[1] << "\n";
    return 1;
  }
  std::shared_ptr<llvm::MemoryBuffer> buffer(std::move(*file));
  int64_t count = std::atoll(argv[2]);
  int64_t floats = buffer->getBufferSize() / 4 / count;

  MLIRContext context;
  context.loadDialect<func::FuncDialect, x2p::Paddle::PaddleDialect>();
  OpBuilder builder(&context);
  Location loc = builder.getUnknownLoc();
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module->getBody());
  auto type = RankedTensorType::get({floats}, builder.getF32Type());
  auto func = func::FuncOp::create(builder, loc, "main_graph",
                                   builder.getFunctionType({}, {type}));
  builder.setInsertionPointToEnd(func.addEntryBlock());
  auto &blobs = DenseResourceElementsHandle::getManagerInterface(&context);
  Value sum;
  for (int64_t i = 0; i < count; ++i) {
    ArrayRef<char> bytes(buffer->getBufferStart() + i * floats * 4,
                         floats * 4);
    auto blob = UnmanagedAsmResourceBlob::allocateWithAlign(
        bytes, alignof(float),
        [buffer](void *, size_t, size_t) mutable { buffer.reset(); });
    std::string name = "layer" + std::to_string(i) + ".weight";
    auto value = DenseResourceElementsAttr::get(
        type, blobs.insert(name, std::move(blob)));
    Value param =
        x2p::Paddle::ParameterOp::create(builder, loc, type, name, value);
    sum = sum ? Value(x2p::Paddle::ElementwiseAddOp::create(
                    builder, loc, type, sum, param, builder.getSI32IntegerAttr(-1)))
              : param;
  }
  func::ReturnOp::create(builder, loc, sum);
  long before = peakRSSKiB();

  auto start = std::chrono::steady_clock::now();
  std::string model = std::string(argv[3]) + "/model.pdmodel";
  if (failed(x2p::paddle_export::exportPaddleModelFiles(*module, model)))
    return 1;
  double seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  llvm::outs() << "{\"export_seconds\": " << seconds
               << ", \"param_bytes\": " << count * floats * 4
               << ", \"peak_rss_kib_before_export\": " << before
               << ", \"peak_rss_kib\": " << peakRSSKiB() << "}\n";
  return 0;
}
