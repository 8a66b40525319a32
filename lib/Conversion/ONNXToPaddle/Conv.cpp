//===- Conv.cpp - ONNX convolutions and pooling → paddle ------------------===//
//
// Conv, ConvTranspose and the pools map to conv2d/depthwise_conv2d/conv2d_transpose/pool2d; ONNX's pads layout and auto_pad are resolved here.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

void x2p::onnx_to_paddle::populateConvPatterns(TypeConverter &converter,
                                RewritePatternSet &patterns,
                                Failures &failures) {
  (void)converter;
  (void)patterns;
  (void)failures;
}
