//===- NNCommon.cpp - helpers of the conv/norm/NN pattern files -----------===//
//
// Builders shared by Conv.cpp, Norm.cpp and NN.cpp (see NNCommon.h).
//
//===----------------------------------------------------------------------===//
#include "NNCommon.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

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

RankedTensorType rankedType(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

RankedTensorType tensorLike(ArrayRef<int64_t> shape, Value like) {
  return RankedTensorType::get(
      shape, cast<ShapedType>(like.getType()).getElementType());
}

/// XShape of reshape-like ops: [0, *dims of x].
static Type xshapeType(Value x) {
  auto type = cast<ShapedType>(x.getType());
  if (!type.hasRank())
    return UnrankedTensorType::get(type.getElementType());
  SmallVector<int64_t> dims{0};
  llvm::append_range(dims, type.getShape());
  return RankedTensorType::get(dims, type.getElementType());
}

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
      b, loc, TypeRange{resultType, xshapeType(x)}, x, /*AxesTensor=*/Value(),
      /*AxesTensorList=*/ValueRange{}, b.getDenseI32ArrayAttr(axes));
  return op.getOut();
}

Value squeeze(OpBuilder &b, Location loc, Value x, ArrayRef<int32_t> axes,
              Type resultType) {
  auto op = Paddle::Squeeze2Op::create(b, loc,
                                       TypeRange{resultType, xshapeType(x)}, x,
                                       b.getDenseI32ArrayAttr(axes));
  return op.getOut();
}

Value reshape(OpBuilder &b, Location loc, Value x, ArrayRef<int32_t> shape,
              Type resultType) {
  auto op = Paddle::Reshape2Op::create(
      b, loc, TypeRange{resultType, xshapeType(x)}, x, /*Shape_=*/Value(),
      /*ShapeTensor=*/ValueRange{}, b.getDenseI32ArrayAttr(shape));
  return op.getOut();
}

std::optional<SmallVector<double>> getConstantFloats(Value value) {
  ElementsAttr data;
  if (auto constant = value.getDefiningOp<ONNX::ConstantOp>())
    data = constant.getValue();
  else if (auto param = value.getDefiningOp<Paddle::ParameterOp>())
    data = param.getValue();
  if (!data || !isa<FloatType>(data.getElementType()))
    return std::nullopt;
  SmallVector<double> values;
  if (auto dense = dyn_cast<DenseFPElementsAttr>(data)) {
    for (const APFloat &v : dense.getValues<APFloat>())
      values.push_back(v.convertToDouble());
    return values;
  }
  if (auto resource = dyn_cast<DenseF32ResourceElementsAttr>(data)) {
    if (std::optional<ArrayRef<float>> array = resource.tryGetAsArrayRef())
      return SmallVector<double>(array->begin(), array->end());
  }
  if (auto resource = dyn_cast<DenseF64ResourceElementsAttr>(data)) {
    if (std::optional<ArrayRef<double>> array = resource.tryGetAsArrayRef())
      return SmallVector<double>(array->begin(), array->end());
  }
  return std::nullopt;
}

} // namespace x2p::onnx_to_paddle::nn
