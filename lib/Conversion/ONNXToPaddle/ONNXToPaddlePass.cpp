//===- ONNXToPaddlePass.cpp - the --onnx-to-paddle pass -------------------===//
//
// A partial DialectConversion over the pattern families, followed by the
// report of every onnx op left unconverted (with the reason its pattern
// gave), so that a model either converts completely or fails with the full
// list of what is missing. Tensor types are the same in both dialects, so
// the type converter is the identity. What the converted program needs
// for Paddle Inference (--paddle-avoid-quirks) and the sweep of unused
// parameters (--paddle-drop-dead-parameters) are paddle passes of their
// own, run after this one by the x2p pipeline.
//
//===----------------------------------------------------------------------===//
#include "x2p/Conversion/ONNXToPaddle.h"
#include "x2p/Conversion/Passes.h"

#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Transforms/DialectConversion.h"

namespace x2p {
#define GEN_PASS_DEF_ONNXTOPADDLE
#include "x2p/Conversion/Passes.h.inc"
} // namespace x2p

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// Source names of feeds and fetches travel as paddle.name.
void renameInterface(func::FuncOp func) {
  for (unsigned i = 0; i < func.getNumArguments(); ++i)
    if (auto name = func.getArgAttrOfType<StringAttr>(i, "onnx.name"))
      func.setArgAttr(i, "paddle.name", name);
  for (unsigned i = 0; i < func.getNumResults(); ++i)
    if (auto name = func.getResultAttrOfType<StringAttr>(i, "onnx.name"))
      func.setResultAttr(i, "paddle.name", name);
}

struct ONNXToPaddlePass
    : x2p::impl::ONNXToPaddleBase<ONNXToPaddlePass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *context = &getContext();
    module.walk(renameInterface);

    TypeConverter converter;
    converter.addConversion([](Type type) { return type; });
    Failures failures;
    RewritePatternSet patterns(context);
    populateONNXToPaddlePatterns(converter, patterns, failures);

    // onnx ops have no declared legality: those no pattern converts stay,
    // and are reported below, all at once.
    ConversionTarget target(*context);
    target.addLegalDialect<Paddle::PaddleDialect, func::FuncDialect>();
    target.addLegalOp<ModuleOp, ONNX::NoValueOp>();
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      return signalPassFailure();

    // Pre-order, and not into an unconverted op's regions: an If, Loop or
    // Scan that did not convert is the failure, not its onnx.Yield.
    bool ok = true;
    module.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op->getDialect() != context->getLoadedDialect<ONNX::ONNXDialect>() ||
          isa<ONNX::NoValueOp>(op))
        return WalkResult::advance();
      auto it = failures.reasons.find(op);
      InFlightDiagnostic diag = op->emitError()
                                << "cannot convert '" << op->getName()
                                << "' to the paddle dialect";
      if (it != failures.reasons.end())
        diag << ": " << it->second;
      else
        diag << ": no conversion for this operator yet";
      ok = false;
      return WalkResult::skip();
    });
    if (!ok)
      return signalPassFailure();

    // Absent-input markers are onnx residue once their users converted.
    SmallVector<ONNX::NoValueOp> dead;
    module.walk([&](ONNX::NoValueOp op) {
      if (op->use_empty())
        dead.push_back(op);
    });
    for (ONNX::NoValueOp op : dead)
      op->erase();
  }
};

} // namespace
