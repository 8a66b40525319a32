//===- ElementsAttrValues.cpp - the numbers an ElementsAttr holds ---------===//
//
// Dense attributes are read through APInt/APFloat; dense_resource blobs as
// the little-endian bytes MLIR stores them in, checked against the element
// count, so that a short or foreign blob reads as "not known" rather than
// past its end.
//
//===----------------------------------------------------------------------===//
#include "x2p/Support/ElementsAttrValues.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include <cstring>

using namespace mlir;

/// The bytes of `elements` when it is a dense_resource blob of `count`
/// elements of `bytesPerElement` bytes each.
static std::optional<ArrayRef<char>> blobBytes(ElementsAttr elements,
                                               unsigned bytesPerElement) {
  auto resource = dyn_cast<DenseResourceElementsAttr>(elements);
  if (!resource)
    return std::nullopt;
  AsmResourceBlob *blob = resource.getRawHandle().getBlob();
  if (!blob)
    return std::nullopt;
  ArrayRef<char> data = blob->getData();
  if (int64_t(data.size()) != elements.getNumElements() * bytesPerElement)
    return std::nullopt;
  return data;
}

/// Element `i` of little-endian `bytes` holding `T`s.
template <typename T> static T elementAt(ArrayRef<char> bytes, int64_t i) {
  T value;
  std::memcpy(&value, bytes.data() + sizeof(T) * i, sizeof(T));
  return value;
}

std::optional<SmallVector<int64_t>> x2p::getIntValues(ElementsAttr elements) {
  auto type = dyn_cast<IntegerType>(elements.getElementType());
  if (!type)
    return std::nullopt;
  bool zeroExtend = type.isUnsigned() || type.getWidth() == 1;
  SmallVector<int64_t> values;
  if (auto dense = dyn_cast<DenseIntElementsAttr>(elements)) {
    for (const APInt &v : dense.getValues<APInt>())
      values.push_back(zeroExtend ? int64_t(v.getZExtValue())
                                  : v.getSExtValue());
    return values;
  }
  unsigned width = type.getWidth();
  if (width != 32 && width != 64)
    return std::nullopt;
  std::optional<ArrayRef<char>> bytes = blobBytes(elements, width / 8);
  if (!bytes)
    return std::nullopt;
  for (int64_t i = 0, e = elements.getNumElements(); i < e; ++i) {
    if (width == 64)
      values.push_back(elementAt<int64_t>(*bytes, i));
    else if (zeroExtend)
      values.push_back(elementAt<uint32_t>(*bytes, i));
    else
      values.push_back(elementAt<int32_t>(*bytes, i));
  }
  return values;
}

std::optional<SmallVector<double>> x2p::getFloatValues(ElementsAttr elements) {
  Type type = elements.getElementType();
  if (!isa<FloatType>(type))
    return std::nullopt;
  SmallVector<double> values;
  if (auto dense = dyn_cast<DenseFPElementsAttr>(elements)) {
    for (APFloat v : dense.getValues<APFloat>()) {
      bool lost;
      v.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
      values.push_back(v.convertToDouble());
    }
    return values;
  }
  if (type.isF16() || type.isBF16()) {
    // fp16 models' weights: bit patterns through APFloat.
    std::optional<ArrayRef<char>> bytes = blobBytes(elements, 2);
    if (!bytes)
      return std::nullopt;
    const llvm::fltSemantics &semantics =
        cast<FloatType>(type).getFloatSemantics();
    for (int64_t i = 0, e = elements.getNumElements(); i < e; ++i) {
      APFloat v(semantics, APInt(16, elementAt<uint16_t>(*bytes, i)));
      bool lost;
      v.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
      values.push_back(v.convertToDouble());
    }
    return values;
  }
  if (!type.isF32() && !type.isF64())
    return std::nullopt;
  std::optional<ArrayRef<char>> bytes =
      blobBytes(elements, type.isF32() ? 4 : 8);
  if (!bytes)
    return std::nullopt;
  for (int64_t i = 0, e = elements.getNumElements(); i < e; ++i)
    values.push_back(type.isF32() ? elementAt<float>(*bytes, i)
                                  : elementAt<double>(*bytes, i));
  return values;
}

std::optional<SmallVector<double>>
x2p::getNumericValues(ElementsAttr elements) {
  if (!isa<IntegerType>(elements.getElementType()))
    return getFloatValues(elements);
  std::optional<SmallVector<int64_t>> ints = getIntValues(elements);
  if (!ints)
    return std::nullopt;
  return SmallVector<double>(ints->begin(), ints->end());
}
