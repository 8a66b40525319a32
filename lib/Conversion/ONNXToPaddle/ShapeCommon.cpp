//===- ShapeCommon.cpp - what the shape-family patterns share -------------===//
//
// Reshapes to targets assembled from static and run-time dims, slices of
// shape vectors, and the table of element types Paddle's CPU kernels lack,
// used by more than one Shape*.cpp file.
//
//===----------------------------------------------------------------------===//
#include "ShapeCommon.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

DenseI32ArrayAttr x2p::onnx_to_paddle::i32Array(Builder &b,
                                                ArrayRef<int64_t> values) {
  SmallVector<int32_t> v(values.begin(), values.end());
  return b.getDenseI32ArrayAttr(v);
}

/// slice of the 1-D `vector` to [start, end), as an `elementType` tensor.
Value x2p::onnx_to_paddle::sliceVector(OpBuilder &b, Location loc, Value vector,
                                       int64_t start, int64_t end,
                                       int64_t size) {
  auto type = cast<TensorType>(vector.getType());
  return Paddle::SliceOp::create(
      b, loc, RankedTensorType::get({size}, type.getElementType()), vector,
      Value(), Value(), ValueRange{}, ValueRange{}, b.getDenseI32ArrayAttr({0}),
      i32Array(b, {start}), i32Array(b, {end}), b.getDenseI32ArrayAttr({1}),
      b.getDenseI32ArrayAttr({}));
}

FailureOr<Value> x2p::onnx_to_paddle::reshapeTo(OpBuilder &b, Location loc,
                                                Value x,
                                                ArrayRef<DimSource> dims,
                                                Type type) {
  SmallVector<int32_t> attr;
  int unknown = 0;
  for (auto [i, dim] : llvm::enumerate(dims)) {
    if (dim.source == x && dim.index == static_cast<int64_t>(i))
      attr.push_back(0);
    else if (dim.size == 0)
      return failure();
    else if (!ShapedType::isDynamic(dim.size))
      attr.push_back(static_cast<int32_t>(dim.size));
    else {
      attr.push_back(-1);
      ++unknown;
    }
  }
  Type xshape = xshapeTypeOf(x.getType());
  if (unknown <= 1)
    return Paddle::Reshape2Op::create(b, loc, type, xshape, x, Value(),
                                      ValueRange{},
                                      b.getDenseI32ArrayAttr(attr))
        .getOut();
  // The target as a run-time int32 vector: runs of dims read from one
  // source become one slice of its shape, static dims filled constants.
  Type i32 = b.getI32Type();
  SmallVector<Value> pieces;
  for (size_t i = 0; i < dims.size();) {
    const DimSource &dim = dims[i];
    if (!ShapedType::isDynamic(dim.size) &&
        !(dim.source == x && dim.index == static_cast<int64_t>(i))) {
      pieces.push_back(filledTensor(b, loc, {1}, i32, dim.size));
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < dims.size() && dims[j].source == dim.source &&
           dims[j].index == dim.index + static_cast<int64_t>(j - i))
      ++j;
    Value shape = shapeTensorOf(b, loc, dim.source, i32);
    auto sourceType = cast<RankedTensorType>(dim.source.getType());
    if (dim.index != 0 || static_cast<int64_t>(j - i) != sourceType.getRank())
      shape = sliceVector(b, loc, shape, dim.index, dim.index + (j - i), j - i);
    pieces.push_back(shape);
    i = j;
  }
  Value target = Paddle::ConcatOp::create(
      b, loc, RankedTensorType::get({static_cast<int64_t>(dims.size())}, i32),
      pieces, Value(), b.getSI32IntegerAttr(0));
  return Paddle::Reshape2Op::create(b, loc, type, xshape, x, target,
                                    ValueRange{}, b.getDenseI32ArrayAttr({}))
      .getOut();
}
