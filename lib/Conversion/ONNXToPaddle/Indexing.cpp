//===- Indexing.cpp - ONNX indexing and data-dependent tensor ops → paddle ---===//
//
// Slice, Split, Where, GatherND/Elements, Scatter*, NonZero, Trilu, Pad, TopK, ArgMax/ArgMin, OneHot, CumSum: ops that select or place elements by index.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

void x2p::onnx_to_paddle::populateIndexingPatterns(TypeConverter &converter,
                                RewritePatternSet &patterns,
                                Failures &failures) {
  (void)converter;
  (void)patterns;
  (void)failures;
}
