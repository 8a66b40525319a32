//===- MathKernels.cpp - computing in a type Paddle's kernel has ----------===//
//
// See MathKernels.h: the one place that knows how to run a Paddle math op
// on an element type its CPU kernel lacks.
//
//===----------------------------------------------------------------------===//
#include "MathKernels.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

Type x2p::onnx_to_paddle::computeTypeFor(Type type, unsigned kernels) {
  using namespace Paddle;
  unsigned bit = kernelTypeOf(type);
  if (bit & kernels)
    return type;
  MLIRContext *context = type.getContext();
  if ((bit & (kU8 | kI8 | kI16)) && (kernels & kI32))
    return IntegerType::get(context, 32);
  if ((bit & kI32) && (kernels & kI64))
    return IntegerType::get(context, 64);
  if ((bit & (kF16 | kBF16)) && (kernels & kF32))
    return Float32Type::get(context);
  return nullptr;
}

Type x2p::onnx_to_paddle::elementTypeOf(Type type) {
  return getElementTypeOrSelf(type);
}

Value x2p::onnx_to_paddle::buildWithKernel(
    ConversionPatternRewriter &rewriter, Operation *op, Failures &failures,
    const KernelSet &kernel, Type elementType, ValueRange operands,
    Type resultType, function_ref<Value(ValueRange, Type)> build) {
  Type compute = computeTypeFor(elementType, kernel.types);
  if (!compute) {
    StringRef what = kernel.paddleOp;
    what.consume_front("paddle.");
    if (kernelTypeOf(elementType))
      (void)failKernelType(op, what, elementType, failures);
    else {
      std::string name;
      llvm::raw_string_ostream os(name);
      os << elementType;
      (void)failures.fail(op, "Paddle has no " + name + " tensors");
    }
    return nullptr;
  }
  Location loc = op->getLoc();
  SmallVector<Value> cast;
  for (Value operand : operands)
    cast.push_back(elementTypeOf(operand) == elementType
                       ? castElements(rewriter, loc, operand, compute)
                       : operand);
  Type resultElement = elementTypeOf(resultType);
  Value result = build(cast, resultElement == elementType
                                 ? withElementType(resultType, compute)
                                 : resultType);
  return castElements(rewriter, loc, result, resultElement);
}

/// A reshape2 of `x` to `dims` (reshape2's attribute: -1 inferred).
static Value reshape(OpBuilder &builder, Location loc, Value x,
                     ArrayRef<int32_t> dims, ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> xshape{0};
  llvm::append_range(xshape, type.getShape());
  auto reshaped = Paddle::Reshape2Op::create(
      builder, loc,
      TypeRange{RankedTensorType::get(shape, type.getElementType()),
                RankedTensorType::get(xshape, type.getElementType())},
      x, /*Shape_=*/Value(), /*ShapeTensor=*/ValueRange{},
      builder.getDenseI32ArrayAttr(dims));
  return reshaped.getOut();
}

Value x2p::onnx_to_paddle::alignAt(OpBuilder &builder, Location loc,
                                   Value param, int32_t axis, int64_t rank) {
  if (axis < 0 || axis == rank - 1)
    return param;
  auto type = cast<RankedTensorType>(param.getType());
  SmallVector<int32_t> dims{-1};
  SmallVector<int64_t> shape{type.getRank() == 1 ? type.getDimSize(0) : 1};
  for (int64_t i = axis + 1; i < rank; ++i) {
    dims.push_back(1);
    shape.push_back(1);
  }
  return reshape(builder, loc, param, dims, shape);
}

Value x2p::onnx_to_paddle::buildMatmul(OpBuilder &builder, Location loc,
                                       Type resultType, Value x, Value y,
                                       bool transX, bool transY) {
  auto xType = dyn_cast<RankedTensorType>(x.getType());
  auto yType = dyn_cast<RankedTensorType>(y.getType());
  auto outType = dyn_cast<RankedTensorType>(resultType);
  if (!isa<IntegerType>(elementTypeOf(resultType)) || !xType || !yType ||
      !outType || xType.getRank() != yType.getRank() || xType.getRank() < 2)
    return Paddle::MatmulV2Op::create(builder, loc, resultType, x, y, transX,
                                      transY);
  SmallVector<int64_t> yShape{1}, outShape{1};
  llvm::append_range(yShape, yType.getShape());
  llvm::append_range(outShape, outType.getShape());
  SmallVector<int64_t> yXShape{0};
  llvm::append_range(yXShape, yType.getShape());
  Value wideY =
      Paddle::Unsqueeze2Op::create(
          builder, loc,
          TypeRange{RankedTensorType::get(yShape, yType.getElementType()),
                    RankedTensorType::get(yXShape, yType.getElementType())},
          y, /*AxesTensor=*/Value(), /*AxesTensorList=*/ValueRange{},
          builder.getDenseI32ArrayAttr({0}))
          .getOut();
  Value product = Paddle::MatmulV2Op::create(
      builder, loc, RankedTensorType::get(outShape, outType.getElementType()),
      x, wideY, transX, transY);
  SmallVector<int64_t> productXShape{0};
  llvm::append_range(productXShape, outShape);
  return Paddle::Squeeze2Op::create(
             builder, loc,
             TypeRange{outType, RankedTensorType::get(
                                    productXShape, outType.getElementType())},
             product, builder.getDenseI32ArrayAttr({0}))
      .getOut();
}
