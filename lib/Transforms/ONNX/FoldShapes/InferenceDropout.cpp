//===- InferenceDropout.cpp - drop inference-time Dropout -----------------===//
//
// Dropout at inference (no training_mode, or a constant false one) forwards
// its data;
// its mask, where used, is all true: a constant when the data's shape is
// static, else ConstantOfShape(Shape(data)).
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "../ShapeInference/ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace x2p::ONNX;

namespace {

struct RemoveInferenceDropout : public OpRewritePattern<DropoutOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(DropoutOp op,
                                PatternRewriter &rewriter) const override {
    if (!shape::isNone(op.getTrainingMode())) {
      std::optional<SmallVector<int64_t>> training =
          shape::constantInts(op.getTrainingMode());
      if (!training || training->size() != 1 || (*training)[0] != 0)
        return rewriter.notifyMatchFailure(op, "training_mode may be true");
    }
    Value data = op.getData();
    Value output = op.getOutput();
    // The output's users may rely on a type more precise than data's.
    if (output.getType() != data.getType() &&
        !(isa<RankedTensorType>(data.getType()) &&
          cast<ShapedType>(data.getType()).hasStaticShape()))
      if (!isa<UnrankedTensorType>(output.getType()))
        return rewriter.notifyMatchFailure(op, "output type more precise");
    Value mask;
    Value maskResult = op.getMask();
    if (!isa<NoneType>(maskResult.getType()) && !maskResult.use_empty()) {
      auto maskType = cast<TensorType>(maskResult.getType());
      Type i1 = rewriter.getI1Type();
      auto dataType = dyn_cast<RankedTensorType>(data.getType());
      if (dataType && dataType.hasStaticShape()) {
        auto type = RankedTensorType::get(dataType.getShape(), i1);
        mask = ConstantOp::create(
            rewriter, op.getLoc(), type,
            cast<ElementsAttr>(DenseElementsAttr::get(type, true)));
      } else {
        Type shapeType = RankedTensorType::get(
            {dataType ? dataType.getRank() : ShapedType::kDynamic},
            rewriter.getI64Type());
        Value shape = ShapeOp::create(rewriter, op.getLoc(), shapeType, data,
                                      /*end=*/IntegerAttr(),
                                      /*start=*/IntegerAttr());
        auto one = RankedTensorType::get({1}, i1);
        mask = ConstantOfShapeOp::create(
            rewriter, op.getLoc(), maskType, shape,
            cast<ElementsAttr>(DenseElementsAttr::get(one, true)));
      }
    }
    rewriter.replaceAllUsesWith(output, data);
    if (mask)
      rewriter.replaceAllUsesWith(maskResult, mask);
    rewriter.eraseOp(op);
    return success();
  }
};

} // namespace

void x2p::ONNX::populateInferenceDropoutPatterns(RewritePatternSet &patterns) {
  patterns.add<RemoveInferenceDropout>(patterns.getContext());
}
