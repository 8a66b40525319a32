//===- ONNXOpsControlFlow.cpp - onnx ops with graph attributes ------------===//
//
// If, Loop, Scan and SequenceMap hold their subgraphs as regions of one
// block ending in onnx.Yield. ONNX fixes how many values enter and leave each
// subgraph relative to the op's operands and results; these verifiers check
// those counts so a malformed region fails with the op's location.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;
using namespace x2p::ONNX;

/// Checks that `region` (one block, by ODS) takes `numArgs` arguments and
/// yields `numYields` values. A negative count is not checked.
static LogicalResult verifyGraphRegion(Operation *op, Region &region,
                                       StringRef name, int64_t numArgs,
                                       int64_t numYields) {
  Block &block = region.front();
  if (numArgs >= 0 && static_cast<int64_t>(block.getNumArguments()) != numArgs)
    return op->emitOpError()
           << "region '" << name << "' takes " << block.getNumArguments()
           << " arguments, expected " << numArgs;
  auto yield = dyn_cast<YieldOp>(block.getTerminator());
  if (!yield)
    return op->emitOpError()
           << "region '" << name << "' must end in onnx.Yield";
  if (static_cast<int64_t>(yield.getNumOperands()) != numYields)
    return op->emitOpError()
           << "region '" << name << "' yields " << yield.getNumOperands()
           << " values, expected " << numYields;
  return success();
}

LogicalResult IfOp::verify() {
  // Both branches are subgraphs without inputs that produce the results.
  int64_t results = getNumResults();
  if (failed(
          verifyGraphRegion(*this, getThenBranch(), "then_branch", 0, results)))
    return failure();
  return verifyGraphRegion(*this, getElseBranch(), "else_branch", 0, results);
}

LogicalResult LoopOp::verify() {
  // body(iteration_num, condition, v...) -> (condition, v..., scan_outputs...)
  return verifyGraphRegion(*this, getBody(), "body", getNumOperands(),
                           getNumResults() + 1);
}

LogicalResult ScanOp::verify() {
  // body(states..., scan_inputs...) -> (states..., scan_outputs...)
  return verifyGraphRegion(*this, getBody(), "body", getNumOperands(),
                           getNumResults());
}

LogicalResult SequenceMapOp::verify() {
  // body(element of input_sequence, additional_inputs...) -> (outputs...)
  return verifyGraphRegion(*this, getBody(), "body", getNumOperands(),
                           getNumResults());
}
