//===- Indexing.cpp - ONNX slicing, selection and scatter ops → paddle ----===//
//
// Slice, Split, Where, GatherElements/GatherND, ScatterElements/ScatterND:
// ops that select or place elements by index. Paddle follows numpy in
// slice/strided_slice clamping (checked against the installed Paddle), so
// ONNX's starts/ends pass through, saturated to the int32 of Paddle's INTS
// attributes, and dynamic ones go to the tensor slots: transformer graphs slice
// by run-time sequence lengths. Paddle's where does not broadcast, and
// scatter_nd_add only adds; both are given their ONNX meaning from other ops
// here rather than refused.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "IndexingUtils.h"
#include "MathKernels.h"

#include "llvm/ADT/SmallSet.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// put_along_axis's `reduce` for an ONNX scatter reduction; empty when it
/// has none.
StringRef putAlongAxisReduce(StringRef reduction) {
  return llvm::StringSwitch<StringRef>(reduction)
      .Case("none", "assign")
      .Case("add", "add")
      .Case("mul", "mul")
      .Case("max", "amax")
      .Case("min", "amin")
      .Default("");
}

SmallVector<int32_t> saturateAllToI32(ArrayRef<int64_t> values) {
  return llvm::map_to_vector(values,
                             [](int64_t v) { return saturateToI32(v); });
}

/// Slice: constant axes/steps (Paddle has no tensor slot for axes), starts
/// and ends constant or dynamic. Steps all 1 → slice, else strided_slice.
struct SliceToSlice : IndexingPattern<ONNX::SliceOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    auto inType = dyn_cast<RankedTensorType>(adaptor.getData().getType());
    if (!inType)
      return failures.fail(op, "the input rank is unknown");
    int64_t rank = inType.getRank();
    auto starts = getConstantInts(adaptor.getStarts());
    auto ends = getConstantInts(adaptor.getEnds());
    int64_t n = ShapedType::kDynamic;
    if (starts)
      n = starts->size();
    else if (auto t = dyn_cast<RankedTensorType>(adaptor.getStarts().getType());
             t && t.getRank() == 1)
      n = t.getDimSize(0);
    if (ShapedType::isDynamic(n))
      return failures.fail(op, "the number of sliced axes is unknown");
    if (ends && static_cast<int64_t>(ends->size()) != n)
      return failures.fail(op, "starts and ends differ in length");

    SmallVector<int64_t> axes;
    if (isNone(adaptor.getAxes())) {
      for (int64_t i = 0; i < n; ++i)
        axes.push_back(i);
    } else {
      auto constAxes = getConstantInts(adaptor.getAxes());
      if (!constAxes)
        return failures.fail(op, "the axes are not a constant (Paddle's "
                                 "slice takes axes as an attribute only)");
      axes = *constAxes;
    }
    if (static_cast<int64_t>(axes.size()) != n)
      return failures.fail(op, "axes and starts differ in length");
    llvm::SmallSet<int64_t, 8> seen;
    for (int64_t &axis : axes) {
      if (axis < -rank || axis >= rank)
        return failures.fail(op, "an axis is out of range");
      if (axis < 0)
        axis += rank;
      if (!seen.insert(axis).second)
        return failures.fail(op, "an axis is repeated");
    }
    SmallVector<int64_t> steps(n, 1);
    Value stepsTensor;
    if (!isNone(adaptor.getSteps())) {
      auto constSteps = getConstantInts(adaptor.getSteps());
      if (!constSteps) {
        // Run-time steps: strided_slice's StridesTensor.
        stepsTensor = adaptor.getSteps();
        constSteps = SmallVector<int64_t>(n, 0);
      } else if (llvm::is_contained(*constSteps, 0)) {
        return failures.fail(op, "a step is 0");
      }
      if (static_cast<int64_t>(constSteps->size()) != n)
        return failures.fail(op, "steps and starts differ in length");
      steps = *constSteps;
    }
    if (n == 0) {
      rewriter.replaceOpWithNewOp<Paddle::AssignOp>(op, op.getType(),
                                                    adaptor.getData());
      return success();
    }

    Value startsTensor = starts ? Value() : adaptor.getStarts();
    Value endsTensor = ends ? Value() : adaptor.getEnds();
    // Paddle's oneDNN slice kernel (taken for attribute-only slices) fails
    // on an empty result; constants sent through the tensor lists avoid it.
    SmallVector<Value> startsList, endsList;
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (resultType && llvm::is_contained(resultType.getShape(), 0)) {
      auto toList = [&](std::optional<SmallVector<int64_t>> &values,
                        SmallVector<Value> &list) {
        if (!values)
          return;
        for (int64_t v : *values)
          list.push_back(fillConstant(rewriter, op.getLoc(), {1},
                                      rewriter.getI64Type(),
                                      static_cast<double>(saturateToI32(v))));
        values.reset();
      };
      toList(starts, startsList);
      toList(ends, endsList);
    }
    SmallVector<int32_t> inferFlags(n, starts && ends && !stepsTensor ? 1 : -1);
    auto axesAttr = rewriter.getDenseI32ArrayAttr(saturateAllToI32(axes));
    auto startsAttr = rewriter.getDenseI32ArrayAttr(
        starts ? saturateAllToI32(*starts) : SmallVector<int32_t>{});
    auto endsAttr = rewriter.getDenseI32ArrayAttr(
        ends ? saturateAllToI32(*ends) : SmallVector<int32_t>{});
    auto flagsAttr = rewriter.getDenseI32ArrayAttr(inferFlags);
    auto decrease = rewriter.getDenseI32ArrayAttr({});
    if (!stepsTensor && llvm::all_of(steps, [](int64_t s) { return s == 1; })) {
      rewriter.replaceOpWithNewOp<Paddle::SliceOp>(
          op, op.getType(), adaptor.getData(), startsTensor, endsTensor,
          startsList, endsList, axesAttr, startsAttr, endsAttr, flagsAttr,
          decrease);
      return success();
    }
    rewriter.replaceOpWithNewOp<Paddle::StridedSliceOp>(
        op, op.getType(), adaptor.getData(), startsTensor, startsList,
        endsTensor, endsList, stepsTensor, ValueRange{}, axesAttr, startsAttr,
        endsAttr,
        rewriter.getDenseI32ArrayAttr(stepsTensor ? SmallVector<int32_t>{}
                                                  : saturateAllToI32(steps)),
        flagsAttr, decrease);
    return success();
  }
};

/// Split: `split` sizes (constant) → sections; num_outputs or nothing →
/// equal parts, uneven ones (ONNX makes the last part smaller) as sections
/// when the dim is known.
struct SplitToSplit : IndexingPattern<ONNX::SplitOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::SplitOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::SplitOp::getOperationName(),
                                adaptor.getInput(), failures)))
      return failure();
    auto inType = dyn_cast<RankedTensorType>(adaptor.getInput().getType());
    if (!inType || inType.getRank() == 0)
      return failures.fail(op, "the input rank is unknown or 0");
    int64_t rank = inType.getRank();
    int64_t axis = op.getAxis();
    if (axis < -rank || axis >= rank)
      return failures.fail(op, "the axis is out of range");
    if (axis < 0)
      axis += rank;
    int64_t outs = op.getNumResults();
    int64_t dim = inType.getDimSize(axis);
    SmallVector<int32_t> sections;
    SmallVector<Value> sectionTensors;
    int32_t num = 0;
    if (!isNone(adaptor.getSplit())) {
      auto split = getConstantInts(adaptor.getSplit());
      if (!split) {
        // One 1-element tensor per output: SectionsTensorList.
        Value sizes = adaptor.getSplit();
        auto sizesType = cast<ShapedType>(sizes.getType());
        for (int64_t i = 0; i < outs; ++i)
          sectionTensors.push_back(Paddle::SliceOp::create(
              rewriter, op.getLoc(),
              RankedTensorType::get({1}, sizesType.getElementType()), sizes,
              Value(), Value(), ValueRange{}, ValueRange{},
              rewriter.getDenseI32ArrayAttr({0}),
              rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(i)}),
              rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(i + 1)}),
              rewriter.getDenseI32ArrayAttr({1}),
              rewriter.getDenseI32ArrayAttr({})));
        // Paddle's InferShape wants `sections` as long, -1 for unknown.
        sections.assign(outs, -1);
        split = SmallVector<int64_t>{};
      }
      if (sectionTensors.empty() && static_cast<int64_t>(split->size()) != outs)
        return failures.fail(op, "the split sizes do not match the outputs");
      for (int64_t s : *split) {
        if (s < 0 || s > std::numeric_limits<int32_t>::max())
          return failures.fail(op, "a split size is negative or too large");
        sections.push_back(static_cast<int32_t>(s));
      }
    } else if (!ShapedType::isDynamic(dim) && dim % outs != 0) {
      int64_t chunk = (dim + outs - 1) / outs;
      if (chunk * (outs - 1) > dim)
        return failures.fail(op, "the dim cannot be split into that many "
                                 "parts");
      sections.assign(outs - 1, static_cast<int32_t>(chunk));
      sections.push_back(static_cast<int32_t>(dim - chunk * (outs - 1)));
    } else {
      // A dynamic dim that turns out uneven makes Paddle's split fail at
      // run time rather than compute something else.
      num = static_cast<int32_t>(outs);
    }
    auto split = Paddle::SplitOp::create(
        rewriter, op.getLoc(), op.getResultTypes(), adaptor.getInput(), Value(),
        sectionTensors, rewriter.getDenseI32ArrayAttr(sections),
        rewriter.getSI32IntegerAttr(num),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(axis)));
    rewriter.replaceOp(op, split.getResults());
    return success();
  }
};

/// Where: Paddle's where needs equal shapes, so operands are broadcast to
/// the result first.
struct WhereToWhere : IndexingPattern<ONNX::WhereOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::WhereOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!resultType)
      return failures.fail(op, "the result rank is unknown");
    for (Value v : adaptor.getOperands())
      if (!isa<RankedTensorType>(v.getType()))
        return failures.fail(op, "an operand's rank is unknown");
    // Types the CPU kernel lacks (f16 masks of fp16 models) select in f32,
    // which is exact.
    Value result = buildWithKernel(
        rewriter, op, failures, KernelSet(Paddle::WhereOp::getOperationName()),
        resultType.getElementType(), adaptor.getOperands(), op.getType(),
        [&](ValueRange values, Type type) -> Value {
          SmallVector<Value> operands = broadcastAll(
              rewriter, op.getLoc(), values, resultType.getShape());
          return Paddle::WhereOp::create(rewriter, op.getLoc(), type,
                                         operands[0], operands[1], operands[2]);
        });
    if (!result)
      return failure();
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct GatherElementsToTakeAlongAxis : IndexingPattern<ONNX::GatherElementsOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::GatherElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::TakeAlongAxisOp::getOperationName(),
                                adaptor.getData(), failures)))
      return failure();
    FailureOr<int64_t> axis =
        normalizedAxis(op, adaptor.getData(), op.getAxis());
    if (failed(axis))
      return failure();
    rewriter.replaceOpWithNewOp<Paddle::TakeAlongAxisOp>(
        op, op.getType(), adaptor.getData(), adaptor.getIndices(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(*axis)));
    return success();
  }
};

struct ScatterElementsToPutAlongAxis
    : IndexingPattern<ONNX::ScatterElementsOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::ScatterElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::PutAlongAxisOp::getOperationName(),
                                adaptor.getData(), failures)))
      return failure();
    FailureOr<int64_t> axis =
        normalizedAxis(op, adaptor.getData(), op.getAxis());
    if (failed(axis))
      return failure();
    StringRef reduce = putAlongAxisReduce(op.getReduction());
    if (reduce.empty())
      return failures.fail(op, "reduction '" + op.getReduction() +
                                   "' is not one of none, add, mul, max, min");
    rewriter.replaceOpWithNewOp<Paddle::PutAlongAxisOp>(
        op, op.getType(), adaptor.getData(), adaptor.getIndices(),
        adaptor.getUpdates(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(*axis)),
        rewriter.getStringAttr(reduce), rewriter.getBoolAttr(true));
    return success();
  }
};

/// GatherND: batch_dims b > 0 (gather_nd has none) prepends each index
/// tuple with its b batch coordinates, range(B_i) broadcast over the index
/// tuples, so that one gather_nd over all of data gives the same slices.
struct GatherNDToGatherNd : IndexingPattern<ONNX::GatherNDOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::GatherNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::GatherNdOp::getOperationName(),
                                adaptor.getData(), failures)))
      return failure();
    Value indices = adaptor.getIndices();
    int64_t batchDims = op.getBatchDims();
    if (batchDims != 0) {
      auto dataType = dyn_cast<RankedTensorType>(adaptor.getData().getType());
      auto indexType = dyn_cast<RankedTensorType>(indices.getType());
      if (!dataType || !indexType)
        return failures.fail(op, "batch_dims with an unknown rank");
      if (batchDims < 0 || batchDims >= indexType.getRank() ||
          batchDims > dataType.getRank())
        return failures.fail(op, "batch_dims is out of range");
      indices = prependBatchCoords(rewriter, op.getLoc(), adaptor.getData(),
                                   indices, batchDims);
    }
    rewriter.replaceOpWithNewOp<Paddle::GatherNdOp>(op, op.getType(),
                                                    adaptor.getData(), indices);
    return success();
  }

  static Value prependBatchCoords(OpBuilder &builder, Location loc, Value data,
                                  Value indices, int64_t batchDims) {
    auto indexType = cast<RankedTensorType>(indices.getType());
    int64_t rank = indexType.getRank();
    Type element = indexType.getElementType();
    SmallVector<int64_t> tupleShape(indexType.getShape());
    tupleShape.back() = 1;
    // indices[..., 0:1]: the shape every batch coordinate broadcasts to.
    Value first = Paddle::SliceOp::create(
        builder, loc, RankedTensorType::get(tupleShape, element), indices,
        Value(), Value(), ValueRange{}, ValueRange{},
        builder.getDenseI32ArrayAttr({static_cast<int32_t>(rank - 1)}),
        builder.getDenseI32ArrayAttr({0}), builder.getDenseI32ArrayAttr({1}),
        builder.getDenseI32ArrayAttr({1}), builder.getDenseI32ArrayAttr({}));
    SmallVector<Value> parts;
    for (int64_t i = 0; i < batchDims; ++i) {
      Value coords =
          castTo(builder, loc, dimRange(builder, loc, data, i), element);
      SmallVector<int64_t> shape(rank, 1);
      shape[i] = cast<RankedTensorType>(coords.getType()).getDimSize(0);
      SmallVector<int32_t> dims(rank, 1);
      dims[i] = -1;
      coords =
          Paddle::Reshape2Op::create(
              builder, loc,
              TypeRange{RankedTensorType::get(shape, element),
                        RankedTensorType::get({0, shape[i]}, element)},
              coords, Value(), ValueRange{}, builder.getDenseI32ArrayAttr(dims))
              .getOut();
      parts.push_back(broadcastAll(builder, loc, coords, tupleShape, first)[0]);
    }
    parts.push_back(indices);
    SmallVector<int64_t> shape(indexType.getShape());
    if (!ShapedType::isDynamic(shape.back()))
      shape.back() += batchDims;
    return Paddle::ConcatOp::create(
        builder, loc, RankedTensorType::get(shape, element), parts, Value(),
        builder.getSI32IntegerAttr(static_cast<int32_t>(rank - 1)));
  }
};

/// The offsets into the flattened data of static shape `dims` that
/// ScatterND's index tuples (the last dim of `indexValue`, of type
/// `indexType`) and each element of their slices address, as an int64
/// tensor [..., slice size]: the tuples linearized by the strides of
/// `dims`, negative indices counted from the end of their dim, plus the
/// range of the slice.
Value scatterPositions(OpBuilder &rewriter, Location loc, Value indexValue,
                       RankedTensorType indexType, ArrayRef<int64_t> dims) {
  Type i64 = rewriter.getI64Type(), i1 = rewriter.getI1Type();
  int64_t rank = indexType.getRank();
  int64_t depth = indexType.getShape().back();
  int64_t inner = 1;
  for (int64_t d : dims.drop_front(depth))
    inner *= d;
  SmallVector<int64_t> tupleShape(indexType.getShape());
  tupleShape.back() = 1;
  auto tupleType = RankedTensorType::get(tupleShape, i64);
  auto scale = [&](Value v, double by, double bias) -> Value {
    return Paddle::ScaleOp::create(
        rewriter, loc, v.getType(), v, Value(), Value(),
        rewriter.getF32FloatAttr(static_cast<float>(by)),
        rewriter.getF32FloatAttr(static_cast<float>(bias)),
        rewriter.getBoolAttr(true));
  };
  Value indices = castTo(rewriter, loc, indexValue, i64);
  Value linear;
  for (int64_t j = 0; j < depth; ++j) {
    Value part = Paddle::SliceOp::create(
        rewriter, loc, tupleType, indices, Value(), Value(), ValueRange{},
        ValueRange{},
        rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(rank - 1)}),
        rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(j)}),
        rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(j + 1)}),
        rewriter.getDenseI32ArrayAttr({1}), rewriter.getDenseI32ArrayAttr({}));
    // Negative indices count from the end of their dim.
    Value negative =
        Paddle::LessThanOp::create(rewriter, loc, tupleType.clone(i1), part,
                                   fillLike(rewriter, loc, part, 0.0));
    part = Paddle::WhereOp::create(rewriter, loc, tupleType, negative,
                                   scale(part, 1.0, dims[j]), part);
    linear = linear ? Value(Paddle::ElementwiseAddOp::create(
                          rewriter, loc, tupleType, scale(linear, dims[j], 0.0),
                          part, rewriter.getSI32IntegerAttr(-1)))
                    : part;
  }
  // One statement per op: argument evaluation order is unspecified.
  Value start = fillConstant(rewriter, loc, {1}, i64, 0);
  Value end = fillConstant(rewriter, loc, {1}, i64, static_cast<double>(inner));
  Value step = fillConstant(rewriter, loc, {1}, i64, 1);
  Value offsets = Paddle::RangeOp::create(
      rewriter, loc, RankedTensorType::get({inner}, i64), start, end, step);
  SmallVector<int64_t> sliceShape(tupleShape);
  sliceShape.back() = inner;
  Value positions = Paddle::ElementwiseAddOp::create(
      rewriter, loc, RankedTensorType::get(sliceShape, i64),
      scale(linear, static_cast<double>(inner), 0.0), offsets,
      rewriter.getSI32IntegerAttr(-1));
  return positions;
}

/// `v` reshaped to `shape` (reshape2's INTS, -1 for all of it) with
/// element type `type`.
Value flatten(OpBuilder &rewriter, Location loc, Value v,
              ArrayRef<int32_t> shape, Type type) {
  auto t = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> xshape{0};
  llvm::append_range(xshape, t.getShape());
  SmallVector<int64_t> outShape;
  for (int32_t d : shape)
    outShape.push_back(d == -1 ? (t.hasStaticShape() ? t.getNumElements()
                                                     : ShapedType::kDynamic)
                               : d);
  return Paddle::Reshape2Op::create(
             rewriter, loc,
             TypeRange{RankedTensorType::get(outShape, type),
                       RankedTensorType::get(xshape, type)},
             v, Value(), ValueRange{}, rewriter.getDenseI32ArrayAttr(shape))
      .getOut();
}

/// ScatterND: add is scatter_nd_add; none (overwrite) selects, with a
/// mask scattered the same way, between the scattered updates and data, so
/// no arithmetic touches data's values.
struct ScatterNDToScatterNdAdd : IndexingPattern<ONNX::ScatterNDOp> {
  using IndexingPattern::IndexingPattern;
  LogicalResult
  matchAndRewrite(ONNX::ScatterNDOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    using namespace Paddle;
    unsigned types = cpuKernelTypes<ScatterNdAddOp>();
    if (op.getReduction() != "add")
      types &= cpuKernelTypes<WhereOp>();
    if (failed(checkKernelTypes(op, "scatter_nd_add and where", types,
                                adaptor.getData(), failures)))
      return failure();
    if (getElementTypeOrSelf(op.getType()).isInteger(1))
      return failures.fail(op, "Paddle's scatter_nd_add has no bool kernel");
    Location loc = op.getLoc();
    Value data = adaptor.getData(), indices = adaptor.getIndices(),
          updates = adaptor.getUpdates();
    Type type = op.getType();
    if (op.getReduction() == "add") {
      rewriter.replaceOpWithNewOp<Paddle::ScatterNdAddOp>(op, type, data,
                                                          indices, updates);
      return success();
    }
    if (op.getReduction() != "none")
      return rewriteReduction(op, adaptor, rewriter);
    Value zeros = fillLike(rewriter, loc, data, 0.0);
    Value ones = fillLike(rewriter, loc, updates, 1.0);
    Value mask = Paddle::ScatterNdAddOp::create(rewriter, loc, type, zeros,
                                                indices, ones);
    Value placed = Paddle::ScatterNdAddOp::create(rewriter, loc, type, zeros,
                                                  indices, updates);
    Value hit = Paddle::NotEqualOp::create(
        rewriter, loc, withElementType(type, rewriter.getI1Type()), mask,
        zeros);
    rewriter.replaceOpWithNewOp<Paddle::WhereOp>(op, type, hit, placed, data);
    return success();
  }

  /// mul/max/min: put_along_axis (which reduces) on the flattened data, at
  /// the linear offsets of the index tuples and of each element of their
  /// slices; the strides need a static data shape.
  LogicalResult rewriteReduction(ONNX::ScatterNDOp op, OpAdaptor adaptor,
                                 ConversionPatternRewriter &rewriter) const {
    StringRef reduce = putAlongAxisReduce(op.getReduction());
    if (reduce.empty())
      return failures.fail(op, "reduction '" + op.getReduction() +
                                   "' has no Paddle equivalent");
    if (failed(checkKernelTypes(op, Paddle::PutAlongAxisOp::getOperationName(),
                                adaptor.getData(), failures)))
      return failure();
    auto dataType = dyn_cast<RankedTensorType>(adaptor.getData().getType());
    auto indexType = dyn_cast<RankedTensorType>(adaptor.getIndices().getType());
    if (!dataType || !dataType.hasStaticShape() || !indexType ||
        indexType.getRank() == 0 ||
        ShapedType::isDynamic(indexType.getShape().back()))
      return failures.fail(op, "reduction '" + op.getReduction() +
                                   "' needs a static data shape and index "
                                   "depth");
    Location loc = op.getLoc();
    Type i64 = rewriter.getI64Type();
    int64_t depth = indexType.getShape().back();
    ArrayRef<int64_t> dims = dataType.getShape();
    if (depth > dataType.getRank())
      return failures.fail(op, "the index tuples are longer than data's rank");
    Value positions =
        scatterPositions(rewriter, loc, adaptor.getIndices(), indexType, dims);
    Type element = dataType.getElementType();
    Value flatData = flatten(rewriter, loc, adaptor.getData(), {-1}, element);
    Value flatPositions = flatten(rewriter, loc, positions, {-1}, i64);
    Value flatUpdates =
        flatten(rewriter, loc, adaptor.getUpdates(), {-1}, element);
    Value result = Paddle::PutAlongAxisOp::create(
        rewriter, loc,
        RankedTensorType::get({dataType.getNumElements()}, element), flatData,
        flatPositions, flatUpdates, rewriter.getSI32IntegerAttr(0),
        rewriter.getStringAttr(reduce), rewriter.getBoolAttr(true));
    SmallVector<int32_t> shape(dims.begin(), dims.end());
    rewriter.replaceOp(op, flatten(rewriter, loc, result, shape, element));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateIndexingPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<SliceToSlice, SplitToSplit, WhereToWhere,
               GatherElementsToTakeAlongAxis, ScatterElementsToPutAlongAxis,
               GatherNDToGatherNd, ScatterNDToScatterNdAdd>(
      converter, patterns.getContext(), failures);
}
