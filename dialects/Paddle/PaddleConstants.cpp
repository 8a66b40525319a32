//===- PaddleConstants.cpp - reading constant values of paddle programs ---===//
//
// See PaddleConstants.h: the one reader of a paddle constant's single
// value, also through the scalar arithmetic exporters leave unfolded.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleConstants.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include "llvm/ADT/StringSet.h"

#include <cmath>
#include <string>

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

std::optional<double> x2p::Paddle::foldedSplatFloat(Value value) {
  if (std::optional<double> c = splatFloat(value))
    return c;
  auto type = dyn_cast<RankedTensorType>(value.getType());
  Operation *def = value.getDefiningOp();
  if (!def || !type || !type.hasStaticShape() || type.getNumElements() != 1)
    return std::nullopt;
  auto binary = [&](auto op, auto fn) -> std::optional<double> {
    std::optional<double> x = foldedSplatFloat(op.getX());
    std::optional<double> y = x ? foldedSplatFloat(op.getY()) : std::nullopt;
    if (!y)
      return std::nullopt;
    double r = fn(*x, *y);
    return std::isfinite(r) ? std::optional<double>(r) : std::nullopt;
  };
  if (auto op = dyn_cast<Paddle::ElementwiseAddOp>(def))
    return binary(op, [](double x, double y) { return x + y; });
  if (auto op = dyn_cast<Paddle::ElementwiseSubOp>(def))
    return binary(op, [](double x, double y) { return x - y; });
  if (auto op = dyn_cast<Paddle::ElementwiseMulOp>(def))
    return binary(op, [](double x, double y) { return x * y; });
  if (auto op = dyn_cast<Paddle::ElementwiseDivOp>(def))
    return binary(op, [](double x, double y) { return x / y; });
  if (auto op = dyn_cast<Paddle::ElementwisePowOp>(def))
    return binary(op, [](double x, double y) { return std::pow(x, y); });
  if (auto op = dyn_cast<Paddle::SqrtOp>(def)) {
    std::optional<double> x = foldedSplatFloat(op.getX());
    return x && *x >= 0 ? std::optional<double>(std::sqrt(*x)) : std::nullopt;
  }
  if (auto op = dyn_cast<Paddle::RsqrtOp>(def)) {
    std::optional<double> x = foldedSplatFloat(op.getX());
    return x && *x > 0 ? std::optional<double>(1.0 / std::sqrt(*x))
                       : std::nullopt;
  }
  return std::nullopt;
}

Value x2p::Paddle::createF32Parameter(OpBuilder &builder, Location loc,
                                      StringRef name, ArrayRef<int64_t> dims,
                                      ArrayRef<float> values) {
  llvm::StringSet<> taken;
  if (Operation *scope = builder.getInsertionBlock()->getParentOp())
    scope->walk([&](ParameterOp param) { taken.insert(param.getName()); });
  std::string unique = name.str();
  for (int i = 1; taken.contains(unique); ++i)
    unique = (name + "_" + std::to_string(i)).str();
  name = unique;
  auto type = RankedTensorType::get(dims, builder.getF32Type());
  auto blob = HeapAsmResourceBlob::allocateAndCopyInferAlign(values);
  auto attr = DenseResourceElementsAttr::get(type, name, std::move(blob));
  return ParameterOp::create(builder, loc, type, builder.getStringAttr(name),
                             attr);
}
