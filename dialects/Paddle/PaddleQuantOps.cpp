//===- PaddleQuantOps.cpp - quantize_linear/dequantize_linear verifiers ---===//
//
// Paddle's quant kernels take quant_axis -1 (per tensor), 0 or 1 and a bit
// width up to 16, and read one scale per slice along quant_axis; a wrong
// count reads past the scale buffer instead of failing, so it is checked.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "PaddleVerifiers.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;

LogicalResult x2p::Paddle::detail::verifyQuantLinear(Operation *op, Value x,
                                                     Value scale,
                                                     const QuantAttrs &attrs) {
  if (attrs.quantAxis < -1 || attrs.quantAxis > 1)
    return op->emitOpError()
           << "quant_axis " << attrs.quantAxis << " must be -1, 0 or 1";
  if (attrs.bitLength < 1 || attrs.bitLength > 16)
    return op->emitOpError()
           << "bit_length " << attrs.bitLength << " must be in [1, 16]";
  if (attrs.qmin >= attrs.qmax)
    return op->emitOpError()
           << "qmin " << attrs.qmin << " must be below qmax " << attrs.qmax;
  if (attrs.roundType != 0 && attrs.roundType != 1)
    return op->emitOpError() << "round_type " << attrs.roundType
                             << " must be 0 (half to even) or 1 (half away "
                                "from zero)";
  if (attrs.quantAxis == -1)
    return verifyNumElements(op, scale, 1, "Scale (per tensor)");
  auto xt = ranked(x);
  if (!xt)
    return success();
  if (attrs.quantAxis >= xt.getRank())
    return op->emitOpError() << "quant_axis " << attrs.quantAxis
                             << " is out of range for rank " << xt.getRank();
  if (failed(verifyRank(op, scale, 1, "Scale (per channel)")))
    return failure();
  return verifyNumElements(op, scale, xt.getDimSize(attrs.quantAxis),
                           "Scale (one per channel)");
}
