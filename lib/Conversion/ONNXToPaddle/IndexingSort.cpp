//===- IndexingSort.cpp - TopK, ArgMax/Min, CumSum/Prod, OneHot, Pad ------===//
//
// The indexing ops whose Paddle counterparts differ in a detail that
// matters for exact results, lowered to what does agree:
// - TopK: ONNX puts equal elements in index order; top_k_v2 does not, so
//   TopK is a stable argsort and a slice of the first k.
// - ArgMax/ArgMin with select_last_index: the arg op of the reversed axis.
// - OneHot: one_hot_v2 rejects out-of-range indices that ONNX maps to all
//   "off", so it is a comparison with the class range, negative indices
//   counted from the end first.
// - Pad: pad3d on the last three dims of a 5-D view, for every mode and
//   for cropping; Paddle's pad op crashes under oneDNN.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "IndexingUtils.h"
#include "ShapeCommon.h"

#include <array>

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

/// ONNX pads [begin of axes..., end of axes...] for run-time `axes`, as
/// int32 pads of every dim of a rank-`rank` input: each dim's entry the sum
/// over the axes of (axis == dim) * pad, the axes counted from the end
/// when negative (ONNX forbids repeated axes, so at most one term counts).
Value spreadPads(OpBuilder &b, Location loc, Value pads, Value axes,
                 int64_t rank) {
  // In int64: Paddle's reduce_sum turns int32 into int64.
  Type i64 = b.getI64Type();
  int64_t n = cast<RankedTensorType>(axes.getType()).getDimSize(0);
  auto vecType = RankedTensorType::get({n}, i64);
  Value a = castTo(b, loc, axes, i64);
  Value shifted = Paddle::ScaleOp::create(
      b, loc, vecType, a, Value(), Value(), b.getF32FloatAttr(1.0f),
      b.getF32FloatAttr(static_cast<float>(rank)), b.getBoolAttr(true));
  Value rankTensor =
      fillConstant(b, loc, {n}, i64, static_cast<double>(rank));
  Value normalized = Paddle::ElementwiseModOp::create(
      b, loc, vecType, shifted, rankTensor, b.getSI32IntegerAttr(-1));
  // [n, 1] == [rank]: which dim each axis is.
  auto colType = RankedTensorType::get({n, 1}, i64);
  Value column = Paddle::Unsqueeze2Op::create(
                     b, loc,
                     TypeRange{colType, RankedTensorType::get({0, n}, i64)},
                     normalized, Value(), ValueRange{},
                     b.getDenseI32ArrayAttr({1}))
                     .getOut();
  Value start = fillConstant(b, loc, {1}, i64, 0);
  Value end = fillConstant(b, loc, {1}, i64, static_cast<double>(rank));
  Value step = fillConstant(b, loc, {1}, i64, 1);
  Value dims = Paddle::RangeOp::create(
      b, loc, RankedTensorType::get({rank}, i64), start, end, step);
  auto matType = RankedTensorType::get({n, rank}, i64);
  Value hit = Paddle::EqualOp::create(
      b, loc, RankedTensorType::get({n, rank}, b.getI1Type()), column, dims,
      b.getSI32IntegerAttr(-1));
  Value hits = castTo(b, loc, hit, i64);
  Value p = castTo(b, loc, pads, i64);
  SmallVector<Value> sides;
  for (int64_t side = 0; side < 2; ++side) {
    Value part = sliceVector(b, loc, p, side * n, (side + 1) * n, n);
    Value partColumn = Paddle::Unsqueeze2Op::create(
                           b, loc,
                           TypeRange{colType,
                                     RankedTensorType::get({0, n}, i64)},
                           part, Value(), ValueRange{},
                           b.getDenseI32ArrayAttr({1}))
                           .getOut();
    Value spread = Paddle::ElementwiseMulOp::create(
        b, loc, matType, hits, partColumn, b.getSI32IntegerAttr(-1));
    sides.push_back(Paddle::ReduceSumOp::create(
        b, loc, RankedTensorType::get({rank}, i64), spread,
        b.getDenseI32ArrayAttr({0}), b.getBoolAttr(false),
        b.getBoolAttr(false)));
  }
  Value full = Paddle::ConcatOp::create(
      b, loc, RankedTensorType::get({2 * rank}, i64), sides, Value(),
      b.getSI32IntegerAttr(0));
  return castTo(b, loc, full, b.getI32Type());
}

/// Pad: pad3d on the last three dims of a 5-D view. Constant pads become
/// the paddings attribute; run-time ones the Paddings tensor, gathered
/// from ONNX's layout by slices, and then the dims before the last three
/// (rank 4 and 5) are padded by a second pad3d over a transposed view:
/// every mode pads dim by dim, as numpy.pad does, so two passes give the
/// same result as one.
struct PadToPad3d : IndexingPattern<ONNX::PadOp> {
  using IndexingPattern::IndexingPattern;

  /// How one pass pads: the ONNX dim of each of the view's dims 2, 3, 4
  /// (-1: not padded).
  using ViewDims = std::array<int64_t, 3>;

  LogicalResult
  matchAndRewrite(ONNX::PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::Pad3DOp::getOperationName(),
                                adaptor.getData(), failures)))
      return failure();
    auto inType = rankedType(adaptor.getData());
    if (!inType)
      return failures.fail(op, "the input rank is unknown");
    int64_t rank = inType.getRank();
    StringRef mode = op.getMode();
    auto pads = getConstantInts(adaptor.getPads());
    SmallVector<int64_t> axes;
    // Run-time axes: the pads are spread to every dim's place first.
    bool runtimeAxes = false;
    if (isNone(adaptor.getAxes())) {
      for (int64_t i = 0; i < rank; ++i)
        axes.push_back(i);
    } else if (auto constAxes = getConstantInts(adaptor.getAxes())) {
      axes = *constAxes;
    } else {
      auto axesType = rankedType(adaptor.getAxes());
      if (!axesType || axesType.getRank() != 1 ||
          ShapedType::isDynamic(axesType.getDimSize(0)))
        return failures.fail(op, "the run-time axes have an unknown length");
      if (pads)
        return failures.fail(op, "constant pads with run-time axes are not "
                                 "converted");
      auto padsType = rankedType(adaptor.getPads());
      if (!padsType || padsType.getRank() != 1 ||
          padsType.getDimSize(0) != 2 * axesType.getDimSize(0))
        return failures.fail(op, "run-time pads are not known to hold two "
                                 "entries per axis");
      runtimeAxes = true;
      for (int64_t i = 0; i < rank; ++i)
        axes.push_back(i);
    }
    int64_t n = axes.size();
    // (Run-time axes were checked above; their pads come spread to all
    // dims.)
    if (!pads && !runtimeAxes) {
      auto padsType = rankedType(adaptor.getPads());
      if (!padsType || padsType.getRank() != 1 ||
          padsType.getDimSize(0) != 2 * n)
        return failures.fail(op, "run-time pads are not known to hold two "
                                 "entries per axis");
    } else if (pads && static_cast<int64_t>(pads->size()) != 2 * n) {
      return failures.fail(op, "pads does not hold two entries per axis");
    }
    // The position of each dim's begin pad in `pads` (-1: not padded).
    SmallVector<int64_t> padIndex(rank, -1);
    SmallVector<int64_t> begin(rank, 0), end(rank, 0);
    for (auto [i, axis] : llvm::enumerate(axes)) {
      if (axis < -rank || axis >= rank)
        return failures.fail(op, "an axis is out of range");
      int64_t a = axis < 0 ? axis + rank : axis;
      padIndex[a] = static_cast<int64_t>(i);
      if (pads) {
        begin[a] = (*pads)[i];
        end[a] = (*pads)[i + n];
      }
    }
    for (int64_t p : llvm::concat<int64_t>(begin, end))
      if (p < std::numeric_limits<int32_t>::min() ||
          p > std::numeric_limits<int32_t>::max())
        return failures.fail(op, "a pad does not fit in int32");
    double value = 0.0;
    // A run-time constant_value (pad3d takes an attribute): padding 0,
    // then the value put where a padded ones tensor has 0.
    Value valueTensor;
    if (mode == "constant" && !isNone(adaptor.getConstantValue())) {
      auto constValue = getConstantDoubles(adaptor.getConstantValue());
      if (constValue && constValue->size() != 1)
        return failures.fail(op, "constant_value does not hold one value");
      if (constValue) {
        value = (*constValue)[0];
      } else {
        auto valueType = rankedType(adaptor.getConstantValue());
        if (!valueType || valueType.getNumElements() != 1)
          return failures.fail(op, "the run-time constant_value is not known "
                                   "to hold one value");
        if (failed(checkKernelTypes(op, Paddle::WhereOp::getOperationName(),
                                    adaptor.getData(), failures)))
          return failure();
        valueTensor = adaptor.getConstantValue();
      }
    }
    StringRef padMode = llvm::StringSwitch<StringRef>(mode)
                            .Case("constant", "constant")
                            .Case("reflect", "reflect")
                            .Case("edge", "replicate")
                            .Case("wrap", "circular")
                            .Default("");
    if (padMode.empty())
      return failures.fail(op, "mode '" + mode + "' is not converted");
    // ONNX (onnxruntime) crops a dim before wrapping it; pad3d wraps the
    // uncropped dim, so a dim cropped at one end and padded at the other
    // differs. Run-time pads with wrap therefore crop (the negative pads)
    // and then pad (the positive ones) in two rounds.
    if (mode == "wrap" && pads)
      for (int64_t d = 0; d < rank; ++d)
        if ((begin[d] < 0 && end[d] > 0) || (begin[d] > 0 && end[d] < 0))
          return failures.fail(op, "wrap of a dim cropped at one end and "
                                   "padded at the other (pad3d wraps the "
                                   "uncropped dim)");
    // pad3d pads the last three dims of a 5-D tensor. (Paddle's pad op
    // takes any rank, but crashes on its oneDNN path, which Paddle
    // Inference takes by default on CPU.)
    if (rank > 5 || rank == 0)
      return failures.fail(op, "only ranks 1 to 5 are padded (pad3d)");
    bool padsLeading = false;
    for (int64_t i = 0; i < rank - 3; ++i)
      padsLeading |= pads ? begin[i] != 0 || end[i] != 0 : padIndex[i] >= 0;
    if (pads && padsLeading)
      return failures.fail(op, "only the last three dims are padded (pad3d; "
                               "Paddle's pad op crashes under oneDNN)");

    Location loc = op.getLoc();
    Type element = inType.getElementType();
    Value padsI32;
    if (runtimeAxes)
      padsI32 = spreadPads(rewriter, loc, adaptor.getPads(), adaptor.getAxes(),
                           rank);
    else if (!pads)
      padsI32 = castTo(rewriter, loc, adaptor.getPads(), rewriter.getI32Type());
    auto xshapeOf = [&](Type t) {
      SmallVector<int64_t> dims{0};
      llvm::append_range(dims, cast<RankedTensorType>(t).getShape());
      return RankedTensorType::get(dims, element);
    };
    // pad3d of the 5-D `x` whose dims 2, 3, 4 are the ONNX dims `dims`.
    auto padPass = [&](Value x, ViewDims dims) -> Value {
      auto type = cast<RankedTensorType>(x.getType());
      SmallVector<int64_t> shape(type.getShape());
      SmallVector<int32_t> paddings;
      SmallVector<Value> entries;
      Value zero;
      for (int64_t v = 4; v >= 2; --v) {
        int64_t d = dims[v - 2];
        if (d >= 0 && !ShapedType::isDynamic(shape[v]))
          shape[v] = pads ? shape[v] + begin[d] + end[d]
                          : padIndex[d] >= 0 ? ShapedType::kDynamic
                                             : shape[v];
        for (int64_t side = 0; side < 2; ++side) {
          if (pads) {
            paddings.push_back(
                d >= 0 ? static_cast<int32_t>(side ? end[d] : begin[d]) : 0);
            continue;
          }
          paddings.push_back(0);
          if (d >= 0 && padIndex[d] >= 0) {
            int64_t at = padIndex[d] + side * n;
            entries.push_back(sliceVector(rewriter, loc, padsI32, at, at + 1,
                                          1));
            continue;
          }
          if (!zero)
            zero = fillConstant(rewriter, loc, {1}, rewriter.getI32Type(), 0);
          entries.push_back(zero);
        }
      }
      Value paddingsTensor;
      if (!pads)
        paddingsTensor = Paddle::ConcatOp::create(
            rewriter, loc, RankedTensorType::get({6}, rewriter.getI32Type()),
            entries, Value(), rewriter.getSI32IntegerAttr(0));
      return Paddle::Pad3DOp::create(
          rewriter, loc, RankedTensorType::get(shape, element), x,
          paddingsTensor, rewriter.getDenseI32ArrayAttr(paddings),
          rewriter.getStringAttr(padMode),
          rewriter.getF32FloatAttr(static_cast<float>(value)),
          rewriter.getStringAttr("NCDHW"));
    };
    auto unsqueezeTo5D = [&](Value x, int64_t lead) -> Value {
      if (lead == 0)
        return x;
      auto type = cast<RankedTensorType>(x.getType());
      SmallVector<int64_t> shape(lead, 1);
      llvm::append_range(shape, type.getShape());
      SmallVector<int32_t> leadAxes;
      for (int64_t i = 0; i < lead; ++i)
        leadAxes.push_back(static_cast<int32_t>(i));
      return Paddle::Unsqueeze2Op::create(
                 rewriter, loc,
                 TypeRange{RankedTensorType::get(shape, element),
                           xshapeOf(type)},
                 x, Value(), ValueRange{},
                 rewriter.getDenseI32ArrayAttr(leadAxes))
          .getOut();
    };
    auto squeezeFrom5D = [&](Value x, int64_t lead) -> Value {
      if (lead == 0)
        return x;
      auto type = cast<RankedTensorType>(x.getType());
      SmallVector<int32_t> leadAxes;
      for (int64_t i = 0; i < lead; ++i)
        leadAxes.push_back(static_cast<int32_t>(i));
      auto outType = RankedTensorType::get(type.getShape().drop_front(lead),
                                           element);
      return Paddle::Squeeze2Op::create(rewriter, loc,
                                        TypeRange{outType, xshapeOf(type)}, x,
                                        rewriter.getDenseI32ArrayAttr(leadAxes))
          .getOut();
    };
    auto transpose = [&](Value x, ArrayRef<int32_t> perm) -> Value {
      auto type = cast<RankedTensorType>(x.getType());
      SmallVector<int64_t> shape;
      for (int32_t p : perm)
        shape.push_back(type.getDimSize(p));
      return Paddle::Transpose2Op::create(
                 rewriter, loc,
                 TypeRange{RankedTensorType::get(shape, element),
                           xshapeOf(type)},
                 x, rewriter.getDenseI32ArrayAttr(perm))
          .getOut();
    };

    auto padAll = [&](Value data) -> Value {
      // The last three dims (all of them below rank 4).
      int64_t lead = std::max<int64_t>(0, 5 - rank);
      ViewDims last;
      for (int64_t v = 2; v < 5; ++v)
        last[v - 2] = v - lead >= 0 ? v - lead : -1;
      Value out =
          squeezeFrom5D(padPass(unsqueezeTo5D(data, lead), last), lead);
      if (padsLeading) {
        // The leading dims (1 or 2) moved behind the others, then padded as
        // the view's last dims.
        int64_t leading = rank - 3;
        SmallVector<int32_t> perm, inverse(rank);
        for (int64_t i = leading; i < rank; ++i)
          perm.push_back(static_cast<int32_t>(i));
        for (int64_t i = 0; i < leading; ++i)
          perm.push_back(static_cast<int32_t>(i));
        for (int64_t i = 0; i < rank; ++i)
          inverse[perm[i]] = static_cast<int32_t>(i);
        ViewDims front =
            leading == 1 ? ViewDims{-1, -1, 0} : ViewDims{-1, 0, 1};
        Value moved = transpose(out, perm);
        moved = squeezeFrom5D(padPass(unsqueezeTo5D(moved, 5 - rank), front),
                              5 - rank);
        out = transpose(moved, inverse);
      }
      return out;
    };
    Value padded;
    if (mode == "wrap" && !pads) {
      Value all = padsI32;
      auto allType = all.getType();
      Value zeros = fillLike(rewriter, loc, all, 0.0);
      padsI32 = Paddle::ElementwiseMinOp::create(
          rewriter, loc, allType, all, zeros, rewriter.getSI32IntegerAttr(-1));
      Value cropped = padAll(adaptor.getData());
      padsI32 = Paddle::ElementwiseMaxOp::create(
          rewriter, loc, allType, all, zeros, rewriter.getSI32IntegerAttr(-1));
      padded = padAll(cropped);
    } else {
      padded = padAll(adaptor.getData());
    }
    if (valueTensor) {
      Value inside = castTo(rewriter, loc,
                            padAll(fillLike(rewriter, loc, adaptor.getData(),
                                            1.0)),
                            rewriter.getI1Type());
      Value filler = Paddle::ElementwiseAddOp::create(
          rewriter, loc, padded.getType(), fillLike(rewriter, loc, padded, 0.0),
          valueTensor, rewriter.getSI32IntegerAttr(-1));
      padded = Paddle::WhereOp::create(rewriter, loc, padded.getType(), inside,
                                       padded, filler);
    }
    if (padded.getType() != op.getType())
      padded = Paddle::AssignOp::create(rewriter, loc, op.getType(), padded);
    rewriter.replaceOp(op, padded);
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateIndexingSortPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  MLIRContext *context = patterns.getContext();
  patterns.add<TopKToArgsort, ArgToArg<ONNX::ArgMaxOp, Paddle::ArgMaxOp>,
               ArgToArg<ONNX::ArgMinOp, Paddle::ArgMinOp>, OneHotToCompare,
               PadToPad3d>(converter, context, failures);
  patterns.add<ScanToScan<ONNX::CumSumOp, Paddle::CumsumOp>,
               ScanToScan<ONNX::CumProdOp, Paddle::CumprodOp>>(
      converter, context, failures);
}
