//===- Indexing.cpp - shapes of ops that select, join or pad --------------===//
//
// Concat, Split, Slice, Gather, GatherElements, ScatterND, OneHot,
// NonZero, Trilu and Pad. Index operands that are constants give static
// dims (Slice's starts/ends with negative and clamped indices, Split's
// sizes, Pad's pads); otherwise only the rank is known.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;

namespace x2p::ONNX::shape {

static void concat(ConcatOp op, Results &results) {
  Type elt = elementOf(op.getInputs().front());
  std::optional<Dims> out;
  for (Value in : op.getInputs())
    if ((out = dimsOf(in)))
      break;
  if (!out) {
    results[0] = unranked(elt);
    return;
  }
  int64_t rank = out->size();
  std::optional<int64_t> axis = normalizeAxis(op.getAxis(), rank);
  if (!axis) {
    results[0] = unranked(elt);
    return;
  }
  Dims dims(rank, kDynamic);
  int64_t sum = 0;
  for (Value in : op.getInputs()) {
    std::optional<Dims> d = dimsOf(in);
    if (!d || int64_t(d->size()) != rank) {
      sum = kDynamic;
      continue;
    }
    for (int64_t i = 0; i < rank; ++i)
      if (i != *axis && ShapedType::isDynamic(dims[i]))
        dims[i] = (*d)[i];
    if (ShapedType::isDynamic((*d)[*axis]) || ShapedType::isDynamic(sum))
      sum = kDynamic;
    else
      sum += (*d)[*axis];
  }
  dims[*axis] = sum;
  results[0] = ranked(dims, elt);
}

static void split(SplitOp op, Results &results) {
  Type elt = elementOf(op.getInput());
  unsigned n = op.getNumResults();
  std::optional<Dims> in = dimsOf(op.getInput());
  std::optional<int64_t> axis;
  if (in)
    axis = normalizeAxis(op.getAxis(), in->size());
  if (!in || !axis) {
    for (unsigned i = 0; i < n; ++i)
      results[i] = unranked(elt);
    return;
  }
  SmallVector<int64_t> sizes(n, kDynamic);
  int64_t total = (*in)[*axis];
  if (!isNone(op.getSplit())) {
    if (std::optional<SmallVector<int64_t>> s = constantInts(op.getSplit()))
      if (s->size() == n)
        sizes.assign(s->begin(), s->end());
  } else if (!ShapedType::isDynamic(total) && n > 0) {
    // Equal parts, the last one smaller when `total` does not divide.
    int64_t part = (total + n - 1) / n;
    for (unsigned i = 0; i < n; ++i)
      sizes[i] = std::max<int64_t>(std::min(part, total - part * i), 0);
  }
  for (unsigned i = 0; i < n; ++i) {
    Dims d = *in;
    d[*axis] = sizes[i];
    results[i] = ranked(d, elt);
  }
}

static void slice(SliceOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> in = dimsOrUnranked(op.getData(), results);
  if (!in)
    return;
  int64_t rank = in->size();
  std::optional<SmallVector<int64_t>> starts = constantInts(op.getStarts());
  std::optional<SmallVector<int64_t>> ends = constantInts(op.getEnds());
  std::optional<SmallVector<int64_t>> axes, steps;
  if (!isNone(op.getAxes()))
    axes = constantInts(op.getAxes());
  if (!isNone(op.getSteps()))
    steps = constantInts(op.getSteps());
  Dims out = *in;
  if (!isNone(op.getAxes()) && !axes) {
    // Unknown axes: any dim may be sliced.
    results[0] = ranked(Dims(rank, kDynamic), elt);
    return;
  }
  size_t count = starts ? starts->size() : ends ? ends->size() : 0;
  if (!starts || !ends || starts->size() != ends->size() ||
      (!isNone(op.getSteps()) && (!steps || steps->size() != count))) {
    // Values unknown: the sliced axes become `?`.
    if (axes) {
      for (int64_t axis : *axes)
        if (std::optional<int64_t> a = normalizeAxis(axis, rank))
          out[*a] = kDynamic;
      results[0] = ranked(out, elt);
    } else {
      std::optional<Dims> len = dimsOf(op.getStarts());
      Dims unknown = *in;
      if (len && len->size() == 1 && !ShapedType::isDynamic((*len)[0]))
        for (int64_t i = 0; i < std::min<int64_t>((*len)[0], rank); ++i)
          unknown[i] = kDynamic;
      else
        unknown.assign(rank, kDynamic);
      results[0] = ranked(unknown, elt);
    }
    return;
  }
  for (size_t i = 0; i < count; ++i) {
    int64_t axis = axes ? (*axes)[i] : int64_t(i);
    std::optional<int64_t> a = normalizeAxis(axis, rank);
    if (!a) {
      results[0] = unranked(elt);
      return;
    }
    int64_t step = steps ? (*steps)[i] : 1;
    int64_t dim = (*in)[*a];
    if (step == 0 || ShapedType::isDynamic(dim)) {
      out[*a] = kDynamic;
      continue;
    }
    int64_t start = (*starts)[i], end = (*ends)[i];
    if (start < 0)
      start += dim;
    if (end < 0)
      end += dim;
    if (step > 0) {
      start = std::clamp<int64_t>(start, 0, dim);
      end = std::clamp<int64_t>(end, 0, dim);
      out[*a] = end > start ? (end - start + step - 1) / step : 0;
    } else {
      start = std::clamp<int64_t>(start, 0, dim - 1);
      end = std::clamp<int64_t>(end, -1, dim - 1);
      out[*a] = start > end ? (start - end - step - 1) / -step : 0;
    }
  }
  results[0] = ranked(out, elt);
}

static void gather(GatherOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> data = dimsOf(op.getData());
  std::optional<Dims> indices = dimsOf(op.getIndices());
  std::optional<int64_t> axis;
  if (data)
    axis = normalizeAxis(op.getAxis(), data->size());
  if (!data || !indices || !axis) {
    results[0] = unranked(elt);
    return;
  }
  Dims out(data->begin(), data->begin() + *axis);
  out.append(indices->begin(), indices->end());
  out.append(data->begin() + *axis + 1, data->end());
  results[0] = ranked(out, elt);
}

static void gatherElements(GatherElementsOp op, Results &results) {
  Type elt = elementOf(op.getData());
  if (std::optional<Dims> indices = dimsOf(op.getIndices()))
    results[0] = ranked(*indices, elt);
  else if (std::optional<Dims> data = dimsOf(op.getData()))
    results[0] = ranked(Dims(data->size(), kDynamic), elt);
  else
    results[0] = unranked(elt);
}

static void oneHot(OneHotOp op, Results &results) {
  Type elt = elementOf(op.getValues());
  std::optional<Dims> indices = dimsOf(op.getIndices());
  if (!indices) {
    results[0] = unranked(elt);
    return;
  }
  int64_t rank = indices->size() + 1;
  std::optional<int64_t> axis = normalizeAxis(op.getAxis(), rank);
  if (!axis) {
    results[0] = unranked(elt);
    return;
  }
  int64_t depth = kDynamic;
  if (std::optional<SmallVector<double>> d = constantFloats(op.getDepth()))
    if (d->size() == 1)
      depth = int64_t((*d)[0]);
  Dims out = *indices;
  out.insert(out.begin() + *axis, depth);
  results[0] = ranked(out, elt);
}

static void nonZero(NonZeroOp op, Results &results) {
  Type i64 = IntegerType::get(op.getContext(), 64);
  std::optional<Dims> in = dimsOf(op.getX());
  results[0] = ranked({in ? int64_t(in->size()) : kDynamic, kDynamic}, i64);
}

static void pad(PadOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> in = dimsOrUnranked(op.getData(), results);
  if (!in)
    return;
  int64_t rank = in->size();
  std::optional<SmallVector<int64_t>> pads = constantInts(op.getPads());
  std::optional<SmallVector<int64_t>> given;
  if (!isNone(op.getAxes())) {
    given = constantInts(op.getAxes());
    if (!given) {
      results[0] = ranked(Dims(rank, kDynamic), elt);
      return;
    }
  }
  std::optional<SmallVector<int64_t>> normalized = normalizeAxes(
      given ? std::optional<ArrayRef<int64_t>>(*given) : std::nullopt, rank);
  if (!normalized) {
    results[0] = unranked(elt);
    return;
  }
  ArrayRef<int64_t> axes = *normalized;
  Dims out = *in;
  if (!pads || pads->size() != 2 * axes.size()) {
    for (int64_t a : axes)
      out[a] = kDynamic;
    results[0] = ranked(out, elt);
    return;
  }
  int64_t n = axes.size();
  for (int64_t i = 0; i < n; ++i)
    if (!ShapedType::isDynamic(out[axes[i]]))
      out[axes[i]] += (*pads)[i] + (*pads)[i + n];
  results[0] = ranked(out, elt);
}

static void gatherND(GatherNDOp op, Results &results) {
  Type elt = elementOf(op.getData());
  std::optional<Dims> data = dimsOf(op.getData());
  std::optional<Dims> indices = dimsOf(op.getIndices());
  int64_t b = op.getBatchDims();
  if (!data || !indices || indices->empty() ||
      ShapedType::isDynamic(indices->back())) {
    results[0] = unranked(elt);
    return;
  }
  int64_t last = indices->back();
  if (b + last > int64_t(data->size())) {
    results[0] = unranked(elt);
    return;
  }
  Dims out(indices->begin(), indices->end() - 1);
  out.append(data->begin() + b + last, data->end());
  results[0] = ranked(out, elt);
}

/// DepthToSpace (up) and SpaceToDepth (down) on NCHW.
static void blocks(Operation *op, Results &results, bool toSpace) {
  Type elt = elementOf(op->getOperand(0));
  std::optional<Dims> x = dimsOf(op->getOperand(0));
  auto bsAttr = op->getAttrOfType<IntegerAttr>("blocksize");
  if (!x || x->size() != 4 || !bsAttr || bsAttr.getInt() <= 0) {
    results[0] = x ? ranked(Dims(4, kDynamic), elt) : unranked(elt);
    return;
  }
  int64_t bs = bsAttr.getInt();
  auto scale = [&](int64_t d, bool up) {
    if (ShapedType::isDynamic(d))
      return kDynamic;
    return up ? d * bs : (d % bs ? kDynamic : d / bs);
  };
  Dims out = *x;
  int64_t bs2 = bs * bs;
  out[1] = ShapedType::isDynamic((*x)[1])
               ? kDynamic
               : (toSpace ? ((*x)[1] % bs2 ? kDynamic : (*x)[1] / bs2)
                          : (*x)[1] * bs2);
  out[2] = scale((*x)[2], toSpace);
  out[3] = scale((*x)[3], toSpace);
  results[0] = ranked(out, elt);
}

void registerIndexing(ShapeFnTable &table) {
  table.add<GatherNDOp>(gatherND);
  table.add<DepthToSpaceOp>(
      [](Operation *op, Results &r) { blocks(op, r, /*toSpace=*/true); });
  table.add<SpaceToDepthOp>(
      [](Operation *op, Results &r) { blocks(op, r, /*toSpace=*/false); });
  table.add<ConcatOp>(concat);
  table.add<SplitOp>(split);
  table.add<SliceOp>(slice);
  table.add<GatherOp>(gather);
  table.add<GatherElementsOp>(gatherElements);
  table.add<OneHotOp>(oneHot);
  table.add<NonZeroOp>(nonZero);
  table.add<PadOp>(pad);
  table.add<TriluOp, ScatterNDOp, ScatterElementsOp>(
      [](Operation *op, Results &r) { sameAsOperand(op, r); });
}

} // namespace x2p::ONNX::shape
