//===- ONNXToPaddle.cpp - every onnx → paddle pattern ---------------------===//
//
// The one list of pattern families, for --onnx-to-paddle and for any
// conversion of a user's own. The order is the order the patterns were
// always added in (a family, then the families split out of it), which
// decides between patterns of equal benefit for one op (no op has two
// today).
//
//===----------------------------------------------------------------------===//
#include "x2p/Conversion/ONNXToPaddle.h"

#include "Families.h"

using namespace mlir;
using namespace x2p::onnx_to_paddle;

void x2p::populateONNXToPaddlePatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns,
                                       ONNXToPaddleFailures &failures) {
  populateConstantPatterns(converter, patterns, failures);
  populateElementwisePatterns(converter, patterns, failures);
  populateUnaryMathPatterns(converter, patterns, failures);
  populateArithmeticPatterns(converter, patterns, failures);
  populateQuantizePatterns(converter, patterns, failures);
  populateMatMulPatterns(converter, patterns, failures);
  populateNNPatterns(converter, patterns, failures);
  populateActivationPatterns(converter, patterns, failures);
  populateShapePatterns(converter, patterns, failures);
  populateShapeBroadcastPatterns(converter, patterns, failures);
  populateShapeCreatePatterns(converter, patterns, failures);
  populateShapeDepthSpacePatterns(converter, patterns, failures);
  populateReductionPatterns(converter, patterns, failures);
  populateNormPatterns(converter, patterns, failures);
  populateResizePatterns(converter, patterns, failures);
  populateConvPatterns(converter, patterns, failures);
  populatePoolPatterns(converter, patterns, failures);
  populateIndexingPatterns(converter, patterns, failures);
  populateIndexingSelectPatterns(converter, patterns, failures);
  populateIndexingSortPatterns(converter, patterns, failures);
  populatePadPatterns(converter, patterns, failures);
  populateAttentionPatterns(converter, patterns, failures);
  populateAttentionBlockPatterns(converter, patterns, failures);
  populateMicrosoftPatterns(converter, patterns, failures);
  populateMicrosoftAttentionPatterns(converter, patterns, failures);
  populateLossPatterns(converter, patterns, failures);
}
