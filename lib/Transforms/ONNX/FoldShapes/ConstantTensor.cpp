//===- ConstantTensor.cpp - reading and writing small constant tensors ----===//
//
// See ConstantTensor.h. Values come from onnx.Constant (dense or small
// dense_resource blobs) and, for 1-D integer shapes, from what
// shapeValueOf() can tell completely (e.g. Shape of a value whose dims are
// static).
//
//===----------------------------------------------------------------------===//
#include "ConstantTensor.h"

#include "../ShapeInference/ShapeFunctions.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/APFloat.h"

#include <cmath>

using namespace mlir;

namespace x2p::ONNX::fold {

void ConstantTensor::pushInt(int64_t v) {
  if (isFloat())
    floats.push_back(double(v));
  else if (elementType.isInteger(1))
    ints.push_back(v != 0);
  else
    ints.push_back(v);
}

void ConstantTensor::pushDouble(double v) {
  if (isFloat())
    floats.push_back(v);
  else if (elementType.isInteger(1))
    ints.push_back(v != 0);
  else
    ints.push_back(int64_t(std::trunc(v)));
}

void ConstantTensor::push(const ConstantTensor &from, int64_t i) {
  if (from.isFloat())
    pushDouble(from.floats[i]);
  else
    pushInt(from.ints[i]);
}

static bool isSupported(Type elt) {
  if (auto i = dyn_cast<IntegerType>(elt))
    return i.getWidth() <= 64;
  return elt.isF16() || elt.isF32() || elt.isF64() || elt.isBF16();
}

std::optional<ConstantTensor> getConstant(Value v, int64_t maxElements) {
  auto type = dyn_cast_or_null<RankedTensorType>(v ? v.getType() : Type());
  if (!type || !type.hasStaticShape() || !isSupported(type.getElementType()) ||
      type.getNumElements() > maxElements)
    return std::nullopt;
  ConstantTensor t;
  t.shape.assign(type.getShape().begin(), type.getShape().end());
  t.elementType = type.getElementType();
  if (t.isFloat()) {
    std::optional<SmallVector<double>> values = shape::constantFloats(v);
    if (!values || int64_t(values->size()) != type.getNumElements())
      return std::nullopt;
    t.floats.assign(values->begin(), values->end());
    return t;
  }
  std::optional<SmallVector<int64_t>> values = shape::constantInts(v);
  if (!values && type.getRank() <= 1) {
    // A shape vector known entry by entry (Shape of static dims, ...).
    std::optional<shape::Dims> known = shape::shapeValueOf(v);
    if (known && int64_t(known->size()) == type.getNumElements() &&
        llvm::none_of(*known, ShapedType::isDynamic))
      values = SmallVector<int64_t>(known->begin(), known->end());
  }
  if (!values || int64_t(values->size()) != type.getNumElements())
    return std::nullopt;
  t.ints.assign(values->begin(), values->end());
  return t;
}

std::optional<DenseElementsAttr> toAttr(const ConstantTensor &t) {
  auto type = RankedTensorType::get(t.shape, t.elementType);
  if (t.elementType.isInteger(1)) {
    SmallVector<bool> bits;
    for (int64_t v : t.ints)
      bits.push_back(v != 0);
    return DenseElementsAttr::get(type, ArrayRef<bool>(bits));
  }
  if (auto i = dyn_cast<IntegerType>(t.elementType)) {
    SmallVector<APInt> values;
    for (int64_t v : t.ints)
      values.push_back(APInt(i.getWidth(), uint64_t(v), /*isSigned=*/true,
                             /*implicitTrunc=*/true));
    return DenseElementsAttr::get(type, values);
  }
  if (auto f = dyn_cast<FloatType>(t.elementType)) {
    SmallVector<APFloat> values;
    for (double v : t.floats) {
      APFloat x(v);
      bool lost;
      x.convert(f.getFloatSemantics(), APFloat::rmNearestTiesToEven, &lost);
      values.push_back(x);
    }
    return DenseElementsAttr::get(type, values);
  }
  return std::nullopt;
}

SmallVector<int64_t, 4> stridesOf(ArrayRef<int64_t> shape) {
  SmallVector<int64_t, 4> strides(shape.size(), 1);
  for (int64_t i = int64_t(shape.size()) - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

} // namespace x2p::ONNX::fold
