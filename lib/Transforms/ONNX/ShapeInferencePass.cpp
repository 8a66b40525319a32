//===- ShapeInferencePass.cpp - --onnx-shape-inference --------------------===//
//
// The driver around the shape functions: it visits the ops of a function
// in order (nested regions first, so an op sees refined operands), merges
// each proposal with the type already there, and makes the function's
// result types follow its return. Merging is what keeps the pass safe: a
// dim the model stated is never overwritten, a rank never dropped, and a
// proposal that the op's verifier rejects is undone.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/ONNX/Passes.h"

#include "ShapeInference/ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXDialect.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Verifier.h"

namespace x2p::ONNX {
#define GEN_PASS_DEF_ONNXSHAPEINFERENCE
#include "x2p/Transforms/ONNX/Passes.h.inc"
} // namespace x2p::ONNX

using namespace mlir;
using namespace x2p::ONNX;

/// `old` refined by `proposed`: unknowns of `old` filled in, nothing of
/// `old` lost. An unranked `old` takes the proposal's element type (the
/// importer's is only a guess there); a ranked one keeps its own.
static Type refine(Type old, Type proposed) {
  auto oldT = dyn_cast<TensorType>(old);
  auto newT = dyn_cast_or_null<TensorType>(proposed);
  if (!oldT || !newT)
    return old;
  if (!oldT.hasRank())
    return newT;
  if (!newT.hasRank() || newT.getRank() != oldT.getRank())
    return old;
  SmallVector<int64_t> dims(oldT.getShape());
  for (auto [d, n] : llvm::zip(dims, newT.getShape()))
    if (ShapedType::isDynamic(d))
      d = n;
  auto ranked = cast<RankedTensorType>(oldT);
  return RankedTensorType::get(dims, ranked.getElementType(),
                               ranked.getEncoding());
}

/// Applies the shape function of `op`, if any; true when a type changed.
static bool inferOp(Operation *op, const shape::ShapeFnTable &table) {
  const shape::ShapeFn *fn = table.lookup(op);
  if (!fn)
    return false;
  SmallVector<Type> proposed(op->getNumResults());
  (*fn)(op, proposed);
  SmallVector<Type> before(op->getResultTypes());
  bool changed = false;
  for (auto [result, type] : llvm::zip(op->getResults(), proposed)) {
    Type refined = refine(result.getType(), type);
    if (refined != result.getType()) {
      result.setType(refined);
      changed = true;
    }
  }
  if (!changed)
    return false;
  // A proposal the op's own verifier rejects (a shape function that is
  // wrong for an odd input) is undone rather than left for the pass
  // manager to report.
  ScopedDiagnosticHandler silence(op->getContext(),
                                  [](Diagnostic &) { return success(); });
  if (failed(verify(op, /*verifyRecursively=*/false))) {
    for (auto [result, type] : llvm::zip(op->getResults(), before))
      result.setType(type);
    return false;
  }
  return true;
}

bool x2p::ONNX::inferShapes(func::FuncOp func) {
  const shape::ShapeFnTable &table = shape::ShapeFnTable::get();
  bool changed = false;
  func.walk<WalkOrder::PostOrder>([&](Operation *op) {
    if (isa_and_nonnull<ONNXDialect>(op->getDialect()))
      changed |= inferOp(op, table);
  });
  // func.return's operands must have the function's result types.
  if (func.isExternal())
    return changed;
  Operation *ret = func.getBody().back().getTerminator();
  if (!ret || ret->getNumOperands() != func.getNumResults())
    return changed;
  SmallVector<Type> results(ret->getOperandTypes());
  if (ArrayRef<Type>(results) != func.getResultTypes()) {
    func.setType(
        FunctionType::get(func.getContext(), func.getArgumentTypes(), results));
    changed = true;
  }
  return changed;
}

namespace {
struct ONNXShapeInferencePass
    : public x2p::ONNX::impl::ONNXShapeInferenceBase<ONNXShapeInferencePass> {
  using Base::Base;

  void runOnOperation() override {
    // One sweep; --onnx-fold-shapes iterates it with folding.
    inferShapes(getOperation());
  }
};
} // namespace
