//===- Norm.cpp - ONNX normalizations and resizing → paddle ---------------===//
//
// BatchNormalization, InstanceNormalization, LayerNormalization, GroupNormalization, Resize/Upsample.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

void x2p::onnx_to_paddle::populateNormPatterns(TypeConverter &converter,
                                RewritePatternSet &patterns,
                                Failures &failures) {
  (void)converter;
  (void)patterns;
  (void)failures;
}
