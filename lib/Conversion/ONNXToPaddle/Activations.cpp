//===- Activations.cpp - ONNX activations → their Paddle twins ------------===//
//
// The activations whose Paddle op computes the same formula of X alone
// differ only in what their attributes are called (Selu's gamma is Paddle's
// scale, HardSigmoid's alpha/beta its slope/offset, ThresholdedRelu's alpha
// its threshold) and in the knobs Paddle has and ONNX fixes (Mish's
// softplus threshold, HardSwish's constants). One template says that once;
// each activation is a line naming the attributes in Paddle's order.
//
// A C++ template rather than DRR: a DRR pattern that does not match says
// nothing, and every refusal of this conversion carries its reason (an
// element type Paddle's kernel lacks, Gelu's unknown approximation).
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "MathKernels.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <type_traits>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// A Paddle attribute ONNX does not have: the f32 `V`.
template <int V> FloatAttr f32(Operation *, Builder &b) {
  return b.getF32FloatAttr(static_cast<float>(V));
}

/// `TargetOp` of the ONNX op's one input, with Paddle's attributes in
/// Paddle's order: each `Attrs` is a getter of the ONNX attribute that
/// Paddle's takes as it is, or a function (op, builder) that makes it.
template <typename SourceOp, typename TargetOp, auto... Attrs>
struct ActivationToActivation : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getOperands()[0];
    // TargetOp's CPU kernel types come from the paddle dialect's table: an
    // f16 input of a kernel without f16 computes in f32 and casts back.
    Value result = buildWithKernel(
        rewriter, op, failures, TargetOp::getOperationName(), elementTypeOf(x),
        x, op.getType(),
        [&](ValueRange cast, Type type) -> Value {
          return TargetOp::create(rewriter, op.getLoc(), type, cast[0],
                                  attribute<Attrs>(op, rewriter)...);
        });
    return this->replaceOrFail(rewriter, op, result);
  }

  template <auto Attr> static auto attribute(SourceOp op, Builder &b) {
    if constexpr (std::is_member_function_pointer_v<decltype(Attr)>)
      return (op.*Attr)();
    else
      return Attr(op, b);
  }
};

template <typename SourceOp, typename TargetOp, auto... Attrs>
using Activation = ActivationToActivation<SourceOp, TargetOp, Attrs...>;

BoolAttr isTanh(ONNX::GeluOp op, Builder &b) {
  return b.getBoolAttr(op.getApproximate() == "tanh");
}

/// Gelu: Paddle's `approximate` is a bool, ONNX's a name.
struct GeluToGelu : Activation<ONNX::GeluOp, Paddle::GeluOp, isTanh> {
  using ActivationToActivation::ActivationToActivation;

  LogicalResult
  matchAndRewrite(ONNX::GeluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    StringRef approximate = op.getApproximate();
    if (approximate != "none" && approximate != "tanh")
      return failures.fail(op, "unknown approximate '" + approximate + "'");
    return ActivationToActivation::matchAndRewrite(op, adaptor, rewriter);
  }
};

} // namespace

void x2p::onnx_to_paddle::populateActivationPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  using namespace ONNX;
  patterns.add<
      Activation<LeakyReluOp, Paddle::LeakyReluOp, &LeakyReluOp::getAlphaAttr>,
      Activation<EluOp, Paddle::EluOp, &EluOp::getAlphaAttr>,
      // max(0, min(1, alpha * x + beta)): Paddle's slope and offset.
      Activation<HardSigmoidOp, Paddle::HardSigmoidOp,
                 &HardSigmoidOp::getAlphaAttr, &HardSigmoidOp::getBetaAttr>,
      // x * max(0, min(1, x / 6 + 1/2)) = x * min(max(x + 3, 0), 6) / 6:
      // Paddle's threshold, scale and offset.
      Activation<HardSwishOp, Paddle::HardSwishOp, f32<6>, f32<6>, f32<3>>,
      Activation<SeluOp, Paddle::SeluOp, &SeluOp::getGammaAttr,
                 &SeluOp::getAlphaAttr>,
      Activation<CeluOp, Paddle::CeluOp, &CeluOp::getAlphaAttr>,
      // x past alpha (Paddle's threshold) as is, else 0 (Paddle's value).
      Activation<ThresholdedReluOp, Paddle::ThresholdedReluOp,
                 &ThresholdedReluOp::getAlphaAttr, f32<0>>,
      Activation<SoftsignOp, Paddle::SoftsignOp>,
      // Paddle's softplus threshold (x past it is taken as is) changes the
      // result by less than float precision.
      Activation<MishOp, Paddle::MishOp, f32<20>>, GeluToGelu>(
      converter, patterns.getContext(), failures);
}
