//===- ZeroFreeShapes.cpp - run-time reshape targets that hold no 0 -------===//
//
// torch's dynamo exporter writes every view as a Reshape with allowzero = 1
// and a target computed at run time (Concat of Shape/Gather pieces,
// constants and torch.export's symbolic size arithmetic). Under allowzero
// a 0 in the target means an empty dim, which Paddle's reshape2 cannot say
// (it reads 0 as "copy the input's dim"); the two agree exactly when no 0
// reaches the target. Two ways to know that:
//
// - From the values: integer constants that are not 0 and dims read from
//   tensors (>= 1 unless the tensor is empty), through ops that keep
//   positive values positive (isPositive).
// - From the input: a valid target's product is the input's element count
//   and ONNX forbids a 0 beside a -1, so a non-empty input admits no 0 at
//   all. x2p takes run-time dims to be >= 1 (torch.export assumes >= 2),
//   so an input without a static 0 dim is non-empty. This route is taken
//   only for targets that are size arithmetic (dims of tensors and
//   constants through +, -, *, /, ...: what torch.export's symbolic shapes
//   compile to, such as Wav2Vec2's conv output lengths); a target read from
//   a tensor's values (a graph input, a computed index) may carry a 0 the
//   model means as an empty dim, and stays refused.
//
//===----------------------------------------------------------------------===//
#include "ShapeCommon.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Support/ElementsAttrValues.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace x2p;

namespace {

constexpr unsigned kMaxDepth = 24;

bool isIntegerTensor(Value value) {
  auto type = dyn_cast<ShapedType>(value.getType());
  return type && isa<IntegerType>(type.getElementType());
}

/// No run-time dim of `value`'s tensor in [start, end) is 0 as far as the
/// type says: a static 0 is an empty dim, and a dynamic one is >= 1 by the
/// file's assumption.
bool noStaticZeroDim(Value value, int64_t start, std::optional<int64_t> end) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type)
    return true;
  int64_t rank = type.getRank();
  auto clamp = [&](int64_t axis) {
    return std::clamp<int64_t>(axis < 0 ? axis + rank : axis, 0, rank);
  };
  for (int64_t i = clamp(start), e = clamp(end.value_or(rank)); i < e; ++i)
    if (type.getDimSize(i) == 0)
      return false;
  return true;
}

/// Every element of the integer tensor `value` is >= 1.
bool isPositive(Value value, unsigned depth) {
  if (depth > kMaxDepth || !isIntegerTensor(value))
    return false;
  if (std::optional<SmallVector<int64_t>> c =
          onnx_to_paddle::getConstantInts(value))
    return llvm::all_of(*c, [](int64_t v) { return v >= 1; });
  Operation *def = value.getDefiningOp();
  if (!def)
    return false;
  auto positive = [&](Value v) { return isPositive(v, depth + 1); };
  return llvm::TypeSwitch<Operation *, bool>(def)
      .Case([&](ONNX::ShapeOp op) {
        return noStaticZeroDim(op.getData(), op.getStart(), op.getEnd());
      })
      .Case([&](ONNX::SizeOp op) {
        return noStaticZeroDim(op.getData(), 0, std::nullopt);
      })
      // Picking, moving or repeating elements keeps them positive.
      .Case([&](ONNX::GatherOp op) { return positive(op.getData()); })
      .Case([&](ONNX::GatherElementsOp op) { return positive(op.getData()); })
      .Case([&](ONNX::SliceOp op) { return positive(op.getData()); })
      .Case([&](ONNX::UnsqueezeOp op) { return positive(op.getData()); })
      .Case([&](ONNX::SqueezeOp op) { return positive(op.getData()); })
      .Case([&](ONNX::ReshapeOp op) { return positive(op.getData()); })
      .Case([&](ONNX::FlattenOp op) { return positive(op.getInput()); })
      .Case([&](ONNX::ExpandOp op) { return positive(op.getInput()); })
      .Case([&](ONNX::IdentityOp op) { return positive(op.getInput()); })
      .Case([&](ONNX::ConcatOp op) {
        return llvm::all_of(op.getInputs(), positive);
      })
      // An integer cast of a positive integer (int64 dims to int32 and
      // back) stays positive; from a float it may truncate to 0.
      .Case([&](ONNX::CastOp op) {
        return isIntegerTensor(op.getResult()) && positive(op.getInput());
      })
      .Case([&](ONNX::MulOp op) {
        return positive(op.getA()) && positive(op.getB());
      })
      .Case([&](ONNX::AddOp op) {
        return positive(op.getA()) && positive(op.getB());
      })
      .Case([&](ONNX::MaxOp op) {
        return llvm::any_of(op.getData_0(), positive);
      })
      .Case([&](ONNX::MinOp op) {
        return llvm::all_of(op.getData_0(), positive);
      })
      .Case([&](ONNX::WhereOp op) {
        return positive(op.getX()) && positive(op.getY());
      })
      .Case([&](ONNX::ReduceProdOp op) { return positive(op.getData()); })
      .Case([&](ONNX::ReduceMaxOp op) { return positive(op.getData()); })
      .Case([&](ONNX::ReduceMinOp op) { return positive(op.getData()); })
      .Case([&](ONNX::ConstantOfShapeOp op) {
        std::optional<ElementsAttr> fill = op.getValue();
        if (!fill)
          return false; // the default fill is 0
        std::optional<SmallVector<int64_t>> v = getIntValues(*fill);
        return v && llvm::all_of(*v, [](int64_t x) { return x >= 1; });
      })
      .Default([](Operation *) { return false; });
}

/// `value` is computed from tensor dims and integer constants only.
bool isSizeArithmetic(Value value, unsigned depth) {
  if (depth > kMaxDepth || !isIntegerTensor(value))
    return false;
  if (onnx_to_paddle::getConstantInts(value))
    return true;
  Operation *def = value.getDefiningOp();
  if (!def)
    return false;
  auto sized = [&](Value v) { return isSizeArithmetic(v, depth + 1); };
  if (isa<ONNX::ShapeOp, ONNX::SizeOp>(def))
    return true;
  if (isa<ONNX::ConstantOfShapeOp>(def))
    return true; // a constant fill, shaped by a dim vector
  if (auto op = dyn_cast<ONNX::CastOp>(def))
    return sized(op.getInput());
  if (auto op = dyn_cast<ONNX::WhereOp>(def))
    return sized(op.getX()) && sized(op.getY());
  // Moving, picking and combining: every integer operand is size
  // arithmetic (Gather's and Slice's indices only pick among the data).
  if (isa<ONNX::GatherOp, ONNX::GatherElementsOp, ONNX::SliceOp,
          ONNX::UnsqueezeOp, ONNX::SqueezeOp, ONNX::ReshapeOp, ONNX::ExpandOp,
          ONNX::IdentityOp, ONNX::FlattenOp>(def))
    return sized(def->getOperand(0));
  if (isa<ONNX::ConcatOp, ONNX::AddOp, ONNX::SubOp, ONNX::MulOp, ONNX::DivOp,
          ONNX::ModOp, ONNX::MaxOp, ONNX::MinOp, ONNX::NegOp, ONNX::AbsOp,
          ONNX::ReduceProdOp, ONNX::ReduceSumOp, ONNX::ReduceMaxOp,
          ONNX::ReduceMinOp>(def)) {
    unsigned data = isa<ONNX::ReduceProdOp, ONNX::ReduceSumOp,
                        ONNX::ReduceMaxOp, ONNX::ReduceMinOp>(def)
                        ? 1
                        : def->getNumOperands();
    return llvm::all_of(def->getOperands().take_front(data), sized);
  }
  return false;
}

} // namespace

bool x2p::onnx_to_paddle::isSizeArithmeticShape(Value shape) {
  // A constant 0 written into the target is an empty dim the model means.
  if (auto concat = shape.getDefiningOp<ONNX::ConcatOp>())
    for (Value piece : concat.getInputs())
      if (std::optional<SmallVector<int64_t>> c = getConstantInts(piece))
        if (llvm::is_contained(*c, 0))
          return false;
  return isSizeArithmetic(shape, 0);
}

bool x2p::onnx_to_paddle::isZeroFreeShape(Value shape) {
  // The target itself may also hold -1 (inferred) pieces.
  auto piece = [](Value v) {
    if (std::optional<SmallVector<int64_t>> c = getConstantInts(v))
      return !llvm::is_contained(*c, 0);
    return isPositive(v, 0);
  };
  if (auto concat = shape.getDefiningOp<ONNX::ConcatOp>())
    return llvm::all_of(concat.getInputs(), piece);
  return piece(shape);
}
