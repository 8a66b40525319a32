//===- NNCommon.cpp - helpers of the conv/norm/NN pattern files -----------===//
//
// Builders and the window resolution shared by Conv.cpp, Pool.cpp,
// Norm.cpp, Resize.cpp and NN.cpp (see NNCommon.h).
//
//===----------------------------------------------------------------------===//
#include "NNCommon.h"

#include "x2p/Dialect/Paddle/PaddleXShape.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;

namespace x2p::onnx_to_paddle::nn {

std::optional<SmallVector<int32_t>> toI32(ArrayRef<int64_t> values) {
  SmallVector<int32_t> out;
  for (int64_t v : values) {
    if (v < INT32_MIN || v > INT32_MAX)
      return std::nullopt;
    out.push_back(static_cast<int32_t>(v));
  }
  return out;
}

NormalizedDims normalizedDims(RankedTensorType type, int64_t axis) {
  NormalizedDims result;
  for (int64_t i = 0; i < type.getRank(); ++i) {
    if (i >= axis)
      result.dims.push_back(static_cast<int32_t>(i));
    result.statShape.push_back(i < axis ? type.getDimSize(i) : 1);
  }
  return result;
}

RankedTensorType tensorLike(ArrayRef<int64_t> shape, Value like) {
  return RankedTensorType::get(
      shape, cast<ShapedType>(like.getType()).getElementType());
}

/// XShape of reshape-like ops: [0, *dims of x].

Value unsqueeze(OpBuilder &b, Location loc, Value x, ArrayRef<int32_t> axes) {
  auto type = cast<ShapedType>(x.getType());
  Type resultType = UnrankedTensorType::get(type.getElementType());
  if (type.hasRank()) {
    SmallVector<int64_t> dims(type.getShape());
    for (int32_t axis : axes)
      dims.insert(dims.begin() + axis, 1);
    resultType = RankedTensorType::get(dims, type.getElementType());
  }
  auto op = Paddle::Unsqueeze2Op::create(
      b, loc, TypeRange{resultType, Paddle::xshapeTypeOf(x.getType())}, x,
      /*AxesTensor=*/Value(),
      /*AxesTensorList=*/ValueRange{}, b.getDenseI32ArrayAttr(axes));
  return op.getOut();
}

Value squeeze(OpBuilder &b, Location loc, Value x, ArrayRef<int32_t> axes,
              Type resultType) {
  auto op = Paddle::Squeeze2Op::create(
      b, loc, TypeRange{resultType, Paddle::xshapeTypeOf(x.getType())}, x,
      b.getDenseI32ArrayAttr(axes));
  return op.getOut();
}

Value reshape(OpBuilder &b, Location loc, Value x, ArrayRef<int32_t> shape,
              Type resultType) {
  return Paddle::createReshape2(b, loc, x, shape, resultType);
}

/// Reads kernel/strides/dilations/pads and resolves auto_pad. `in` are the
/// spatial input dims (possibly dynamic). Returns a reason on failure.
std::optional<std::string>
resolveWindow(Window &w, ArrayRef<int64_t> in, StringRef autoPad,
              std::optional<ArrayRef<int64_t>> strides,
              std::optional<ArrayRef<int64_t>> dilations,
              std::optional<ArrayRef<int64_t>> pads) {
  size_t n = in.size();
  if (w.kernel.size() != n)
    return "kernel_shape must have one entry per spatial dim";
  for (int64_t k : w.kernel)
    if (ShapedType::isDynamic(k) || k < 1)
      return "the kernel size is not static";
  w.strides.assign(n, 1);
  w.dilations.assign(n, 1);
  w.padsBegin.assign(n, 0);
  w.padsEnd.assign(n, 0);
  if (strides) {
    if (strides->size() != n)
      return "strides must have one entry per spatial dim";
    w.strides.assign(strides->begin(), strides->end());
  }
  if (dilations) {
    if (dilations->size() != n)
      return "dilations must have one entry per spatial dim";
    w.dilations.assign(dilations->begin(), dilations->end());
  }
  if (autoPad == "NOTSET") {
    if (pads) {
      if (pads->size() != 2 * n)
        return "pads must have two entries per spatial dim";
      for (size_t i = 0; i < n; ++i) {
        w.padsBegin[i] = (*pads)[i];
        w.padsEnd[i] = (*pads)[n + i];
      }
    }
    return std::nullopt;
  }
  if (autoPad == "VALID")
    return std::nullopt;
  if (autoPad != "SAME_UPPER" && autoPad != "SAME_LOWER")
    return ("unknown auto_pad '" + autoPad + "'").str();
  bool upper = autoPad == "SAME_UPPER";
  bool undilated = llvm::all_of(w.dilations, [](int64_t d) { return d == 1; });
  for (size_t i = 0; i < n; ++i) {
    int64_t extent = (w.kernel[i] - 1) * w.dilations[i] + 1;
    int64_t total;
    if (!ShapedType::isDynamic(in[i])) {
      int64_t out = (in[i] + w.strides[i] - 1) / w.strides[i];
      total = std::max<int64_t>(0, (out - 1) * w.strides[i] + extent - in[i]);
    } else if (w.strides[i] == 1) {
      total = extent - 1;
    } else if (upper && undilated) {
      w.algorithm = "SAME";
      continue;
    } else {
      return "auto_pad " + autoPad.str() +
             " with a stride > 1 over a dynamic dim needs padding that depends "
             "on the input size, which Paddle's SAME (SAME_UPPER without "
             "dilation) cannot express here";
    }
    w.padsBegin[i] = upper ? total / 2 : total - total / 2;
    w.padsEnd[i] = total - w.padsBegin[i];
  }
  return std::nullopt;
}

/// Paddle's per-dim [begin, end, ...] paddings.
static SmallVector<int64_t> paddlePads(const Window &w) {
  SmallVector<int64_t> pads;
  for (size_t i = 0; i < w.padsBegin.size(); ++i) {
    pads.push_back(w.padsBegin[i]);
    pads.push_back(w.padsEnd[i]);
  }
  return pads;
}

/// A 1-D window as a 2-D one over an H dim of 1.
void liftTo2D(Window &w) {
  w.kernel.insert(w.kernel.begin(), 1);
  w.strides.insert(w.strides.begin(), 1);
  w.dilations.insert(w.dilations.begin(), 1);
  w.padsBegin.insert(w.padsBegin.begin(), 0);
  w.padsEnd.insert(w.padsEnd.begin(), 0);
}

/// `type` with a 1 inserted at dim 2, for the 2-D form of a 1-D op.
Type with2DHeight(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return type;
  SmallVector<int64_t> dims(ranked.getShape());
  dims.insert(dims.begin() + 2, 1);
  return RankedTensorType::get(dims, ranked.getElementType());
}

std::optional<PaddleWindow> paddleWindow(Builder &b, const Window &w) {
  auto k = toI32(w.kernel), s = toI32(w.strides), p = toI32(paddlePads(w)),
       d = toI32(w.dilations);
  if (!k || !s || !p || !d)
    return std::nullopt;
  return PaddleWindow{b.getDenseI32ArrayAttr(*k), b.getDenseI32ArrayAttr(*s),
                      b.getDenseI32ArrayAttr(*p), b.getDenseI32ArrayAttr(*d)};
}

} // namespace x2p::onnx_to_paddle::nn
