//===- FoldShapeOps.cpp - fold static shape subgraphs to onnx.Constant ----===//
//
// Exporters compute shapes at run time (Shape -> Gather -> Unsqueeze ->
// Concat -> Reshape, Range over a sequence length, ConstantOfShape masks)
// even where the shape is static. These patterns evaluate such ops on
// small constant operands (and on shape values known entry by entry), so
// later passes see constant shapes and shape inference sees static dims.
// A folded value replaces the op only where its type refines the op's.
//
//===----------------------------------------------------------------------===//
#include "ConstantTensor.h"
#include "Patterns.h"

#include "../ShapeInference/ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "mlir/IR/PatternMatch.h"
#include "x2p/Support/ElementsAttrValues.h"

#include <cmath>

using namespace mlir;
using namespace x2p;
using namespace x2p::ONNX;
using fold::ConstantTensor;

namespace {

/// Whether `refined` keeps everything `old` states.
static bool refines(Type refined, Type old) {
  auto r = dyn_cast<TensorType>(refined);
  auto o = dyn_cast<TensorType>(old);
  if (!r || !o || r.getElementType() != o.getElementType())
    return false;
  if (!o.hasRank())
    return true;
  if (!r.hasRank() || r.getRank() != o.getRank())
    return false;
  for (auto [a, b] : llvm::zip(r.getShape(), o.getShape()))
    if (!ShapedType::isDynamic(b) && a != b)
      return false;
  return true;
}

/// Base of the folding patterns: a fold() that computes the op's single
/// result, and the replacement by an onnx.Constant.
template <typename OpTy> struct FoldPattern : public OpRewritePattern<OpTy> {
  FoldPattern(MLIRContext *ctx, int64_t maxElements)
      : OpRewritePattern<OpTy>(ctx), maxElements(maxElements) {}

  virtual std::optional<ConstantTensor> fold(OpTy op) const = 0;

  std::optional<ConstantTensor> operand(Value v) const {
    return fold::getConstant(v, maxElements);
  }

  /// The static shape the op's result has (its type, refined by the shape
  /// function when the type alone is not static).
  std::optional<SmallVector<int64_t, 4>> staticResultShape(OpTy op) const {
    auto type = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (type && type.hasStaticShape())
      return SmallVector<int64_t, 4>(type.getShape());
    if (const shape::ShapeFn *fn =
            shape::ShapeFnTable::get().lookup(op.getOperation())) {
      SmallVector<Type> proposed(op->getNumResults());
      (*fn)(op.getOperation(), proposed);
      auto p = dyn_cast_or_null<RankedTensorType>(proposed[0]);
      if (p && p.hasStaticShape())
        return SmallVector<int64_t, 4>(p.getShape());
    }
    return std::nullopt;
  }

  Type resultElementType(OpTy op) const {
    return shape::elementOf(op->getResult(0));
  }

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (op->getNumResults() != 1)
      return failure();
    std::optional<ConstantTensor> value = fold(op);
    if (!value || value->size() > maxElements ||
        value->size() != staticProduct(value->shape))
      return rewriter.notifyMatchFailure(op, "not foldable");
    std::optional<DenseElementsAttr> attr = fold::toAttr(*value);
    if (!attr || !refines(attr->getType(), op->getResult(0).getType()))
      return rewriter.notifyMatchFailure(op, "folded type does not refine");
    rewriter.replaceOpWithNewOp<ConstantOp>(op, attr->getType(),
                                            cast<ElementsAttr>(*attr));
    return success();
  }

  int64_t maxElements;
};

/// The value of the op's result as shapeValueOf() knows it: Shape of
/// static dims, Gather/Slice/Concat/Unsqueeze/... of such.
template <typename OpTy> struct FoldKnownShape : public FoldPattern<OpTy> {
  using FoldPattern<OpTy>::FoldPattern;
  std::optional<ConstantTensor> fold(OpTy op) const override {
    return this->operand(op->getResult(0));
  }
};

/// Ops that only re-shape their data: Unsqueeze, Squeeze, Reshape,
/// Flatten, Identity.
template <typename OpTy> struct FoldReshapeLike : public FoldPattern<OpTy> {
  using FoldPattern<OpTy>::FoldPattern;
  std::optional<ConstantTensor> fold(OpTy op) const override {
    std::optional<ConstantTensor> in = this->operand(op->getOperand(0));
    std::optional<SmallVector<int64_t, 4>> shape = this->staticResultShape(op);
    if (!in || !shape || staticProduct(*shape) != in->size())
      return std::nullopt;
    in->shape = *shape;
    return in;
  }
};

struct FoldCast : public FoldPattern<CastOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(CastOp op) const override {
    std::optional<ConstantTensor> in = operand(op.getInput());
    Type elt = shape::elementTypeOf(op.getTo(), op.getContext());
    if (!in || !elt)
      return std::nullopt;
    ConstantTensor out;
    out.shape = in->shape;
    out.elementType = elt;
    for (int64_t i = 0, e = in->size(); i < e; ++i)
      out.push(*in, i);
    return out;
  }
};

/// Elementwise ops over broadcast operands; `eval` maps the operands'
/// elements (as doubles for floats, exactly for ints) to the result.
template <typename OpTy> struct FoldElementwise : public FoldPattern<OpTy> {
  using FoldPattern<OpTy>::FoldPattern;

  /// nullopt when the op must not be folded (division by zero).
  virtual std::optional<double> evalFloat(ArrayRef<double> x) const = 0;
  virtual std::optional<int64_t> evalInt(ArrayRef<int64_t> x) const = 0;

  std::optional<ConstantTensor> fold(OpTy op) const override {
    SmallVector<ConstantTensor> ins;
    shape::Dims shape;
    for (Value v : op->getOperands()) {
      std::optional<ConstantTensor> in = this->operand(v);
      if (!in)
        return std::nullopt;
      std::optional<shape::Dims> b = shape::broadcast(shape, in->shape);
      if (!b)
        return std::nullopt;
      shape = *b;
      ins.push_back(std::move(*in));
    }
    ConstantTensor out;
    out.shape.assign(shape.begin(), shape.end());
    out.elementType = this->resultElementType(op);
    if (!out.elementType)
      return std::nullopt;
    int64_t n = staticProduct(shape);
    if (n > this->maxElements)
      return std::nullopt;
    SmallVector<int64_t, 4> outStrides = fold::stridesOf(shape);
    // Floats are computed in double when any operand is a float (Where's
    // condition is i1 but its branches decide).
    bool floats = llvm::any_of(ins, [](auto &t) { return t.isFloat(); });
    for (int64_t linear = 0; linear < n; ++linear) {
      SmallVector<double> xf;
      SmallVector<int64_t> xi;
      for (const ConstantTensor &in : ins) {
        SmallVector<int64_t, 4> strides = fold::stridesOf(in.shape);
        int64_t offset = shape.size() - in.shape.size(), index = 0;
        for (size_t d = 0; d < in.shape.size(); ++d) {
          int64_t coord = (linear / outStrides[d + offset]) % shape[d + offset];
          index += (in.shape[d] == 1 ? 0 : coord) * strides[d];
        }
        xf.push_back(in.asDouble(index));
        xi.push_back(in.isFloat() ? int64_t(in.floats[index]) : in.ints[index]);
      }
      if (floats) {
        std::optional<double> r = evalFloat(xf);
        if (!r)
          return std::nullopt;
        out.pushDouble(*r);
      } else {
        std::optional<int64_t> r = evalInt(xi);
        if (!r)
          return std::nullopt;
        out.pushInt(*r);
      }
    }
    return out;
  }
};

#define X2P_FOLD_BINARY(NAME, OP, FEXPR, IEXPR)                                \
  struct NAME : public FoldElementwise<OP> {                                   \
    using FoldElementwise::FoldElementwise;                                    \
    std::optional<double> evalFloat(ArrayRef<double> x) const override {       \
      return FEXPR;                                                            \
    }                                                                          \
    std::optional<int64_t> evalInt(ArrayRef<int64_t> x) const override {       \
      return IEXPR;                                                            \
    }                                                                          \
  };

X2P_FOLD_BINARY(FoldAdd, AddOp, x[0] + x[1], x[0] + x[1])
X2P_FOLD_BINARY(FoldSub, SubOp, x[0] - x[1], x[0] - x[1])
X2P_FOLD_BINARY(FoldMul, MulOp, x[0] * x[1], x[0] * x[1])
X2P_FOLD_BINARY(FoldDiv, DivOp, x[0] / x[1],
                x[1] == 0 ? std::optional<int64_t>() : x[0] / x[1])
X2P_FOLD_BINARY(FoldEqual, EqualOp, double(x[0] == x[1]), int64_t(x[0] == x[1]))
X2P_FOLD_BINARY(FoldLess, LessOp, double(x[0] < x[1]), int64_t(x[0] < x[1]))
X2P_FOLD_BINARY(FoldGreater, GreaterOp, double(x[0] > x[1]),
                int64_t(x[0] > x[1]))
X2P_FOLD_BINARY(FoldWhere, WhereOp, x[0] != 0 ? x[1] : x[2],
                x[0] != 0 ? x[1] : x[2])
X2P_FOLD_BINARY(FoldNot, NotOp, double(x[0] == 0), int64_t(x[0] == 0))
X2P_FOLD_BINARY(FoldNeg, NegOp, -x[0], -x[0])
#undef X2P_FOLD_BINARY

struct FoldGather : public FoldPattern<GatherOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(GatherOp op) const override {
    std::optional<ConstantTensor> data = operand(op.getData());
    std::optional<ConstantTensor> indices = operand(op.getIndices());
    if (!data || !indices || indices->isFloat())
      return std::nullopt;
    int64_t rank = data->shape.size();
    std::optional<int64_t> axis = shape::normalizeAxis(op.getAxis(), rank);
    if (!axis)
      return std::nullopt;
    int64_t outer = staticProduct(ArrayRef(data->shape).take_front(*axis));
    int64_t inner = staticProduct(ArrayRef(data->shape).drop_front(*axis + 1));
    int64_t dim = data->shape[*axis];
    ConstantTensor out;
    out.elementType = data->elementType;
    out.shape.assign(data->shape.begin(), data->shape.begin() + *axis);
    out.shape.append(indices->shape.begin(), indices->shape.end());
    out.shape.append(data->shape.begin() + *axis + 1, data->shape.end());
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t idx : indices->ints) {
        if (idx < -dim || idx >= dim)
          return std::nullopt;
        int64_t k = idx < 0 ? idx + dim : idx;
        for (int64_t i = 0; i < inner; ++i)
          out.push(*data, (o * dim + k) * inner + i);
      }
    return out;
  }
};

struct FoldSlice : public FoldPattern<SliceOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(SliceOp op) const override {
    std::optional<ConstantTensor> data = operand(op.getData());
    std::optional<SmallVector<int64_t>> starts =
        shape::constantInts(op.getStarts());
    std::optional<SmallVector<int64_t>> ends =
        shape::constantInts(op.getEnds());
    if (!data || !starts || !ends || starts->size() != ends->size())
      return std::nullopt;
    int64_t rank = data->shape.size(), count = starts->size();
    SmallVector<int64_t> axes, steps(count, 1);
    if (!shape::isNone(op.getAxes())) {
      std::optional<SmallVector<int64_t>> a = shape::constantInts(op.getAxes());
      if (!a || int64_t(a->size()) != count)
        return std::nullopt;
      axes = *a;
    } else {
      for (int64_t i = 0; i < count; ++i)
        axes.push_back(i);
    }
    if (!shape::isNone(op.getSteps())) {
      std::optional<SmallVector<int64_t>> s =
          shape::constantInts(op.getSteps());
      if (!s || int64_t(s->size()) != count)
        return std::nullopt;
      steps = *s;
    }
    // Per dim: first index, step and count.
    SmallVector<int64_t> first(rank, 0), step(rank, 1),
        size(data->shape.begin(), data->shape.end());
    for (int64_t i = 0; i < count; ++i) {
      std::optional<int64_t> a = shape::normalizeAxis(axes[i], rank);
      if (!a || steps[i] == 0)
        return std::nullopt;
      int64_t dim = data->shape[*a], s = (*starts)[i], e = (*ends)[i];
      if (s < 0)
        s += dim;
      if (e < 0)
        e += dim;
      int64_t n;
      if (steps[i] > 0) {
        s = std::clamp<int64_t>(s, 0, dim);
        e = std::clamp<int64_t>(e, 0, dim);
        n = e > s ? (e - s + steps[i] - 1) / steps[i] : 0;
      } else {
        s = std::clamp<int64_t>(s, 0, dim - 1);
        e = std::clamp<int64_t>(e, -1, dim - 1);
        n = s > e ? (s - e - steps[i] - 1) / -steps[i] : 0;
      }
      first[*a] = s;
      step[*a] = steps[i];
      size[*a] = n;
    }
    ConstantTensor out;
    out.elementType = data->elementType;
    out.shape.assign(size.begin(), size.end());
    int64_t total = staticProduct(size);
    SmallVector<int64_t, 4> outStrides = fold::stridesOf(size);
    SmallVector<int64_t, 4> inStrides = fold::stridesOf(data->shape);
    for (int64_t linear = 0; linear < total; ++linear) {
      int64_t index = 0;
      for (int64_t d = 0; d < rank; ++d) {
        int64_t coord = (linear / outStrides[d]) % size[d];
        index += (first[d] + coord * step[d]) * inStrides[d];
      }
      out.push(*data, index);
    }
    return out;
  }
};

struct FoldConcat : public FoldPattern<ConcatOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(ConcatOp op) const override {
    SmallVector<ConstantTensor> ins;
    for (Value v : op.getInputs()) {
      std::optional<ConstantTensor> in = operand(v);
      if (!in)
        return std::nullopt;
      ins.push_back(std::move(*in));
    }
    int64_t rank = ins.front().shape.size();
    std::optional<int64_t> axis = shape::normalizeAxis(op.getAxis(), rank);
    if (!axis)
      return std::nullopt;
    ConstantTensor out;
    out.elementType = resultElementType(op);
    out.shape = ins.front().shape;
    out.shape[*axis] = 0;
    for (const ConstantTensor &in : ins) {
      if (int64_t(in.shape.size()) != rank)
        return std::nullopt;
      for (int64_t d = 0; d < rank; ++d)
        if (d != *axis && in.shape[d] != out.shape[d])
          return std::nullopt;
      out.shape[*axis] += in.shape[*axis];
    }
    int64_t outer = staticProduct(ArrayRef(out.shape).take_front(*axis));
    for (int64_t o = 0; o < outer; ++o)
      for (const ConstantTensor &in : ins) {
        int64_t chunk = staticProduct(ArrayRef(in.shape).drop_front(*axis));
        for (int64_t i = 0; i < chunk; ++i)
          out.push(in, o * chunk + i);
      }
    return out;
  }
};

struct FoldRange : public FoldPattern<RangeOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(RangeOp op) const override {
    std::optional<ConstantTensor> start = operand(op.getStart());
    std::optional<ConstantTensor> limit = operand(op.getLimit());
    std::optional<ConstantTensor> delta = operand(op.getDelta());
    if (!start || !limit || !delta || start->size() != 1 ||
        limit->size() != 1 || delta->size() != 1 || delta->asDouble(0) == 0)
      return std::nullopt;
    ConstantTensor out;
    out.elementType = start->elementType;
    double s = start->asDouble(0), d = delta->asDouble(0);
    int64_t n =
        std::max<int64_t>(int64_t(std::ceil((limit->asDouble(0) - s) / d)), 0);
    if (n > maxElements)
      return std::nullopt;
    out.shape = {n};
    for (int64_t i = 0; i < n; ++i) {
      if (start->isFloat())
        out.pushDouble(s + i * d);
      else
        out.pushInt(start->ints[0] + i * delta->ints[0]);
    }
    return out;
  }
};

struct FoldConstantOfShape : public FoldPattern<ConstantOfShapeOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(ConstantOfShapeOp op) const override {
    std::optional<ConstantTensor> shapeValue = operand(op.getInput());
    if (!shapeValue || shapeValue->isFloat())
      return std::nullopt;
    ConstantTensor value;
    if (std::optional<ElementsAttr> attr = op.getValue()) {
      auto dense = dyn_cast<DenseElementsAttr>(*attr);
      if (!dense || dense.getNumElements() != 1)
        return std::nullopt;
      value.elementType = dense.getElementType();
      if (std::optional<SmallVector<int64_t>> ints = getIntValues(dense))
        value.pushInt(ints->front());
      else if (std::optional<SmallVector<double>> fps = getFloatValues(dense))
        value.pushDouble(fps->front());
      else
        return std::nullopt;
    } else {
      value.elementType = Float32Type::get(op.getContext());
      value.floats = {0.0};
    }
    ConstantTensor out;
    out.elementType = value.elementType;
    for (int64_t d : shapeValue->ints) {
      if (d < 0)
        return std::nullopt;
      out.shape.push_back(d);
    }
    int64_t n = staticProduct(out.shape);
    if (n > maxElements)
      return std::nullopt;
    for (int64_t i = 0; i < n; ++i)
      out.push(value, 0);
    return out;
  }
};

struct FoldExpand : public FoldPattern<ExpandOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(ExpandOp op) const override {
    std::optional<ConstantTensor> in = operand(op.getInput());
    std::optional<ConstantTensor> shapeValue = operand(op.getShape());
    if (!in || !shapeValue || shapeValue->isFloat())
      return std::nullopt;
    std::optional<shape::Dims> shape =
        shape::broadcast(in->shape, ArrayRef<int64_t>(shapeValue->ints));
    if (!shape || staticProduct(*shape) > maxElements)
      return std::nullopt;
    ConstantTensor out;
    out.elementType = in->elementType;
    out.shape.assign(shape->begin(), shape->end());
    SmallVector<int64_t, 4> outStrides = fold::stridesOf(*shape);
    SmallVector<int64_t, 4> inStrides = fold::stridesOf(in->shape);
    int64_t offset = shape->size() - in->shape.size();
    for (int64_t linear = 0, n = staticProduct(*shape); linear < n; ++linear) {
      int64_t index = 0;
      for (size_t d = 0; d < in->shape.size(); ++d) {
        int64_t coord =
            (linear / outStrides[d + offset]) % (*shape)[d + offset];
        index += (in->shape[d] == 1 ? 0 : coord) * inStrides[d];
      }
      out.push(*in, index);
    }
    return out;
  }
};

struct FoldSize : public FoldPattern<SizeOp> {
  using FoldPattern::FoldPattern;
  std::optional<ConstantTensor> fold(SizeOp op) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    if (!type || !type.hasStaticShape())
      return std::nullopt;
    ConstantTensor out;
    out.elementType = IntegerType::get(op.getContext(), 64);
    out.pushInt(type.getNumElements());
    return out;
  }
};

} // namespace

void x2p::ONNX::populateShapeFoldingPatterns(RewritePatternSet &patterns,
                                             int64_t maxElements) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<FoldKnownShape<ShapeOp>, FoldKnownShape<GatherOp>,
               FoldKnownShape<SliceOp>, FoldKnownShape<ConcatOp>,
               FoldKnownShape<UnsqueezeOp>, FoldKnownShape<SqueezeOp>,
               FoldKnownShape<CastOp>, FoldKnownShape<ReshapeOp>>(ctx,
                                                                  maxElements);
  patterns.add<FoldReshapeLike<UnsqueezeOp>, FoldReshapeLike<SqueezeOp>,
               FoldReshapeLike<ReshapeOp>, FoldReshapeLike<FlattenOp>>(
      ctx, maxElements);
  patterns
      .add<FoldCast, FoldAdd, FoldSub, FoldMul, FoldDiv, FoldEqual, FoldLess,
           FoldGreater, FoldWhere, FoldNot, FoldNeg, FoldGather, FoldSlice,
           FoldConcat, FoldRange, FoldConstantOfShape, FoldExpand, FoldSize>(
          ctx, maxElements);
}
