//===- FoldShapesPass.cpp - --onnx-fold-shapes ----------------------------===//
//
// Runs the folding and Dropout patterns greedily (Identity goes by its
// folder) and, with infer-shapes, alternates them with shape inference
// until neither changes anything: folding a shape makes a Reshape static,
// and a static Reshape lets the next Shape fold. This is x2p's one
// fold/infer fixed-point loop; --onnx-shape-inference is a single sweep.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/ONNX/Passes.h"

#include "FoldShapes/Patterns.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"

namespace x2p::ONNX {
#define GEN_PASS_DEF_ONNXFOLDSHAPES
#include "x2p/Transforms/ONNX/Passes.h.inc"
} // namespace x2p::ONNX

using namespace mlir;
using namespace x2p::ONNX;

void x2p::ONNX::populateONNXFoldShapesPatterns(RewritePatternSet &patterns,
                                               int64_t maxFoldElements) {
  populateShapeFoldingPatterns(patterns, maxFoldElements);
  populateInferenceDropoutPatterns(patterns);
  populateUnflattenedGemmPatterns(patterns);
}

/// Folding may give a returned value a more precise type; the function's
/// result types follow (func.return requires them equal).
static void syncResultTypes(func::FuncOp func) {
  if (func.isExternal())
    return;
  Operation *ret = func.getBody().back().getTerminator();
  if (!ret || ret->getNumOperands() != func.getNumResults())
    return;
  SmallVector<Type> results(ret->getOperandTypes());
  if (ArrayRef<Type>(results) != func.getResultTypes())
    func.setType(
        FunctionType::get(func.getContext(), func.getArgumentTypes(), results));
}

namespace {
struct ONNXFoldShapesPass
    : public x2p::ONNX::impl::ONNXFoldShapesBase<ONNXFoldShapesPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    RewritePatternSet set(&getContext());
    populateONNXFoldShapesPatterns(set, maxFoldElements);
    FrozenRewritePatternSet patterns(std::move(set));
    unsigned rounds = inferShapes ? std::max(1u, unsigned(maxIterations)) : 1;
    for (unsigned i = 0; i < rounds; ++i) {
      bool folded = false;
      // Not converging within the driver's own limit is not an error: the
      // IR is valid after every rewrite, and the next round continues.
      (void)applyPatternsGreedily(func, patterns, GreedyRewriteConfig(),
                                  &folded);
      syncResultTypes(func);
      bool inferred = inferShapes && x2p::ONNX::inferShapes(func);
      if (!folded && !inferred)
        break;
    }
  }
};
} // namespace
