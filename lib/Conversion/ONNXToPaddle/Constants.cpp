//===- Constants.cpp - onnx.Constant → paddle.parameter -------------------===//
//
// Weights and other constants become persistable Paddle vars named after
// their source (the initializer or Constant node name from the location),
// made valid and unique the way the exporter requires. Constants that other
// patterns fold into attributes are erased by the pass once unused.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "Patterns.h"

#include "x2p/Support/VarNames.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

std::string sourceName(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations()) {
      std::string name = sourceName(inner);
      if (!name.empty())
        return name;
    }
  return "";
}

struct ConstantToParameter : OpConversionPattern<ONNX::ConstantOp> {
  ConstantToParameter(const TypeConverter &converter, MLIRContext *context,
                      std::shared_ptr<VarNamer> namer)
      : OpConversionPattern(converter, context), namer(std::move(namer)) {}

  LogicalResult
  matchAndRewrite(ONNX::ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string name = namer->unique(sourceName(op.getLoc()), "constant");
    rewriter.replaceOpWithNewOp<Paddle::ParameterOp>(op, op.getType(), name,
                                                     op.getValue());
    return success();
  }

  std::shared_ptr<VarNamer> namer;
};

} // namespace

void x2p::onnx_to_paddle::populateConstantPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns, Failures &) {
  patterns.add<ConstantToParameter>(converter, patterns.getContext(),
                                    std::make_shared<VarNamer>());
}
