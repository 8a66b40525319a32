//===- ConvPool.cpp - shapes of convolutions, pools, Resize, GridSample ----===//
//
// Spatial output dims from kernel, strides, dilations, pads, auto_pad and
// ceil_mode (ONNX's formulas, including the ceil_mode rule that the last
// window must start inside the padded input), Resize from constant sizes
// or scales, and GridSample from the grid's dims.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"

#include <cmath>

using namespace mlir;

namespace x2p::ONNX::shape {

namespace {
/// The window attributes of a conv or pool, defaults filled in.
struct Window {
  SmallVector<int64_t> kernel, strides, dilations, pads;
  StringRef autoPad = "NOTSET";
  bool ceilMode = false;
};
} // namespace

static SmallVector<int64_t> arrayAttr(Operation *op, StringRef name, size_t n,
                                      int64_t fallback) {
  if (auto a = op->getAttrOfType<DenseI64ArrayAttr>(name))
    if (a.size() == int64_t(n))
      return SmallVector<int64_t>(a.asArrayRef());
  return SmallVector<int64_t>(n, fallback);
}

/// Reads the window of `op` over `spatial` dims; kernel falls back to
/// `kernelFromWeights` when the attribute is absent.
static std::optional<Window> readWindow(Operation *op, size_t spatial,
                                        ArrayRef<int64_t> kernelFromWeights) {
  Window w;
  if (auto k = op->getAttrOfType<DenseI64ArrayAttr>("kernel_shape"))
    w.kernel.assign(k.asArrayRef().begin(), k.asArrayRef().end());
  else
    w.kernel.assign(kernelFromWeights.begin(), kernelFromWeights.end());
  if (w.kernel.size() != spatial)
    return std::nullopt;
  w.strides = arrayAttr(op, "strides", spatial, 1);
  w.dilations = arrayAttr(op, "dilations", spatial, 1);
  w.pads = arrayAttr(op, "pads", 2 * spatial, 0);
  if (auto a = op->getAttrOfType<StringAttr>("auto_pad"))
    w.autoPad = a.getValue();
  if (auto c = op->getAttrOfType<IntegerAttr>("ceil_mode"))
    w.ceilMode = c.getValue().getSExtValue() != 0;
  for (int64_t s : w.strides)
    if (s <= 0)
      return std::nullopt;
  return w;
}

static int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

/// The output size of one spatial dim.
static int64_t windowOut(const Window &w, size_t i, int64_t in) {
  int64_t k = w.kernel[i];
  if (ShapedType::isDynamic(in) || ShapedType::isDynamic(k))
    return kDynamic;
  int64_t s = w.strides[i], d = w.dilations[i];
  int64_t effective = (k - 1) * d + 1;
  if (w.autoPad == "SAME_UPPER" || w.autoPad == "SAME_LOWER")
    return ceilDiv(in, s);
  if (w.autoPad == "VALID")
    return in >= effective ? (in - effective) / s + 1 : 0;
  int64_t padBegin = w.pads[i], padEnd = w.pads[i + w.kernel.size()];
  int64_t span = in + padBegin + padEnd - effective;
  if (span < 0)
    return kDynamic;
  if (!w.ceilMode)
    return span / s + 1;
  int64_t out = ceilDiv(span, s) + 1;
  // The last window must start inside the input or its left padding.
  if ((out - 1) * s >= in + padBegin)
    --out;
  return out;
}

static void conv(ConvOp op, Results &results) {
  Type elt = elementOf(op.getX());
  std::optional<Dims> x = dimsOf(op.getX());
  std::optional<Dims> w = dimsOf(op.getW());
  if (!x && w)
    x = Dims(w->size(), kDynamic);
  if (!x || x->size() < 2) {
    results[0] = unranked(elt);
    return;
  }
  size_t spatial = x->size() - 2;
  Dims kernelFromWeights(spatial, kDynamic);
  if (w && w->size() == x->size())
    kernelFromWeights.assign(w->begin() + 2, w->end());
  Dims out{(*x)[0], w && !w->empty() ? (*w)[0] : kDynamic};
  std::optional<Window> win = readWindow(op, spatial, kernelFromWeights);
  for (size_t i = 0; i < spatial; ++i)
    out.push_back(win ? windowOut(*win, i, (*x)[i + 2]) : kDynamic);
  results[0] = ranked(out, elt);
}

static void convTranspose(ConvTransposeOp op, Results &results) {
  Type elt = elementOf(op.getX());
  std::optional<Dims> x = dimsOf(op.getX());
  std::optional<Dims> w = dimsOf(op.getW());
  if (!x || x->size() < 2) {
    results[0] = unranked(elt);
    return;
  }
  size_t spatial = x->size() - 2;
  Dims kernelFromWeights(spatial, kDynamic);
  int64_t channels = kDynamic;
  if (w && w->size() == x->size()) {
    kernelFromWeights.assign(w->begin() + 2, w->end());
    if (!ShapedType::isDynamic((*w)[1]))
      channels = (*w)[1] * op.getGroup();
  }
  Dims out{(*x)[0], channels};
  std::optional<Window> win = readWindow(op, spatial, kernelFromWeights);
  SmallVector<int64_t> outputPadding =
      arrayAttr(op, "output_padding", spatial, 0);
  std::optional<ArrayRef<int64_t>> outputShape = op.getOutputShape();
  for (size_t i = 0; i < spatial; ++i) {
    int64_t in = (*x)[i + 2];
    if (outputShape && outputShape->size() == spatial) {
      out.push_back((*outputShape)[i]);
      continue;
    }
    if (!win || ShapedType::isDynamic(in) ||
        ShapedType::isDynamic(win->kernel[i])) {
      out.push_back(kDynamic);
      continue;
    }
    int64_t s = win->strides[i];
    if (win->autoPad == "SAME_UPPER" || win->autoPad == "SAME_LOWER") {
      out.push_back(in * s);
      continue;
    }
    int64_t padTotal =
        win->autoPad == "VALID" ? 0 : win->pads[i] + win->pads[i + spatial];
    out.push_back(s * (in - 1) + outputPadding[i] +
                  (win->kernel[i] - 1) * win->dilations[i] + 1 - padTotal);
  }
  results[0] = ranked(out, elt);
}

static void pool(Operation *op, Results &results) {
  Type elt = elementOf(op->getOperand(0));
  std::optional<Dims> x = dimsOf(op->getOperand(0));
  if (!x || x->size() < 2) {
    results[0] = unranked(elt);
    if (op->getNumResults() > 1 && !isa<NoneType>(op->getResult(1).getType()))
      results[1] = unranked(IntegerType::get(op->getContext(), 64));
    return;
  }
  size_t spatial = x->size() - 2;
  Dims out{(*x)[0], (*x)[1]};
  std::optional<Window> win = readWindow(op, spatial, {});
  for (size_t i = 0; i < spatial; ++i)
    out.push_back(win ? windowOut(*win, i, (*x)[i + 2]) : kDynamic);
  results[0] = ranked(out, elt);
  if (op->getNumResults() > 1 && !isa<NoneType>(op->getResult(1).getType()))
    results[1] = ranked(out, IntegerType::get(op->getContext(), 64));
}

static void globalPool(Operation *op, Results &results) {
  Type elt = elementOf(op->getOperand(0));
  std::optional<Dims> x = dimsOf(op->getOperand(0));
  if (!x || x->size() < 2) {
    results[0] = unranked(elt);
    return;
  }
  Dims out(x->size(), 1);
  out[0] = (*x)[0];
  out[1] = (*x)[1];
  results[0] = ranked(out, elt);
}

static void resize(ResizeOp op, Results &results) {
  Type elt = elementOf(op.getX());
  std::optional<Dims> x = dimsOrUnranked(op.getX(), results);
  if (!x)
    return;
  int64_t rank = x->size();
  std::optional<SmallVector<int64_t>> normalized =
      normalizeAxes(op.getAxes(), rank);
  if (!normalized) {
    results[0] = unranked(elt);
    return;
  }
  ArrayRef<int64_t> axes = *normalized;
  Dims out = *x;
  if (!isNone(op.getSizes())) {
    std::optional<Dims> sizes = shapeValueOf(op.getSizes());
    bool stretch = op.getKeepAspectRatioPolicy() == "stretch";
    for (size_t i = 0; i < axes.size(); ++i)
      out[axes[i]] = sizes && sizes->size() == axes.size() && stretch
                         ? (*sizes)[i]
                         : kDynamic;
  } else if (!isNone(op.getScales())) {
    std::optional<SmallVector<double>> scales = constantFloats(op.getScales());
    if (scales && scales->empty()) {
      results[0] = ranked(out, elt); // An empty scales input: no resize.
      return;
    }
    for (size_t i = 0; i < axes.size(); ++i) {
      int64_t in = out[axes[i]];
      out[axes[i]] =
          scales && scales->size() == axes.size() && !ShapedType::isDynamic(in)
              ? int64_t(std::floor(float(in) * float((*scales)[i])))
              : kDynamic;
    }
  } else {
    for (int64_t a : axes)
      out[a] = kDynamic;
  }
  for (int64_t &d : out)
    if (d < 0)
      d = kDynamic;
  results[0] = ranked(out, elt);
}

/// [N, C] of X, then the grid's dims between its batch and coordinate dims.
static void gridSample(GridSampleOp op, Results &results) {
  Type elt = elementOf(op.getX());
  std::optional<Dims> x = dimsOf(op.getX());
  std::optional<Dims> grid = dimsOf(op.getGrid());
  if (!x && !grid) {
    results[0] = unranked(elt);
    return;
  }
  int64_t rank = x ? x->size() : grid->size();
  if (rank < 3 || (grid && int64_t(grid->size()) != rank)) {
    results[0] = unranked(elt);
    return;
  }
  Dims out(rank, kDynamic);
  if (x) {
    out[0] = (*x)[0];
    out[1] = (*x)[1];
  }
  if (grid) {
    if (ShapedType::isDynamic(out[0]))
      out[0] = (*grid)[0];
    for (int64_t i = 1; i < rank - 1; ++i)
      out[i + 1] = (*grid)[i];
  }
  results[0] = ranked(out, elt);
}

void registerConvPool(ShapeFnTable &table) {
  table.add<ConvOp>(conv);
  table.add<ConvTransposeOp>(convTranspose);
  table.add<MaxPoolOp, AveragePoolOp, LpPoolOp>(pool);
  table.add<GlobalAveragePoolOp, GlobalMaxPoolOp, GlobalLpPoolOp>(globalPool);
  table.add<ResizeOp>(resize);
  table.add<GridSampleOp>(gridSample);
}

} // namespace x2p::ONNX::shape
