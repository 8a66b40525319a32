//===- AvoidQuirksPass.cpp - --paddle-avoid-quirks ------------------------===//
//
// Some Paddle Inference kernels and passes that are on by default on CPU
// compute wrong results for programs that are valid by Paddle's own op
// definitions. The conversion patterns emit the natural program; this pass
// rewrites just the ops of a shape known to hit such a bug into an
// equivalent form that does not, whichever pattern (or imported model)
// created them. Each rewrite names the bug it avoids and the test that
// shows it; Passes.td describes them for users.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Paddle/Passes.h"

#include "mlir/IR/Builders.h"
#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

namespace x2p::Paddle {
#define GEN_PASS_DEF_PADDLEAVOIDQUIRKS
#include "x2p/Transforms/Paddle/Passes.h.inc"
} // namespace x2p::Paddle

using namespace mlir;
using namespace x2p;

namespace {

/// A reshape2 whose target is a run-time `Shape` tensor ignores its `shape`
/// attribute, but Paddle's oneDNN operator_reshape2 fusion (on by default
/// on CPU) reads only the attribute and skips just reshape2s with a
/// ShapeTensor list or a 0 in the attribute: with an empty attribute it
/// fuses the reshape away and the next op sees the wrong rank. The
/// attribute therefore holds the result's static dims and 0 for the
/// dynamic ones, which also documents the rank. After the conversion there
/// is a dynamic one (else the target would have been constant); in other
/// programs the first dim becomes 0 so that the fusion still skips it.
void fillReshapeTemplate(Paddle::Reshape2Op op) {
  if (!op.getShape_() || !op.getShape().empty())
    return;
  auto type = dyn_cast<RankedTensorType>(op.getOut().getType());
  if (!type)
    return;
  SmallVector<int32_t> dims;
  bool anyDynamic = false;
  for (int64_t dim : type.getShape()) {
    anyDynamic |= ShapedType::isDynamic(dim);
    dims.push_back(ShapedType::isDynamic(dim) ? 0 : static_cast<int32_t>(dim));
  }
  if (!anyDynamic && !dims.empty())
    dims.front() = 0;
  if (dims.empty())
    return;
  op.setShape(dims);
}

/// False when `x` may have to be broadcast to `out`'s shape: a lower rank,
/// or a static dim that differs from the result's (a static 1 against a
/// dynamic dim included). Dynamic dims against dynamic dims count as equal:
/// nothing at conversion time says otherwise.
bool hasResultShape(Type x, Type out) {
  auto xType = dyn_cast<RankedTensorType>(x);
  auto outType = dyn_cast<RankedTensorType>(out);
  if (!xType || !outType || xType.getRank() != outType.getRank())
    return false;
  for (auto [xDim, outDim] : llvm::zip(xType.getShape(), outType.getShape()))
    if (!ShapedType::isDynamic(xDim) && xDim != outDim)
      return false;
  return true;
}

/// Paddle's oneDNN elementwise_div kernel (used by default on CPU for
/// float tensors) computes Y / X instead of X / Y when X is the operand
/// that broadcasts, e.g. T5's layer norm `1 / sqrt(variance + eps)` with a
/// scalar 1 (test/e2e/paddle_ops: div-broadcast-x). X is first brought to
/// the result's shape: a splat constant by fill_any_like over Y, anything
/// else by multiplying it with ones of Y's shape; both are exact. The
/// multiplication takes the division's `axis`: where X has the lower rank
/// (an imported legacy program), axis says where X's dims align in Y's.
void divideWithFullShapedX(Paddle::ElementwiseDivOp op) {
  Type outType = op.getOut().getType();
  if (!isa<FloatType>(getElementTypeOrSelf(outType)) ||
      hasResultShape(op.getX().getType(), outType))
    return;
  OpBuilder builder(op);
  Location loc = op.getLoc();
  Value y = op.getY();
  Value x;
  std::optional<double> splat = Paddle::splatFloat(op.getX());
  if (splat && hasResultShape(y.getType(), outType) &&
      static_cast<double>(static_cast<float>(*splat)) == *splat) {
    x = Paddle::FillAnyLikeOp::create(
        builder, loc, outType, y,
        builder.getF32FloatAttr(static_cast<float>(*splat)),
        builder.getSI32IntegerAttr(-1));
  } else {
    Value ones = Paddle::FillAnyLikeOp::create(builder, loc, y.getType(), y,
                                               builder.getF32FloatAttr(1.0f),
                                               builder.getSI32IntegerAttr(-1));
    x = Paddle::ElementwiseMulOp::create(
        builder, loc, outType, op.getX(), ones,
        builder.getSI32IntegerAttr(op.getAxis()));
  }
  op.getXMutable().assign(x);
  // X now has the result's rank, as Y does: `axis` has nothing to align.
  op.setAxisAttr(builder.getSI32IntegerAttr(-1));
}

/// The activations Paddle's elementwise_act_onednn_fuse_pass folds into a
/// preceding elementwise_add/sub/mul (GetSupportedActivations in Paddle's
/// activation_onednn_fuse_pass.h).
bool isOneDNNFusedActivation(Operation *op) {
  return isa<Paddle::AbsOp, Paddle::ClipOp, Paddle::GeluOp,
             Paddle::HardSigmoidOp, Paddle::HardSwishOp, Paddle::LeakyReluOp,
             Paddle::MishOp, Paddle::ReluOp, Paddle::Relu6Op, Paddle::SigmoidOp,
             Paddle::SqrtOp, Paddle::SwishOp, Paddle::TanhOp>(op);
}

/// Paddle's elementwise_act_onednn_fuse_pass (oneDNN on, the CPU default)
/// folds an activation into the elementwise op before it without looking
/// at the data type, then refuses the program ("oneDNN activation fuses
/// require use_onednn=True") when the elementwise op was not placed on
/// oneDNN, which is every op on a type other than f32/bf16: ModernBERT's
/// and DeBERTa-v2's `abs(q_ids - k_ids)` on int64 positions. An assign
/// between the two is not fused by any pass and keeps the program.
void separateActivationFromIntElementwise(Operation *act) {
  if (!isOneDNNFusedActivation(act) || act->getNumOperands() == 0)
    return;
  Value x = act->getOperand(0);
  Operation *def = x.getDefiningOp();
  if (!def || !def->getName().getStringRef().starts_with("paddle.elementwise_"))
    return;
  Type element = getElementTypeOrSelf(x.getType());
  if (element.isF32() || element.isBF16())
    return;
  OpBuilder builder(act);
  act->setOperand(
      0, Paddle::AssignOp::create(builder, act->getLoc(), x.getType(), x));
}

/// Paddle's CPU passes turn a matmul_v2/matmul with a persistable
/// weight into `fc`, and repeated_fc_relu_fuse_pass then follows each fc's
/// Input back to the op that produced it without checking that there is
/// one: an fc whose Input is a parameter (a constant-folded input, as in
/// DeBERTa-v2's relative position embeddings after layer norm) crashes the
/// predictor (SIGSEGV), oneDNN on or off. An assign gives the parameter a
/// producer; Paddle's constant_folding_pass folds both later.
void produceConstantMatmulInput(Operation *op) {
  if (!isa<Paddle::MatmulV2Op, Paddle::MatmulOp>(op))
    return;
  Value x = op->getOperand(0);
  if (!x.getDefiningOp<Paddle::ParameterOp>() ||
      !op->getOperand(1).getDefiningOp<Paddle::ParameterOp>())
    return;
  OpBuilder builder(op);
  op->setOperand(
      0, Paddle::AssignOp::create(builder, op->getLoc(), x.getType(), x));
}

struct PaddleAvoidQuirksPass
    : x2p::Paddle::impl::PaddleAvoidQuirksBase<PaddleAvoidQuirksPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (reshapeShapeTemplate)
      func.walk(fillReshapeTemplate);
    if (divFullShapeX)
      func.walk(divideWithFullShapedX);
    if (intElementwiseActivation)
      func.walk(separateActivationFromIntElementwise);
    if (constantMatmulInput)
      func.walk(produceConstantMatmulInput);
  }
};

} // namespace
