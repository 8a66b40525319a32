//===- IndexingSort.cpp - TopK, ArgMax/Min, CumSum/Prod, OneHot -----------===//
//
// The indexing ops whose Paddle counterparts differ in a detail that
// matters for exact results, lowered to what does agree:
// - TopK: ONNX puts equal elements in index order; top_k_v2 does not, so
//   TopK is a stable argsort and a slice of the first k.
// - ArgMax/ArgMin with select_last_index: the arg op of the reversed axis.
// - OneHot: one_hot_v2 rejects out-of-range indices that ONNX maps to all
//   "off", so it is a comparison with the class range, negative indices
//   counted from the end first.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "IndexingUtils.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// Input[start:end] along `axis`, with a static end or a 1-element tensor.
Value sliceAxis(OpBuilder &builder, Location loc, Type type, Value input,
                int64_t axis, int32_t start, std::optional<int32_t> end,
                Value endTensor) {
  bool dynamic = !end.has_value();
  return Paddle::SliceOp::create(
      builder, loc, type, input, Value(), dynamic ? endTensor : Value(),
      ValueRange{}, ValueRange{},
      builder.getDenseI32ArrayAttr({static_cast<int32_t>(axis)}),
      builder.getDenseI32ArrayAttr({start}),
      builder.getDenseI32ArrayAttr(dynamic ? ArrayRef<int32_t>{}
                                           : ArrayRef<int32_t>{*end}),
      builder.getDenseI32ArrayAttr({dynamic ? -1 : 1}),
      builder.getDenseI32ArrayAttr({}));
}

/// A scan along an axis known only at run time (cumsum and cumprod take
/// it as an attribute): the scan along every axis of the rank-`rank` `x`,
/// the one picked by where over (axis + rank) % rank == r. Exact, at
/// `rank` times the work.
Value scanAlongRuntimeAxis(OpBuilder &builder, Location loc, Value x,
                           Value axis, int64_t rank,
                           llvm::function_ref<Value(int32_t)> scan) {
  auto axisType = cast<RankedTensorType>(axis.getType());
  Type axisElement = axisType.getElementType();
  Value shifted = Paddle::ScaleOp::create(
      builder, loc, axisType, axis, Value(), Value(),
      builder.getF32FloatAttr(1.0f),
      builder.getF32FloatAttr(static_cast<float>(rank)),
      builder.getBoolAttr(true));
  Value rankTensor = Paddle::FillAnyLikeOp::create(
      builder, loc, axisType, axis,
      builder.getF32FloatAttr(static_cast<float>(rank)),
      builder.getSI32IntegerAttr(-1));
  Value normalized = Paddle::ElementwiseModOp::create(
      builder, loc, axisType, shifted, rankTensor,
      builder.getSI32IntegerAttr(-1));
  Type maskType = withElementType(x.getType(), builder.getI1Type());
  Value result = scan(static_cast<int32_t>(rank - 1));
  for (int64_t r = rank - 2; r >= 0; --r) {
    Value index = fillLike(builder, loc, x, static_cast<double>(r),
                           axisElement);
    Value pick = Paddle::EqualOp::create(builder, loc, maskType, index,
                                         normalized,
                                         builder.getSI32IntegerAttr(-1));
    result = Paddle::WhereOp::create(builder, loc, x.getType(), pick,
                                     scan(static_cast<int32_t>(r)), result);
  }
  return result;
}

struct TopKToArgsort : IndexingPattern<ONNX::TopKOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::TopKOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::ArgsortOp::getOperationName(),
                                adaptor.getX(), failures)))
      return failure();
    FailureOr<int64_t> axis = normalizedAxis(op, adaptor.getX(), op.getAxis());
    if (failed(axis))
      return failure();
    Location loc = op.getLoc();
    auto inType = rankedType(adaptor.getX());
    std::optional<int32_t> k;
    if (auto constK = getConstantInts(adaptor.getK())) {
      if (constK->size() != 1 || (*constK)[0] < 0 ||
          (*constK)[0] > std::numeric_limits<int32_t>::max())
        return failures.fail(op, "K is not one non-negative int32 value");
      k = static_cast<int32_t>((*constK)[0]);
    }
    auto sort = Paddle::ArgsortOp::create(
        rewriter, loc,
        TypeRange{inType, inType.clone(rewriter.getI64Type())},
        adaptor.getX(), rewriter.getSI32IntegerAttr(*axis),
        rewriter.getBoolAttr(op.getLargest() != 0), rewriter.getBoolAttr(true));
    Value values = sliceAxis(rewriter, loc, op.getValues().getType(),
                             sort.getOut(), *axis, 0, k, adaptor.getK());
    Value indices = sliceAxis(rewriter, loc, op.getIndices().getType(),
                              sort.getIndices(), *axis, 0, k, adaptor.getK());
    rewriter.replaceOp(op, {values, indices});
    return success();
  }
};

template <typename SourceOp, typename TargetOp>
struct ArgToArg : IndexingPattern<SourceOp> {
  using IndexingPattern<SourceOp>::IndexingPattern;
  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(this->checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, TargetOp::getOperationName(),
                                adaptor.getData(), this->failures)))
      return failure();
    FailureOr<int64_t> axis =
        this->normalizedAxis(op, adaptor.getData(), op.getAxis());
    if (failed(axis))
      return failure();
    Location loc = op.getLoc();
    Value input = adaptor.getData();
    auto inType = rankedType(input);
    int64_t dim = inType.getDimSize(*axis);
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (op.getSelectLastIndex()) {
      // dim - 1 - index broadcasts a [1] dim to the result: not to 0-D.
      if (ShapedType::isDynamic(dim) && (!resultType || !resultType.getRank()))
        return this->failures.fail(
            op, "select_last_index with an unknown dim along the axis and a "
                "0-D result");
      input = Paddle::StridedSliceOp::create(
          rewriter, loc, inType, input, Value(), ValueRange{}, Value(),
          ValueRange{}, Value(), ValueRange{},
          rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(*axis)}),
          rewriter.getDenseI32ArrayAttr({-1}),
          rewriter.getDenseI32ArrayAttr({std::numeric_limits<int32_t>::min()}),
          rewriter.getDenseI32ArrayAttr({-1}),
          rewriter.getDenseI32ArrayAttr({1}), rewriter.getDenseI32ArrayAttr({}));
    }
    Value index = TargetOp::create(
        rewriter, loc, op.getType(), input, rewriter.getIntegerAttr(
            rewriter.getIntegerType(64, /*isSigned=*/true), *axis),
        rewriter.getBoolAttr(op.getKeepdims() != 0), rewriter.getBoolAttr(false),
        rewriter.getSI32IntegerAttr(
            static_cast<int32_t>(Paddle::VarTypeCode::INT64)));
    if (op.getSelectLastIndex() && ShapedType::isDynamic(dim)) {
      Value size = dimSize(rewriter, loc, adaptor.getData(), *axis);
      Value last = Paddle::ScaleOp::create(
          rewriter, loc, size.getType(), size, Value(), Value(),
          rewriter.getF32FloatAttr(1.0f), rewriter.getF32FloatAttr(-1.0f),
          rewriter.getBoolAttr(true));
      index = Paddle::ElementwiseSubOp::create(rewriter, loc, op.getType(),
                                               last, index,
                                               rewriter.getSI32IntegerAttr(-1));
    } else if (op.getSelectLastIndex())
      index = Paddle::ScaleOp::create(
          rewriter, loc, op.getType(), index, Value(), Value(),
          rewriter.getF32FloatAttr(-1.0f),
          rewriter.getF32FloatAttr(static_cast<float>(dim - 1)),
          rewriter.getBoolAttr(true));
    rewriter.replaceOp(op, index);
    return success();
  }
};

/// CumSum and CumProd: cumsum and cumprod have ONNX's exclusive and
/// reverse (cumprod checked against numpy with zeros: it multiplies rather
/// than dividing out). A run-time axis scans along each axis and picks.
template <typename SourceOp, typename TargetOp>
struct ScanToScan : IndexingPattern<SourceOp> {
  using IndexingPattern<SourceOp>::IndexingPattern;
  using IndexingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(this->checkElementTypes(op)))
      return failure();
    Value x = adaptor.getX();
    if (failed(checkKernelTypes(op, TargetOp::getOperationName(), x, failures)))
      return failure();
    auto inType = dyn_cast<RankedTensorType>(x.getType());
    if (!inType)
      return failures.fail(op, "the input rank is unknown");
    if (inType.getRank() == 0)
      return failures.fail(op, "the input is 0-D (ONNX needs rank >= 1)");
    auto constAxis = getConstantInts(adaptor.getAxis());
    // A 1-D input has one valid axis, whatever the run-time value says.
    if (!constAxis && inType.getRank() == 1)
      constAxis = SmallVector<int64_t>{0};
    if (constAxis && constAxis->size() != 1)
      return failures.fail(op, "the axis does not hold one value");
    auto build = [&](int32_t axis) -> Value {
      auto exclusive = rewriter.getBoolAttr(op.getExclusive());
      auto reverse = rewriter.getBoolAttr(op.getReverse());
      if constexpr (std::is_same_v<TargetOp, Paddle::CumsumOp>)
        return TargetOp::create(rewriter, op.getLoc(), x.getType(), x,
                                rewriter.getSI32IntegerAttr(axis),
                                /*flatten=*/rewriter.getBoolAttr(false),
                                exclusive, reverse);
      else
        return TargetOp::create(rewriter, op.getLoc(), x.getType(), x,
                                rewriter.getSI32IntegerAttr(axis), exclusive,
                                reverse);
    };
    Value out;
    if (constAxis) {
      FailureOr<int64_t> axis =
          this->normalizedAxis(op, x, (*constAxis)[0]);
      if (failed(axis))
        return failure();
      out = build(static_cast<int32_t>(*axis));
    } else {
      if (failed(checkKernelTypes(op, Paddle::WhereOp::getOperationName(), x,
                                  failures)))
        return failure();
      auto axisType = dyn_cast<RankedTensorType>(adaptor.getAxis().getType());
      if (!axisType || axisType.getNumElements() != 1)
        return failures.fail(op, "the run-time axis is not known to hold one "
                                 "value");
      out = scanAlongRuntimeAxis(rewriter, op.getLoc(), x, adaptor.getAxis(),
                                 inType.getRank(), build);
    }
    rewriter.replaceOp(op, out);
    return success();
  }
};

/// OneHot: (indices, counted from the end when negative) == range(depth),
/// compared with the class axis at `axis`, then on/off chosen by
/// multiplying with the mask and its negation (exact: x * 1 + 0).
struct OneHotToCompare : IndexingPattern<ONNX::OneHotOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::OneHotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op,
                                Paddle::ElementwiseMulOp::getOperationName(),
                                adaptor.getValues(), failures)))
      return failure();
    auto inType = rankedType(adaptor.getIndices());
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!inType || !resultType)
      return failures.fail(op, "the indices rank is unknown");
    Type element = resultType.getElementType();
    if (element.isInteger(1))
      return failures.fail(op, "bool values are not converted");
    // A constant depth becomes attributes and static dims; a dynamic one
    // the range's End and the shift of negative indices.
    auto depths = getConstantDoubles(adaptor.getDepth());
    if (depths && depths->size() != 1)
      return failures.fail(op, "depth does not hold one value");
    int64_t depth = depths ? static_cast<int64_t>((*depths)[0])
                           : ShapedType::kDynamic;
    if (depths && (depth < 0 || depth > std::numeric_limits<int32_t>::max()))
      return failures.fail(op, "depth is negative or too large");
    int64_t rank = inType.getRank();
    int64_t axis = op.getAxis();
    if (axis < -(rank + 1) || axis > rank)
      return failures.fail(op, "the axis is out of range");
    if (axis < 0)
      axis += rank + 1;
    if (!isa<RankedTensorType>(adaptor.getValues().getType()))
      return failures.fail(op, "the values rank is unknown");

    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type();
    Type i1 = rewriter.getI1Type();
    Value ix = castTo(rewriter, loc, adaptor.getIndices(), i64);
    Value zeros = fillLike(rewriter, loc, ix, 0.0);
    Value negative = Paddle::LessThanOp::create(
        rewriter, loc, withElementType(ix.getType(), i1), ix, zeros);
    Value depthTensor =
        depths ? Value() : castTo(rewriter, loc, adaptor.getDepth(), i64);
    Value shifted =
        depths ? Value(Paddle::ScaleOp::create(
                     rewriter, loc, ix.getType(), ix, Value(), Value(),
                     rewriter.getF32FloatAttr(1.0f),
                     rewriter.getF32FloatAttr(static_cast<float>(depth)),
                     rewriter.getBoolAttr(true)))
               : Value(Paddle::ElementwiseAddOp::create(
                     rewriter, loc, ix.getType(), ix, depthTensor,
                     rewriter.getSI32IntegerAttr(-1)));
    ix = Paddle::WhereOp::create(rewriter, loc, ix.getType(), negative,
                                 shifted, ix);
    SmallVector<int64_t> unsqShape(inType.getShape());
    unsqShape.insert(unsqShape.begin() + axis, 1);
    SmallVector<int64_t> xshape{0};
    llvm::append_range(xshape, inType.getShape());
    auto unsq = Paddle::Unsqueeze2Op::create(
        rewriter, loc,
        TypeRange{RankedTensorType::get(unsqShape, i64),
                  RankedTensorType::get(xshape, i64)},
        ix, Value(), ValueRange{},
        rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(axis)}));

    Value start = fillConstant(rewriter, loc, {1}, i64, 0);
    Value end = depths ? fillConstant(rewriter, loc, {1}, i64,
                                      static_cast<double>(depth))
                       : depthTensor;
    Value step = fillConstant(rewriter, loc, {1}, i64, 1);
    Value classes = Paddle::RangeOp::create(
        rewriter, loc, RankedTensorType::get({depth}, i64), start, end, step);
    if (rank - axis > 0) {
      SmallVector<int64_t> shape(rank - axis + 1, 1);
      shape[0] = depth;
      SmallVector<int32_t> dims(shape.begin(), shape.end());
      dims[0] = depths ? dims[0] : -1;
      classes = Paddle::Reshape2Op::create(
                    rewriter, loc,
                    TypeRange{RankedTensorType::get(shape, i64),
                              RankedTensorType::get({0, depth}, i64)},
                    classes, Value(), ValueRange{},
                    rewriter.getDenseI32ArrayAttr(dims))
                    .getOut();
    }
    Value hit = Paddle::EqualOp::create(rewriter, loc,
                                        resultType.clone(i1),
                                        unsq.getOut(), classes);
    Value miss =
        Paddle::LogicalNotOp::create(rewriter, loc, resultType.clone(i1), hit);
    Type one = RankedTensorType::get({1}, element);
    Value off = sliceAxis(rewriter, loc, one, adaptor.getValues(), 0, 0, 1,
                          Value());
    Value on = sliceAxis(rewriter, loc, one, adaptor.getValues(), 0, 1, 2,
                         Value());
    auto neg1 = rewriter.getSI32IntegerAttr(-1);
    Value hits = Paddle::ElementwiseMulOp::create(
        rewriter, loc, resultType, castTo(rewriter, loc, hit, element), on,
        neg1);
    Value misses = Paddle::ElementwiseMulOp::create(
        rewriter, loc, resultType, castTo(rewriter, loc, miss, element), off,
        neg1);
    rewriter.replaceOpWithNewOp<Paddle::ElementwiseAddOp>(op, resultType, hits,
                                                          misses, neg1);
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateIndexingSortPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  MLIRContext *context = patterns.getContext();
  patterns.add<TopKToArgsort, ArgToArg<ONNX::ArgMaxOp, Paddle::ArgMaxOp>,
               ArgToArg<ONNX::ArgMinOp, Paddle::ArgMinOp>, OneHotToCompare>(
      converter, context, failures);
  patterns.add<ScanToScan<ONNX::CumSumOp, Paddle::CumsumOp>,
               ScanToScan<ONNX::CumProdOp, Paddle::CumprodOp>>(
      converter, context, failures);
}
