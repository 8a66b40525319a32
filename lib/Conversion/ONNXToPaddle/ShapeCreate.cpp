//===- ShapeCreate.cpp - ONNX tensor creation, casts and pass-throughs ----===//
//
// ConstantOfShape is fill_constant: its shape an attribute when constant,
// the ShapeTensor slot otherwise; the value travels as fill_constant's
// float `value`, or as `str_value` (parsed as a double by Paddle) when a
// float cannot hold it. Range is Paddle's range op over the three scalar
// operands. Cast and CastLike are paddle.cast, which converts with C++'s
// static_cast as ONNX does (float → int truncates toward zero). Identity
// and inference-mode Dropout pass the input through (assign, so a graph
// whose output is its input still gets a distinct fetch var).
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "ShapeCommon.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "x2p/Support/ElementsAttrValues.h"

#include <cmath>
#include <cstdio>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

constexpr const char *kTypes = "an element type Paddle has no tensor type for";

struct ConstantOfShapeToFillConstant
    : ReportingPattern<ONNX::ConstantOfShapeOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::ConstantOfShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    auto resultType = cast<TensorType>(op.getType());
    Type element = resultType.getElementType();
    // The value as a double and, where a float does not hold it, as text.
    double value = 0;
    std::string text;
    if (std::optional<ElementsAttr> attr = op.getValue()) {
      auto dense = dyn_cast<DenseElementsAttr>(*attr);
      if (!dense || dense.getNumElements() != 1)
        return failures.fail(op, "the value is not a one-element dense "
                                 "tensor");
      char buffer[40] = "";
      if (std::optional<SmallVector<double>> f = getFloatValues(dense)) {
        value = f->front();
        if (!std::isnan(value) &&
            static_cast<double>(static_cast<float>(value)) != value)
          std::snprintf(buffer, sizeof(buffer), "%.17g", value);
      } else if (std::optional<SmallVector<int64_t>> i = getIntValues(dense)) {
        int64_t n = i->front();
        value = static_cast<double>(n);
        if (static_cast<int64_t>(static_cast<float>(n)) != n)
          std::snprintf(buffer, sizeof(buffer), "%lld",
                        static_cast<long long>(n));
      }
      text = buffer;
    }
    std::optional<SmallVector<int64_t>> shape =
        getConstantInts(adaptor.getInput());
    for (int64_t d : shape ? *shape : SmallVector<int64_t>{})
      if (d < 0)
        return failures.fail(op, "a negative dim in the shape");
    rewriter.replaceOpWithNewOp<Paddle::FillConstantOp>(
        op, op.getType(), /*ValueTensor=*/Value(),
        /*ShapeTensor=*/shape ? Value() : adaptor.getInput(),
        /*ShapeTensorList=*/ValueRange{},
        rewriter.getSI32IntegerAttr(*Paddle::varTypeCodeOf(element)),
        rewriter.getDenseI64ArrayAttr(shape ? ArrayRef<int64_t>(*shape)
                                            : ArrayRef<int64_t>()),
        rewriter.getF32FloatAttr(static_cast<float>(value)),
        rewriter.getStringAttr(text));
    return success();
  }
};

/// Range: Paddle 3.3.1's CPU range kernel (the legacy op's) has no int16 or
/// float16 variant.
struct RangeToRange : ReportingPattern<ONNX::RangeOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::RangeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkKernelTypes(op, Paddle::RangeOp::getOperationName(),
                                op.getType(), failures)))
      return failure();
    rewriter.replaceOpWithNewOp<Paddle::RangeOp>(
        op, op.getType(), adaptor.getStart(), adaptor.getLimit(),
        adaptor.getDelta());
    return success();
  }
};

/// Cast and CastLike: the result's element type says the target.
template <typename SourceOp> struct CastToCast : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isa<TensorType>(op.getInput().getType()) ||
        !Paddle::varTypeCodeOf(getElementTypeOrSelf(op.getInput())) ||
        !Paddle::varTypeCodeOf(getElementTypeOrSelf(op.getType())))
      return this->failures.fail(op, "a source or target element type Paddle "
                                     "has no tensor type for");
    Value input = adaptor.getInput();
    Type from = getElementTypeOrSelf(input), to = getElementTypeOrSelf(op);
    if (from == to) {
      rewriter.replaceOpWithNewOp<Paddle::AssignOp>(op, op.getType(), input);
      return success();
    }
    // The result type as shape inference left it (it may know more dims
    // than the input's type says).
    rewriter.replaceOpWithNewOp<Paddle::CastOp>(
        op, op.getType(), input,
        rewriter.getSI32IntegerAttr(*Paddle::varTypeCodeOf(from)),
        rewriter.getSI32IntegerAttr(*Paddle::varTypeCodeOf(to)));
    return success();
  }
};

struct IdentityToAssign : ReportingPattern<ONNX::IdentityOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::IdentityOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, "the input is not a tensor of an element type "
                               "Paddle has");
    rewriter.replaceOpWithNewOp<Paddle::AssignOp>(op, op.getType(),
                                                  adaptor.getInput());
    return success();
  }
};

/// Dropout at inference (training_mode absent or false) is the identity;
/// its mask, when used, is all true.
struct DropoutToAssign : ReportingPattern<ONNX::DropoutOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::DropoutOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    if (!isNone(op.getTrainingMode())) {
      std::optional<SmallVector<int64_t>> training =
          getConstantInts(adaptor.getTrainingMode());
      if (!training)
        return failures.fail(op, "training_mode is not a constant");
      if (llvm::any_of(*training, [](int64_t v) { return v != 0; }))
        return failures.fail(op, "training_mode is true (random dropout "
                                 "is not an inference computation)");
    }
    Location loc = op.getLoc();
    Value output = Paddle::AssignOp::create(
        rewriter, loc, op.getOutput().getType(), adaptor.getData());
    // An unused mask (or an absent one, typed none) needs no value.
    Value mask;
    if (!op.getMask().use_empty())
      mask = Paddle::FillAnyLikeOp::create(
          rewriter, loc, op.getMask().getType(), adaptor.getData(),
          rewriter.getF32FloatAttr(1.0f),
          rewriter.getSI32IntegerAttr(
              static_cast<int32_t>(Paddle::VarTypeCode::BOOL)));
    rewriter.replaceOp(op, {output, mask});
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateShapeCreatePatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<ConstantOfShapeToFillConstant, RangeToRange,
               CastToCast<ONNX::CastOp>, CastToCast<ONNX::CastLikeOp>,
               IdentityToAssign, DropoutToAssign>(
      converter, patterns.getContext(), failures);
}
