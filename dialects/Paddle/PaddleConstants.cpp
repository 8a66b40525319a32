//===- PaddleConstants.cpp - reading constant values of paddle programs ---===//
//
// See PaddleConstants.h: the one reader of a paddle constant's single value.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleConstants.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;

std::optional<double> x2p::Paddle::splatFloat(Value value) {
  if (auto param = value.getDefiningOp<Paddle::ParameterOp>()) {
    auto dense = dyn_cast<DenseFPElementsAttr>(param.getValue());
    if (!dense || !dense.isSplat())
      return std::nullopt;
    return dense.getSplatValue<APFloat>().convertToDouble();
  }
  if (auto fill = value.getDefiningOp<Paddle::FillConstantOp>()) {
    if (fill->getNumOperands() != 0 ||
        !isa<FloatType>(getElementTypeOrSelf(fill.getOut().getType())))
      return std::nullopt;
    if (!fill.getStrValue().empty())
      return std::nullopt;
    return static_cast<double>(fill.getValue().convertToFloat());
  }
  return std::nullopt;
}
