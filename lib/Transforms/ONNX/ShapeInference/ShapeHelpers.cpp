//===- ShapeHelpers.cpp - what every onnx shape function needs ------------===//
//
// Reading operand types and constant operands, ONNX broadcasting and axis
// normalization, written once for all op families. Constants come from
// onnx.Constant ops, dense or as dense_resource blobs (small ones: shape
// operands are never large).
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXDataType.h"
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "x2p/Support/ElementsAttrValues.h"

using namespace mlir;

namespace x2p::ONNX::shape {

TensorType tensorType(Value v) {
  return v ? dyn_cast<TensorType>(v.getType()) : TensorType();
}

std::optional<Dims> dimsOf(Value v) {
  TensorType t = tensorType(v);
  if (!t || !t.hasRank())
    return std::nullopt;
  return Dims(t.getShape().begin(), t.getShape().end());
}

Type elementOf(Value v) {
  TensorType t = tensorType(v);
  return t ? t.getElementType() : Type();
}

bool isNone(Value v) { return !v || isa<NoneType>(v.getType()); }

Type ranked(ArrayRef<int64_t> dims, Type elt) {
  if (!elt)
    return {};
  return RankedTensorType::get(dims, elt);
}

Type unranked(Type elt) {
  return elt ? Type(UnrankedTensorType::get(elt)) : Type();
}

std::optional<Dims> dimsOrUnranked(Value v, Results &results) {
  std::optional<Dims> dims = dimsOf(v);
  if (!dims)
    results[0] = unranked(elementOf(v));
  return dims;
}

/// The elements of a constant operand as an ElementsAttr of at most
/// `limit` elements.
static ElementsAttr constantElements(Value v, int64_t limit = 1 << 16) {
  Attribute attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return {};
  auto elements = dyn_cast<ElementsAttr>(attr);
  if (!elements || elements.getNumElements() > limit)
    return {};
  return elements;
}

std::optional<SmallVector<int64_t>> constantInts(Value v) {
  ElementsAttr elements = constantElements(v);
  if (!elements)
    return std::nullopt;
  return getIntValues(elements);
}

std::optional<SmallVector<double>> constantFloats(Value v) {
  ElementsAttr elements = constantElements(v);
  if (!elements)
    return std::nullopt;
  return getNumericValues(elements);
}

std::optional<Dims> broadcast(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  Dims out(rank, kDynamic);
  for (size_t i = 0; i < rank; ++i) {
    int64_t x = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t y = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (x == 1)
      out[i] = y;
    else if (y == 1)
      out[i] = x;
    else if (ShapedType::isDynamic(x))
      out[i] = y; // `?` meets n > 1 (or `?`): the result is n (or `?`).
    else if (ShapedType::isDynamic(y))
      out[i] = x;
    else if (x == y)
      out[i] = x;
    else
      return std::nullopt;
  }
  // A `?` against 1 may be 0 or anything: `x == 1` above copied `y` as is.
  return out;
}

std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= rank)
    return std::nullopt;
  return axis < 0 ? axis + rank : axis;
}

std::optional<SmallVector<int64_t>>
normalizeAxes(std::optional<ArrayRef<int64_t>> axes, int64_t rank) {
  SmallVector<int64_t> out;
  if (!axes) {
    for (int64_t i = 0; i < rank; ++i)
      out.push_back(i);
    return out;
  }
  for (int64_t axis : *axes) {
    std::optional<int64_t> a = normalizeAxis(axis, rank);
    if (!a)
      return std::nullopt;
    out.push_back(*a);
  }
  return out;
}

Type elementTypeOf(int64_t dtype, MLIRContext *ctx) {
  return getElementTypeOfDataType(ctx, dtype);
}

void sameAsOperand(Operation *op, Results &results, unsigned i) {
  if (i < op->getNumOperands() && op->getNumResults() > 0)
    results[0] = op->getOperand(i).getType();
}

} // namespace x2p::ONNX::shape

namespace x2p::ONNX::shape {

std::optional<Dims> shapeValueOf(Value v, unsigned depth) {
  if (!v || depth > 16)
    return std::nullopt;
  if (std::optional<SmallVector<int64_t>> ints = constantInts(v)) {
    if (ints->size() > 64)
      return std::nullopt;
    return Dims(ints->begin(), ints->end());
  }
  // At least the number of entries, from the type.
  auto fromType = [&]() -> std::optional<Dims> {
    TensorType t = tensorType(v);
    if (t && t.hasRank() && t.getRank() == 1 && !t.isDynamicDim(0) &&
        t.getDimSize(0) <= 64 && isa<IntegerType>(t.getElementType()))
      return Dims(t.getDimSize(0), kDynamic);
    return std::nullopt;
  };
  Operation *def = v.getDefiningOp();
  if (!def)
    return fromType();
  if (auto shape = dyn_cast<ShapeOp>(def)) {
    std::optional<Dims> dims = dimsOf(shape.getData());
    if (!dims)
      return std::nullopt;
    int64_t rank = dims->size();
    int64_t start = shape.getStart();
    int64_t end = shape.getEnd() ? *shape.getEnd() : rank;
    start = std::clamp<int64_t>(start < 0 ? start + rank : start, 0, rank);
    end = std::clamp<int64_t>(end < 0 ? end + rank : end, 0, rank);
    if (start >= end)
      return Dims();
    return Dims(dims->begin() + start, dims->begin() + end);
  }
  if (auto concat = dyn_cast<ConcatOp>(def)) {
    Dims out;
    for (Value in : concat.getInputs()) {
      std::optional<Dims> part = shapeValueOf(in, depth + 1);
      if (!part)
        return fromType();
      out.append(part->begin(), part->end());
    }
    return out;
  }
  if (isa<UnsqueezeOp, SqueezeOp, CastOp, IdentityOp, ReshapeOp>(def)) {
    // Scalars and 1-D vectors of the same entries (Reshape to 1-D/scalar).
    TensorType t = tensorType(v);
    if (!t || !t.hasRank() || t.getRank() > 1)
      return std::nullopt;
    if (auto cast = dyn_cast<CastOp>(def))
      if (!isa<IntegerType>(t.getElementType()))
        return std::nullopt;
    return shapeValueOf(def->getOperand(0), depth + 1);
  }
  if (auto gather = dyn_cast<GatherOp>(def)) {
    std::optional<Dims> data = shapeValueOf(gather.getData(), depth + 1);
    std::optional<SmallVector<int64_t>> idx = constantInts(gather.getIndices());
    if (!data || !idx)
      return fromType();
    Dims out;
    for (int64_t i : *idx) {
      std::optional<int64_t> n = normalizeAxis(i, data->size());
      if (!n)
        return std::nullopt;
      out.push_back((*data)[*n]);
    }
    return out;
  }
  if (auto slice = dyn_cast<SliceOp>(def)) {
    std::optional<Dims> data = shapeValueOf(slice.getData(), depth + 1);
    std::optional<SmallVector<int64_t>> starts =
        constantInts(slice.getStarts());
    std::optional<SmallVector<int64_t>> ends = constantInts(slice.getEnds());
    std::optional<SmallVector<int64_t>> steps =
        isNone(slice.getSteps()) ? SmallVector<int64_t>{1}
                                 : constantInts(slice.getSteps());
    if (!data || !starts || !ends || !steps || starts->size() != 1 ||
        ends->size() != 1 || steps->size() != 1 || (*steps)[0] != 1)
      return std::nullopt;
    int64_t n = data->size();
    int64_t s = (*starts)[0], e = (*ends)[0];
    s = std::clamp<int64_t>(s < 0 ? s + n : s, 0, n);
    e = std::clamp<int64_t>(e < 0 ? e + n : e, 0, n);
    if (s >= e)
      return Dims();
    return Dims(data->begin() + s, data->begin() + e);
  }
  return fromType();
}

} // namespace x2p::ONNX::shape
