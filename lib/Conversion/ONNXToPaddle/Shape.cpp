//===- Shape.cpp - ONNX shape manipulation → paddle -----------------------===//
//
// Transformer graphs exported with dynamic batch and sequence axes compute
// shapes at run time (Shape → Gather → Unsqueeze → Concat → Reshape), so
// every op here has a form for dynamic operands: a constant becomes the
// Paddle attribute, anything else Paddle's tensor slot (Shape,
// AxesTensor), with ONNX's semantics kept where Paddle's differ (paddle
// shape yields int32; unsqueeze2 inserts axes one after another, ONNX
// names positions of the output; gather takes 1-D indices only).
//
// Reshape: both frameworks copy the input dim for a 0 (ONNX unless
// allowzero) and infer one -1, for the attribute and the Shape tensor
// alike. With allowzero = 1 a 0 means an empty dim, which reshape2 cannot
// say; it is the same as allowzero = 0 when the input has no empty dim,
// and when no 0 can reach the target: a Concat of the input's own dims and
// non-zero constants, a run-time target built from tensor dims and
// non-zero constants, or size arithmetic reshaping a non-empty input
// (ZeroFreeShapes.cpp; every view torch's dynamo exporter writes).
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "MathKernels.h"
#include "ShapeCommon.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <climits>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

constexpr const char *kTypes = "an element type Paddle has no tensor type for";

/// The dim `piece` (a 1-element shape piece) stands for at target position
/// `position`, as a reshape2 attribute value: its constant, or 0 when it is
/// the reshaped input's own dim at that position (Gather(Shape(data), i),
/// possibly Unsqueezed); nullopt when it is only known at run time.
static std::optional<int64_t> templateDim(Value piece, Value data,
                                          int64_t position) {
  if (std::optional<SmallVector<int64_t>> c = getConstantInts(piece))
    return c->size() == 1 ? std::optional<int64_t>((*c)[0]) : std::nullopt;
  if (auto unsqueeze = piece.getDefiningOp<ONNX::UnsqueezeOp>())
    piece = unsqueeze.getData();
  auto gather = piece.getDefiningOp<ONNX::GatherOp>();
  if (!gather || gather.getAxis() != 0)
    return std::nullopt;
  auto shape = gather.getData().getDefiningOp<ONNX::ShapeOp>();
  std::optional<SmallVector<int64_t>> index =
      getConstantInts(gather.getIndices());
  if (!shape || shape.getData() != data || shape.getStart() != 0 || !index ||
      index->size() != 1 || (*index)[0] != position)
    return std::nullopt;
  return 0;
}

/// A run-time Reshape target assembled by Concat from constants and the
/// input's own dims (what exporters write for x.view(x.size(0), -1, h, d)),
/// as an equivalent reshape2 attribute: 0 copies the input's dim, one
/// run-time piece becomes -1. Besides saving the shape arithmetic at run
/// time, an attribute keeps Paddle's oneDNN operator_reshape2 fusion
/// correct: it reads the attribute and ignores the Shape input.
static std::optional<SmallVector<int64_t>> staticTemplate(ONNX::ReshapeOp op) {
  auto concat = op.getShape().getDefiningOp<ONNX::ConcatOp>();
  if (!concat)
    return std::nullopt;
  SmallVector<int64_t> dims;
  bool inferred = false;
  for (Value piece : concat.getInputs()) {
    auto type = dyn_cast<RankedTensorType>(piece.getType());
    if (!type || type.getRank() != 1 || type.getDimSize(0) != 1)
      return std::nullopt;
    // Under allowzero a constant 0 is an empty dim, not a copy.
    if (op.getAllowzero())
      if (std::optional<SmallVector<int64_t>> c = getConstantInts(piece))
        if (llvm::is_contained(*c, 0))
          return std::nullopt;
    std::optional<int64_t> dim =
        templateDim(piece, op.getData(), static_cast<int64_t>(dims.size()));
    if (!dim) {
      if (inferred)
        return std::nullopt;
      inferred = true;
      dim = -1;
    } else if (*dim == -1) {
      if (inferred)
        return std::nullopt;
      inferred = true;
    }
    dims.push_back(*dim);
  }
  return dims;
}

struct ReshapeToReshape2 : ReportingPattern<ONNX::ReshapeOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    Value data = adaptor.getData();
    std::optional<SmallVector<int64_t>> shape =
        getConstantInts(adaptor.getShape());
    // A template's 0s copy the input's own dims, right under allowzero too;
    // its one run-time piece becomes -1, which differs from ONNX only for
    // an empty tensor (torch.export assumes dynamic dims >= 2).
    bool templated = false;
    if (!shape && (shape = staticTemplate(op)))
      templated = true;
    auto input = rankedType(data);
    bool noEmptyDim = input && input.hasStaticShape() &&
                      !llvm::is_contained(input.getShape(), 0);
    if (op.getAllowzero() && !noEmptyDim) {
      bool nonEmptyInput = input && !llvm::is_contained(input.getShape(), 0);
      if (!shape && !isZeroFreeShape(op.getShape()) &&
          !(nonEmptyInput && isSizeArithmeticShape(op.getShape())))
        return failures.fail(
            op, "allowzero = 1 with a run-time shape that may hold a 0 (an "
                "empty dim, which reshape2 reads as 'copy'): x2p converts it "
                "when the shape is built from tensor dims and constants "
                "only, not read from a tensor's values");
      if (shape && !templated && llvm::is_contained(*shape, 0))
        return failures.fail(op, "allowzero = 1 with a 0 in the shape (an "
                                 "empty dim) has no reshape2 equivalent");
    }
    Type xshape = xshapeTypeOf(data.getType());
    if (!shape) {
      auto reshape = Paddle::Reshape2Op::create(
          rewriter, op.getLoc(), TypeRange{op.getType(), xshape}, data,
          adaptor.getShape(), ValueRange{}, rewriter.getDenseI32ArrayAttr({}));
      rewriter.replaceOp(op, reshape.getOut());
      return success();
    }
    SmallVector<int32_t> dims;
    for (int64_t dim : *shape) {
      if (dim < INT32_MIN || dim > INT32_MAX)
        return failures.fail(op, "a target dim does not fit in int32");
      dims.push_back(static_cast<int32_t>(dim));
    }
    auto reshape = Paddle::Reshape2Op::create(
        rewriter, op.getLoc(), TypeRange{op.getType(), xshape}, data,
        /*Shape_=*/Value(), /*ShapeTensor=*/ValueRange{},
        rewriter.getDenseI32ArrayAttr(dims));
    rewriter.replaceOp(op, reshape.getOut());
    return success();
  }
};

/// Shape(start, end): paddle.shape (int32), sliced, cast to int64.
struct ShapeToShape : ReportingPattern<ONNX::ShapeOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::ShapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    Location loc = op.getLoc();
    Value data = adaptor.getData();
    // shapeTensorOf reads float types the kernel lacks through an f32 copy.
    if (!isa<FloatType>(getElementTypeOrSelf(data.getType())) &&
        failed(checkKernelTypes(op, Paddle::ShapeOp::getOperationName(), data,
                                failures)))
      return failure();
    int64_t start = op.getStart();
    std::optional<int64_t> end = op.getEnd();
    Type i32 = rewriter.getI32Type(), i64 = rewriter.getI64Type();
    if (auto input = rankedType(data)) {
      // ONNX clamps start and end to [0, rank] after adding rank to
      // negative ones.
      int64_t rank = input.getRank();
      auto clampAxis = [&](int64_t axis) {
        return std::clamp<int64_t>(axis < 0 ? axis + rank : axis, 0, rank);
      };
      int64_t from = clampAxis(start), to = clampAxis(end.value_or(rank));
      int64_t size = std::max<int64_t>(0, to - from);
      if (size == 0) {
        rewriter.replaceOp(op, filledTensor(rewriter, loc, {0}, i64, 0));
        return success();
      }
      Value shape = shapeTensorOf(rewriter, loc, data, i32);
      if (size != rank)
        shape = sliceVector(rewriter, loc, shape, from, to, size);
      rewriter.replaceOp(op, castElements(rewriter, loc, shape, i64));
      return success();
    }
    Value shape = shapeTensorOf(rewriter, loc, data, i32);
    if (start != 0 || end) {
      // Paddle's slice clamps like ONNX does.
      shape = sliceVector(rewriter, loc, shape, start, end.value_or(INT32_MAX),
                          ShapedType::kDynamic);
    }
    rewriter.replaceOp(op, castElements(rewriter, loc, shape, i64));
    return success();
  }
};

struct SizeToSize : ReportingPattern<ONNX::SizeOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::SizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    rewriter.replaceOpWithNewOp<Paddle::SizeOp>(op, op.getType(),
                                                adaptor.getData());
    return success();
  }
};

struct TransposeToTranspose2 : ReportingPattern<ONNX::TransposeOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    SmallVector<int64_t> perm;
    if (std::optional<ArrayRef<int64_t>> given = op.getPerm()) {
      perm.assign(given->begin(), given->end());
    } else {
      auto input = rankedType(adaptor.getData());
      if (!input)
        return failures.fail(op, "no perm and the input rank is unknown");
      for (int64_t i = input.getRank() - 1; i >= 0; --i)
        perm.push_back(i);
    }
    auto transpose = Paddle::Transpose2Op::create(
        rewriter, op.getLoc(), op.getType(),
        xshapeTypeOf(adaptor.getData().getType()), adaptor.getData(),
        i32Array(rewriter, perm));
    rewriter.replaceOp(op, transpose.getOut());
    return success();
  }
};

struct ConcatToConcat : ReportingPattern<ONNX::ConcatOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    rewriter.replaceOpWithNewOp<Paddle::ConcatOp>(
        op, op.getType(), adaptor.getInputs(), /*AxisTensor=*/Value(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(op.getAxis())));
    return success();
  }
};

/// Flatten(axis) → [prod(dims[:axis]), prod(dims[axis:])]: the trailing
/// and leading ranges merged by flatten_contiguous_range, which needs no
/// static dims, and a unit dim inserted where a range is empty.
struct FlattenToFlatten : ReportingPattern<ONNX::FlattenOp> {
  using ReportingPattern::ReportingPattern;

  static Value flatten(OpBuilder &b, Location loc, Value x, int64_t start,
                       int64_t stop) {
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> dims(type.getShape().take_front(start));
    dims.push_back(
        staticProduct(type.getShape().slice(start, stop - start + 1)));
    llvm::append_range(dims, type.getShape().drop_front(stop + 1));
    return Paddle::FlattenContiguousRangeOp::create(
               b, loc, type.clone(dims), xshapeTypeOf(type), x,
               b.getSI32IntegerAttr(start), b.getSI32IntegerAttr(stop))
        .getOut();
  }

  LogicalResult
  matchAndRewrite(ONNX::FlattenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    if (failed(checkKernelTypes(
            op, Paddle::FlattenContiguousRangeOp::getOperationName(),
            adaptor.getInput(), failures)))
      return failure();
    auto input = rankedType(adaptor.getInput());
    if (!input || input.getRank() == 0)
      return failures.fail(op, "the input rank is unknown or 0");
    int64_t rank = input.getRank();
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + rank : op.getAxis();
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    if (axis <= rank - 2)
      x = flatten(rewriter, loc, x, axis, rank - 1);
    if (axis >= 2)
      x = flatten(rewriter, loc, x, 0, axis - 1);
    if (axis == 0 || axis == rank) {
      x = Paddle::Unsqueeze2Op::create(
              rewriter, loc, op.getType(), xshapeTypeOf(x.getType()), x,
              Value(), ValueRange{},
              rewriter.getDenseI32ArrayAttr({axis == 0 ? 0 : 1}))
              .getOut();
    }
    if (x == adaptor.getInput())
      x = Paddle::AssignOp::create(rewriter, loc, op.getType(), x);
    rewriter.replaceOp(op, x);
    return success();
  }
};

struct SqueezeToSqueeze2 : ReportingPattern<ONNX::SqueezeOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::SqueezeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    Value data = adaptor.getData();
    auto input = rankedType(data);
    SmallVector<int64_t> axes;
    if (!isNone(op.getAxes())) {
      std::optional<SmallVector<int64_t>> given =
          getConstantInts(adaptor.getAxes());
      auto output = dyn_cast<RankedTensorType>(op.getType());
      if (given) {
        for (int64_t a : *given)
          axes.push_back(a < 0 && input ? a + input.getRank() : a);
      } else if (input && input.hasStaticShape() && output) {
        // Dynamic axes, but the static input tells which dims go: as
        // many size-1 dims as the rank drops by.
        for (auto [i, d] : llvm::enumerate(input.getShape()))
          if (d == 1)
            axes.push_back(i);
        if (static_cast<int64_t>(axes.size()) !=
            input.getRank() - output.getRank())
          return failures.fail(op, "the axes are not a constant and the "
                                   "input dims do not tell which they are");
      } else {
        return failures.fail(op, "the axes are not a constant (squeeze2 "
                                 "takes them as an attribute only)");
      }
    }
    auto squeeze = Paddle::Squeeze2Op::create(
        rewriter, op.getLoc(), op.getType(), xshapeTypeOf(data.getType()), data,
        i32Array(rewriter, axes));
    rewriter.replaceOp(op, squeeze.getOut());
    return success();
  }
};

/// ONNX names the positions of the new unit dims in the output; unsqueeze2
/// inserts them one after another, so they are given normalized and in
/// ascending order (at run time, for dynamic axes: mod the output rank,
/// then top_k_v2 sorts them).
struct UnsqueezeToUnsqueeze2 : ReportingPattern<ONNX::UnsqueezeOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::UnsqueezeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    Location loc = op.getLoc();
    Value data = adaptor.getData();
    if (failed(checkKernelTypes(op, Paddle::Unsqueeze2Op::getOperationName(),
                                data, failures)))
      return failure();
    Type xshape = xshapeTypeOf(data.getType());
    auto input = rankedType(data);
    if (std::optional<SmallVector<int64_t>> given =
            getConstantInts(adaptor.getAxes())) {
      SmallVector<int64_t> axes;
      for (int64_t a : *given) {
        if (a < 0 && !input)
          return failures.fail(op, "negative axes and an unknown input rank");
        axes.push_back(a < 0 ? a + input.getRank() +
                                   static_cast<int64_t>(given->size())
                             : a);
      }
      llvm::sort(axes);
      auto unsqueeze = Paddle::Unsqueeze2Op::create(
          rewriter, loc, op.getType(), xshape, data, Value(), ValueRange{},
          i32Array(rewriter, axes));
      rewriter.replaceOp(op, unsqueeze.getOut());
      return success();
    }
    auto output = dyn_cast<RankedTensorType>(op.getType());
    auto axesType = rankedType(adaptor.getAxes());
    if (!output || !axesType || axesType.getRank() != 1 ||
        axesType.isDynamicDim(0))
      return failures.fail(op, "dynamic axes with an unknown count or "
                               "output rank");
    int64_t count = axesType.getDimSize(0);
    Type i64 = rewriter.getI64Type();
    Value rank = filledTensor(rewriter, loc, {1}, i64, output.getRank());
    Value axes = Paddle::ElementwiseModOp::create(
        rewriter, loc, axesType, adaptor.getAxes(), rank,
        rewriter.getSI32IntegerAttr(-1));
    if (count > 1)
      axes = Paddle::TopKV2Op::create(
                 rewriter, loc, axesType, axesType, axes, Value(),
                 rewriter.getSI32IntegerAttr(count),
                 rewriter.getSI32IntegerAttr(-1), rewriter.getBoolAttr(false),
                 rewriter.getBoolAttr(true))
                 .getOut();
    auto unsqueeze = Paddle::Unsqueeze2Op::create(
        rewriter, loc, op.getType(), xshape, data, axes, ValueRange{},
        rewriter.getDenseI32ArrayAttr({}));
    rewriter.replaceOp(op, unsqueeze.getOut());
    return success();
  }
};

/// Gather: Paddle's gather takes 0-D or 1-D indices (negative ones count
/// from the end, as in ONNX); more dims are flattened first and the
/// result reshaped to dims[:axis] + indices.dims + dims[axis+1:]. Types
/// the CPU kernel lacks (f16: fp16 embedding tables) gather in f32, which
/// is exact; Paddle folds the cast of a parameter table at load time.
struct GatherToGather : ReportingPattern<ONNX::GatherOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::GatherOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!hasPaddleTypes(op))
      return failures.fail(op, kTypes);
    Value data = adaptor.getData(), indices = adaptor.getIndices();
    auto dataType = rankedType(data);
    auto indicesType = rankedType(indices);
    if (!dataType || !indicesType)
      return failures.fail(op, "the data or indices rank is unknown");
    int64_t rank = dataType.getRank();
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + rank : op.getAxis();
    bool emptyDim = false;
    Value result = buildWithKernel(
        rewriter, op, failures, KernelSet(Paddle::GatherOp::getOperationName()),
        dataType.getElementType(), {data, indices}, op.getType(),
        [&](ValueRange operands, Type resultType) -> Value {
          FailureOr<Value> gathered = gather(rewriter, op.getLoc(), operands[0],
                                             operands[1], axis, resultType);
          emptyDim = failed(gathered);
          return emptyDim ? Value() : *gathered;
        });
    if (emptyDim)
      return failures.fail(op, "an empty dim in the result");
    if (!result)
      return failure();
    rewriter.replaceOp(op, result);
    return success();
  }

  static FailureOr<Value> gather(OpBuilder &rewriter, Location loc, Value data,
                                 Value indices, int64_t axis, Type resultType) {
    auto dataType = cast<RankedTensorType>(data.getType());
    auto indicesType = cast<RankedTensorType>(indices.getType());
    IntegerAttr axisAttr = rewriter.getSI32IntegerAttr(axis);
    if (indicesType.getRank() <= 1)
      return Paddle::GatherOp::create(rewriter, loc, resultType, data, indices,
                                      Value(), axisAttr)
          .getOut();
    int64_t count = staticProduct(indicesType.getShape());
    auto flatType = indicesType.clone({count});
    Value flat = Paddle::Reshape2Op::create(rewriter, loc, flatType,
                                            xshapeTypeOf(indicesType), indices,
                                            Value(), ValueRange{},
                                            rewriter.getDenseI32ArrayAttr({-1}))
                     .getOut();
    SmallVector<int64_t> gatheredDims(dataType.getShape());
    gatheredDims[axis] = count;
    Value gathered =
        Paddle::GatherOp::create(rewriter, loc, dataType.clone(gatheredDims),
                                 data, flat, Value(), axisAttr);
    SmallVector<DimSource> dims;
    for (int64_t i = 0; i < axis; ++i)
      dims.push_back({dataType.getDimSize(i), gathered, i});
    for (int64_t i = 0; i < indicesType.getRank(); ++i)
      dims.push_back({indicesType.getDimSize(i), indices, i});
    for (int64_t i = axis + 1; i < dataType.getRank(); ++i)
      dims.push_back({dataType.getDimSize(i), gathered, i});
    return reshapeTo(rewriter, loc, gathered, dims, resultType);
  }
};

} // namespace

void x2p::onnx_to_paddle::populateShapePatterns(const TypeConverter &converter,
                                                RewritePatternSet &patterns,
                                                Failures &failures) {
  patterns.add<ReshapeToReshape2, ShapeToShape, SizeToSize,
               TransposeToTranspose2, ConcatToConcat, FlattenToFlatten,
               SqueezeToSqueeze2, UnsqueezeToUnsqueeze2, GatherToGather>(
      converter, patterns.getContext(), failures);
}
