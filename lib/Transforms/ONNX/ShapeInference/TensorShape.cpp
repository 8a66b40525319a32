//===- TensorShape.cpp - shapes of ops that rearrange or build shapes -----===//
//
// Reshape, Transpose, Flatten, Unsqueeze, Squeeze, Expand, Tile, Shape,
// Size, ConstantOfShape and Range. Their results depend on the values of
// shape operands, read through shapeValueOf() so that a shape built by a
// Shape -> Gather -> Concat chain gives its static entries even where
// others stay dynamic.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"

#include <cmath>

using namespace mlir;

namespace x2p::ONNX::shape {

static void reshape(ReshapeOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> target = shapeValueOf(op.getShape());
  if (!target) {
    results[0] = unranked(elt);
    return;
  }
  std::optional<Dims> in = dimsOf(op.getData());
  bool allowzero = op.getAllowzero() != 0;
  Dims out;
  SmallVector<bool> copied(target->size(), false);
  int64_t inferred = -1;
  for (int64_t i = 0, e = target->size(); i < e; ++i) {
    int64_t d = (*target)[i];
    if (d == 0 && !allowzero) {
      copied[i] = in && i < int64_t(in->size());
      out.push_back(copied[i] ? (*in)[i] : kDynamic);
    } else if (d == -1) {
      inferred = i;
      out.push_back(kDynamic);
    } else if (d < 0) {
      out.push_back(kDynamic); // kDynamic (unknown entry) or invalid.
    } else {
      out.push_back(d);
    }
  }
  if (inferred >= 0 && in) {
    // A dim copied by `0` is on both sides of the element count: it
    // cancels, even when it is `?`.
    Dims inRest, others;
    for (int64_t i = 0, e = in->size(); i < e; ++i)
      if (i >= int64_t(copied.size()) || !copied[i])
        inRest.push_back((*in)[i]);
    for (int64_t i = 0, e = out.size(); i < e; ++i)
      if (i != inferred && !copied[i])
        others.push_back(out[i]);
    int64_t total = staticProduct(inRest);
    int64_t known = staticProduct(others);
    if (!ShapedType::isDynamic(total) && !ShapedType::isDynamic(known) &&
        known != 0 && total % known == 0)
      out[inferred] = total / known;
  }
  results[0] = ranked(out, elt);
}

static void transpose(TransposeOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> in = dimsOrUnranked(op.getData(), results);
  if (!in)
    return;
  int64_t rank = in->size();
  SmallVector<int64_t> perm;
  if (std::optional<ArrayRef<int64_t>> p = op.getPerm())
    perm.assign(p->begin(), p->end());
  else
    for (int64_t i = rank - 1; i >= 0; --i)
      perm.push_back(i);
  if (int64_t(perm.size()) != rank) {
    results[0] = unranked(elt);
    return;
  }
  Dims out;
  for (int64_t p : perm) {
    if (p < 0 || p >= rank) {
      results[0] = unranked(elt);
      return;
    }
    out.push_back((*in)[p]);
  }
  results[0] = ranked(out, elt);
}

static void flatten(FlattenOp op, Results &results) {
  Type elt = elementOf(op.getInput());
  std::optional<Dims> in = dimsOf(op.getInput());
  if (!in) {
    results[0] = ranked({kDynamic, kDynamic}, elt);
    return;
  }
  int64_t rank = in->size(), axis = op.getAxis();
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis > rank) {
    results[0] = ranked({kDynamic, kDynamic}, elt);
    return;
  }
  ArrayRef<int64_t> dims(*in);
  results[0] = ranked({staticProduct(dims.take_front(axis)),
                       staticProduct(dims.drop_front(axis))},
                      elt);
}

static void unsqueeze(UnsqueezeOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> in = dimsOf(op.getData());
  std::optional<SmallVector<int64_t>> axes = constantInts(op.getAxes());
  if (!in || !axes) {
    std::optional<Dims> axesDims = dimsOf(op.getAxes());
    if (in && axesDims && axesDims->size() == 1 &&
        !ShapedType::isDynamic((*axesDims)[0]))
      results[0] = ranked(Dims(in->size() + (*axesDims)[0], kDynamic), elt);
    else
      results[0] = unranked(elt);
    return;
  }
  int64_t rank = in->size() + axes->size();
  SmallVector<bool> isNew(rank, false);
  for (int64_t axis : *axes) {
    std::optional<int64_t> a = normalizeAxis(axis, rank);
    if (!a || isNew[*a]) {
      results[0] = unranked(elt);
      return;
    }
    isNew[*a] = true;
  }
  Dims out;
  auto it = in->begin();
  for (int64_t i = 0; i < rank; ++i)
    out.push_back(isNew[i] ? 1 : *it++);
  results[0] = ranked(out, elt);
}

static void squeeze(SqueezeOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> in = dimsOrUnranked(op.getData(), results);
  if (!in)
    return;
  int64_t rank = in->size();
  SmallVector<bool> drop(rank, false);
  if (isNone(op.getAxes())) {
    // All dims of size 1: a `?` might be one, so the rank is unknown.
    for (int64_t i = 0; i < rank; ++i) {
      if (ShapedType::isDynamic((*in)[i])) {
        results[0] = unranked(elt);
        return;
      }
      drop[i] = (*in)[i] == 1;
    }
  } else {
    std::optional<SmallVector<int64_t>> axes = constantInts(op.getAxes());
    if (!axes) {
      results[0] = unranked(elt);
      return;
    }
    std::optional<SmallVector<int64_t>> normalized =
        normalizeAxes(ArrayRef<int64_t>(*axes), rank);
    if (!normalized) {
      results[0] = unranked(elt);
      return;
    }
    for (int64_t a : *normalized)
      drop[a] = true;
  }
  Dims out;
  for (int64_t i = 0; i < rank; ++i)
    if (!drop[i])
      out.push_back((*in)[i]);
  results[0] = ranked(out, elt);
}

static void expand(ExpandOp op, Results &results) {
  Type elt = elementOf(op.getInput());
  std::optional<Dims> in = dimsOf(op.getInput());
  std::optional<Dims> shape = shapeValueOf(op.getShape());
  if (!in || !shape) {
    results[0] = unranked(elt);
    return;
  }
  std::optional<Dims> out = broadcast(*in, *shape);
  results[0] = out ? ranked(*out, elt) : unranked(elt);
}

static void tile(TileOp op, Results &results) {
  Type elt = elementOf(op.getInput());
  std::optional<Dims> in = dimsOrUnranked(op.getInput(), results);
  if (!in)
    return;
  std::optional<Dims> repeats = shapeValueOf(op.getRepeats());
  Dims out(in->size(), kDynamic);
  if (repeats && repeats->size() == in->size())
    for (size_t i = 0; i < in->size(); ++i)
      if (!ShapedType::isDynamic((*in)[i]) &&
          !ShapedType::isDynamic((*repeats)[i]))
        out[i] = (*in)[i] * (*repeats)[i];
  results[0] = ranked(out, elt);
}

static void shapeOp(ShapeOp op, Results &results) {
  Type i64 = IntegerType::get(op.getContext(), 64);
  std::optional<Dims> in = dimsOf(op.getData());
  if (!in) {
    results[0] = ranked({kDynamic}, i64);
    return;
  }
  int64_t rank = in->size();
  int64_t start = op.getStart();
  int64_t end = op.getEnd() ? *op.getEnd() : rank;
  start = std::clamp<int64_t>(start < 0 ? start + rank : start, 0, rank);
  end = std::clamp<int64_t>(end < 0 ? end + rank : end, 0, rank);
  results[0] = ranked({std::max<int64_t>(end - start, 0)}, i64);
}

static void size(SizeOp op, Results &results) {
  results[0] = ranked({}, IntegerType::get(op.getContext(), 64));
}

static void constantOfShape(ConstantOfShapeOp op, Results &results) {
  Type elt = Float32Type::get(op.getContext());
  if (std::optional<ElementsAttr> value = op.getValue())
    elt = value->getElementType();
  std::optional<Dims> shape = shapeValueOf(op.getInput());
  if (!shape) {
    results[0] = unranked(elt);
    return;
  }
  for (int64_t &d : *shape)
    if (d < 0)
      d = kDynamic;
  results[0] = ranked(*shape, elt);
}

static void range(RangeOp op, Results &results) {
  Type elt = elementOf(op.getStart());
  std::optional<SmallVector<double>> start = constantFloats(op.getStart());
  std::optional<SmallVector<double>> limit = constantFloats(op.getLimit());
  std::optional<SmallVector<double>> delta = constantFloats(op.getDelta());
  if (start && limit && delta && start->size() == 1 && limit->size() == 1 &&
      delta->size() == 1 && (*delta)[0] != 0) {
    double n = std::ceil(((*limit)[0] - (*start)[0]) / (*delta)[0]);
    results[0] = ranked({std::max<int64_t>(int64_t(n), 0)}, elt);
    return;
  }
  results[0] = ranked({kDynamic}, elt);
}

void registerTensorShape(ShapeFnTable &table) {
  table.add<ReshapeOp>(reshape);
  table.add<TransposeOp>(transpose);
  table.add<FlattenOp>(flatten);
  table.add<UnsqueezeOp>(unsqueeze);
  table.add<SqueezeOp>(squeeze);
  table.add<ExpandOp>(expand);
  table.add<TileOp>(tile);
  table.add<ShapeOp>(shapeOp);
  table.add<SizeOp>(size);
  table.add<ConstantOfShapeOp>(constantOfShape);
  table.add<RangeOp>(range);
}

} // namespace x2p::ONNX::shape
