//===- PaddleShapeOps.cpp - data movement op verifiers --------------------===//
//
// Shape attributes (reshape2's shape, transpose2's perm, split's sections,
// slice's starts/ends) and the ranks they imply, checked as Paddle's
// InferMeta functions check them. An attribute that a tensor slot replaces
// is not checked: its value is not the one Paddle uses.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "PaddleVerifiers.h"

#include "llvm/ADT/SmallSet.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;

LogicalResult Reshape2Op::verify() {
  ArrayRef<int32_t> shape = getShape();
  bool shapeFromTensors = !getShapeTensor().empty() || getShape_();
  auto x = ranked(getX());
  auto out = ranked(getOut());
  if (!shapeFromTensors) {
    if (shape.empty())
      return emitOpError("needs a 'shape' attribute, Shape or ShapeTensor");
    int inferred = 0;
    int64_t known = 1;
    bool allKnown = true;
    for (auto [i, dim] : llvm::enumerate(shape)) {
      if (dim < -1)
        return emitOpError() << "'shape' entries must be >= -1, got " << dim;
      inferred += dim == -1;
      if (dim == 0 && x && static_cast<int64_t>(i) >= x.getRank())
        return emitOpError()
               << "'shape' entry " << i
               << " is 0 (copy X's dim) but X has rank " << x.getRank();
      if (dim == -1)
        continue;
      int64_t size = dim != 0 ? dim
                     : x      ? x.getDimSize(i)
                              : ShapedType::kDynamic;
      if (ShapedType::isDynamic(size))
        allKnown = false;
      else
        known *= size;
    }
    if (inferred > 1)
      return emitOpError("'shape' may hold at most one -1");
    if (out && out.getRank() != static_cast<int64_t>(shape.size()))
      return emitOpError() << "result rank " << out.getRank()
                           << " differs from the " << shape.size()
                           << " entries of 'shape'";
    int64_t numel = x ? staticProduct(x.getShape()) : ShapedType::kDynamic;
    if (allKnown && !ShapedType::isDynamic(numel)) {
      if (inferred ? (known == 0 || numel % known != 0) : numel != known)
        return emitOpError()
               << "'shape' cannot hold the " << numel << " elements of X";
    }
  }
  if (!getShapeTensor().empty() && out &&
      out.getRank() != static_cast<int64_t>(getShapeTensor().size()))
    return emitOpError() << "result rank " << out.getRank() << " differs from "
                         << getShapeTensor().size() << " ShapeTensor operands";
  return verifyXShape(*this, getX(), getXShape());
}

LogicalResult Transpose2Op::verify() {
  if (failed(verifyXShape(*this, getX(), getXShape())))
    return failure();
  auto x = ranked(getX());
  if (!x)
    return success();
  int64_t rank = x.getRank();
  ArrayRef<int32_t> perm = getAxis();
  if (static_cast<int64_t>(perm.size()) != rank)
    return emitOpError() << "axis has " << perm.size()
                         << " entries, X has rank " << rank;
  SmallVector<int64_t> seen(rank, 0);
  SmallVector<int64_t> dims;
  for (int32_t a : perm) {
    FailureOr<int64_t> axis = normalizeAxis(*this, a, rank, "axis entry");
    if (failed(axis))
      return failure();
    if (seen[*axis]++)
      return emitOpError() << "axis is not a permutation: " << *axis
                           << " appears twice";
    dims.push_back(x.getDimSize(*axis));
  }
  auto out = ranked(getOut());
  if (!out)
    return success();
  if (out.getRank() != rank)
    return emitOpError() << "result must have rank " << rank;
  for (auto [i, dim] : llvm::enumerate(dims))
    if (!sameOrUnknown(dim, out.getDimSize(i)))
      return emitOpError() << "result dim " << i << " must be " << dim
                           << ", got " << out.getDimSize(i);
  return success();
}

LogicalResult Squeeze2Op::verify() {
  if (failed(verifyXShape(*this, getX(), getXShape())))
    return failure();
  auto x = ranked(getX());
  if (!x || x.getRank() == 0)
    return success();
  for (int32_t axis : getAxes())
    if (failed(normalizeAxis(*this, axis, x.getRank(), "axes entry")))
      return failure();
  return success();
}

LogicalResult Unsqueeze2Op::verify() {
  if (failed(verifyXShape(*this, getX(), getXShape())))
    return failure();
  if (getAxesTensor() || !getAxesTensorList().empty())
    return success();
  if (getAxes().empty())
    return emitOpError("needs 'axes', AxesTensor or AxesTensorList");
  auto x = ranked(getX());
  if (!x)
    return success();
  int64_t rank = x.getRank();
  for (int32_t axis : getAxes()) {
    if (failed(normalizeAxis(*this, axis, rank + 1, "axes entry")))
      return failure();
    ++rank;
  }
  return verifyRank(*this, getOut(), rank, "Out");
}

LogicalResult FlattenContiguousRangeOp::verify() {
  if (failed(verifyXShape(*this, getX(), getXShape())))
    return failure();
  auto x = ranked(getX());
  if (!x || x.getRank() == 0)
    return success();
  FailureOr<int64_t> start =
      normalizeAxis(*this, getStartAxis(), x.getRank(), "start_axis");
  FailureOr<int64_t> stop =
      normalizeAxis(*this, getStopAxis(), x.getRank(), "stop_axis");
  if (failed(start) || failed(stop))
    return failure();
  if (*start > *stop)
    return emitOpError() << "start_axis " << getStartAxis()
                         << " comes after stop_axis " << getStopAxis();
  return verifyRank(*this, getOut(), x.getRank() - (*stop - *start), "Out");
}

LogicalResult ConcatOp::verify() {
  if (getX().empty())
    return emitOpError("needs at least one X");
  Type element = getElementTypeOrSelf(getX().front().getType());
  RankedTensorType first;
  for (Value v : getX()) {
    if (getElementTypeOrSelf(v.getType()) != element)
      return emitOpError("all X must have the same element type");
    auto t = ranked(v);
    if (!t)
      continue;
    if (!first)
      first = t;
    else if (t.getRank() != first.getRank())
      return emitOpError() << "all X must have the same rank, got "
                           << first.getRank() << " and " << t.getRank();
  }
  if (getAxisTensor() || !first || first.getRank() == 0)
    return success();
  FailureOr<int64_t> axis =
      normalizeAxis(*this, getAxis(), first.getRank(), "axis");
  if (failed(axis))
    return failure();
  for (Value v : getX()) {
    auto t = ranked(v);
    for (int64_t i = 0; t && i < t.getRank(); ++i)
      if (i != *axis && !sameOrUnknown(t.getDimSize(i), first.getDimSize(i)))
        return emitOpError()
               << "X dims differ off the concat axis: dim " << i << " is "
               << first.getDimSize(i) << " and " << t.getDimSize(i);
  }
  return verifyRank(*this, getOut(), first.getRank(), "Out");
}

LogicalResult SplitOp::verify() {
  ArrayRef<int32_t> sections = getSections();
  int64_t outs = getOut().size();
  bool sectionsFromTensors = !getSectionsTensorList().empty();
  if (getNum() < 0)
    return emitOpError() << "num " << getNum() << " must be >= 0";
  if (getNum() == 0 && sections.empty() && !sectionsFromTensors)
    return emitOpError("needs num > 0, 'sections' or SectionsTensorList");
  if (getNum() > 0 && outs != getNum())
    return emitOpError() << "num is " << getNum() << " but there are " << outs
                         << " results";
  if (getNum() == 0 && !sectionsFromTensors &&
      outs != static_cast<int64_t>(sections.size()))
    return emitOpError() << "'sections' has " << sections.size()
                         << " entries but there are " << outs << " results";
  auto x = ranked(getX());
  if (getAxisTensor() || !x || x.getRank() == 0)
    return success();
  FailureOr<int64_t> axis =
      normalizeAxis(*this, getAxis(), x.getRank(), "axis");
  if (failed(axis))
    return failure();
  int64_t dim = x.getDimSize(*axis);
  if (getNum() > 0) {
    if (!ShapedType::isDynamic(dim) && dim % getNum() != 0)
      return emitOpError() << "dim " << *axis << " of X (" << dim
                           << ") does not split into " << getNum()
                           << " equal parts";
    return success();
  }
  if (sectionsFromTensors)
    return success();
  int64_t sum = 0, inferred = 0;
  for (int32_t s : sections) {
    if (s < -1)
      return emitOpError() << "'sections' entries must be >= -1, got " << s;
    inferred += s == -1;
    sum += s == -1 ? 0 : s;
  }
  if (inferred > 1)
    return emitOpError("'sections' may hold at most one -1");
  if (!ShapedType::isDynamic(dim) && (inferred ? sum > dim : sum != dim))
    return emitOpError() << "'sections' sum to " << sum << ", but dim " << *axis
                         << " of X is " << dim;
  return success();
}

/// What slice and strided_slice share: axes in range and distinct, the
/// attribute lists as long as `axes` unless a tensor replaces them, and
/// `decrease_axis` a subset of `axes`.
static LogicalResult
verifySliceAttrs(Operation *op, Value input, ArrayRef<int32_t> axes,
                 ArrayRef<std::pair<StringRef, ArrayRef<int32_t>>> lists,
                 ArrayRef<int32_t> decreaseAxis) {
  for (auto [name, list] : lists)
    if (list.size() != axes.size())
      return op->emitOpError() << "'" << name << "' has " << list.size()
                               << " entries, 'axes' has " << axes.size();
  for (int32_t a : decreaseAxis)
    if (!llvm::is_contained(axes, a))
      return op->emitOpError()
             << "decrease_axis entry " << a << " is not in 'axes'";
  auto x = ranked(input);
  if (!x)
    return success();
  llvm::SmallSet<int64_t, 8> seen;
  for (int32_t a : axes) {
    FailureOr<int64_t> axis = normalizeAxis(op, a, x.getRank(), "axes entry");
    if (failed(axis))
      return failure();
    if (!seen.insert(*axis).second)
      return op->emitOpError() << "axes entry " << a << " appears twice";
  }
  return verifyRank(op, op->getResult(0),
                    x.getRank() - static_cast<int64_t>(decreaseAxis.size()),
                    "Out");
}

LogicalResult SliceOp::verify() {
  SmallVector<std::pair<StringRef, ArrayRef<int32_t>>> lists;
  if (!getStartsTensor() && getStartsTensorList().empty())
    lists.push_back({"starts", getStarts()});
  if (!getEndsTensor() && getEndsTensorList().empty())
    lists.push_back({"ends", getEnds()});
  return verifySliceAttrs(*this, getInput(), getAxes(), lists,
                          getDecreaseAxis());
}

LogicalResult StridedSliceOp::verify() {
  SmallVector<std::pair<StringRef, ArrayRef<int32_t>>> lists;
  if (!getStartsTensor() && getStartsTensorList().empty())
    lists.push_back({"starts", getStarts()});
  if (!getEndsTensor() && getEndsTensorList().empty())
    lists.push_back({"ends", getEnds()});
  // Paddle's InferMeta reads one infer_flags entry per axis, unchecked.
  if (getInferFlags().size() != getAxes().size())
    return emitOpError() << "'infer_flags' has " << getInferFlags().size()
                         << " entries, 'axes' has " << getAxes().size()
                         << " (Paddle reads one per axis)";
  if (!getStridesTensor() && getStridesTensorList().empty()) {
    lists.push_back({"strides", getStrides()});
    if (llvm::is_contained(getStrides(), 0))
      return emitOpError("'strides' entries must not be 0");
  }
  return verifySliceAttrs(*this, getInput(), getAxes(), lists,
                          getDecreaseAxis());
}

/// expand_v2/expand_as_v2: X broadcasts to `shape` (-1 keeps X's dim):
/// X's dims align to the right and each is 1 or the target.
static LogicalResult verifyExpandShape(Operation *op, Value xv,
                                       ArrayRef<int32_t> shape,
                                       StringRef what) {
  auto x = ranked(xv);
  int64_t rank = shape.size();
  if (x && x.getRank() > rank)
    return op->emitOpError() << "'" << what << "' has " << rank
                             << " entries, fewer than X's rank " << x.getRank();
  int64_t lead = x ? rank - x.getRank() : rank;
  for (auto [i, target] : llvm::enumerate(shape)) {
    int64_t index = i;
    if (target == -1 && x && index >= lead)
      continue;
    if (target <= 0)
      return op->emitOpError()
             << "'" << what << "' entry " << i << " is " << target
             << "; only dims that X has may be -1, others must be > 0";
    if (!x || index < lead)
      continue;
    int64_t dim = x.getDimSize(index - lead);
    if (dim != 1 && !sameOrUnknown(dim, target))
      return op->emitOpError() << "X's dim " << index - lead << " (" << dim
                               << ") cannot expand to " << target;
  }
  return verifyRank(op, op->getResult(0), rank, "Out");
}

LogicalResult ExpandV2Op::verify() {
  if (getShape_() || !getExpandShapesTensor().empty())
    return success();
  if (getShape().empty())
    return emitOpError("needs 'shape', Shape or expand_shapes_tensor");
  return verifyExpandShape(*this, getX(), getShape(), "shape");
}

LogicalResult ExpandAsV2Op::verify() {
  if (getElementTypeOrSelf(getX().getType()) !=
      getElementTypeOrSelf(getOut().getType()))
    return emitOpError("X and Out must have the same element type");
  if (getY())
    return success();
  if (getTargetShape().empty())
    return emitOpError("needs Y or 'target_shape'");
  return verifyExpandShape(*this, getX(), getTargetShape(), "target_shape");
}

LogicalResult TileOp::verify() {
  if (getRepeatTimes_() || !getRepeatTimesTensor().empty())
    return success();
  for (int32_t r : getRepeatTimes())
    if (r <= 0)
      return emitOpError() << "repeat_times entries must be > 0, got " << r;
  auto x = ranked(getX());
  if (!x)
    return success();
  int64_t rank = std::max<int64_t>(x.getRank(), getRepeatTimes().size());
  return verifyRank(*this, getOut(), rank, "Out");
}

/// pixel_shuffle/pixel_unshuffle: a rank-4 X, a factor > 0, and (for
/// NCHW) a channel count the shuffle can split.
static LogicalResult verifyPixelShuffle(Operation *op, Value xv, int32_t factor,
                                        StringRef format, bool toSpace) {
  if (failed(verifyOneOf(op, "data_format", format, {"NCHW", "NHWC"})))
    return failure();
  if (factor <= 0)
    return op->emitOpError() << "the factor must be > 0, got " << factor;
  auto x = ranked(xv);
  if (!x)
    return success();
  if (x.getRank() != 4)
    return op->emitOpError() << "X must have rank 4, got " << x.getRank();
  int64_t channels = x.getDimSize(format == "NCHW" ? 1 : 3);
  if (toSpace && !ShapedType::isDynamic(channels) &&
      channels % (int64_t(factor) * factor) != 0)
    return op->emitOpError()
           << "X's " << channels << " channels do not split into blocks of "
           << factor << "x" << factor;
  return verifyRank(op, op->getResult(0), 4, "Out");
}

LogicalResult PixelShuffleOp::verify() {
  return verifyPixelShuffle(*this, getX(), getUpscaleFactor(), getDataFormat(),
                            /*toSpace=*/true);
}

LogicalResult PixelUnshuffleOp::verify() {
  return verifyPixelShuffle(*this, getX(), getDownscaleFactor(),
                            getDataFormat(), /*toSpace=*/false);
}

LogicalResult GatherOp::verify() {
  if (getElementTypeOrSelf(getX().getType()) !=
      getElementTypeOrSelf(getOut().getType()))
    return emitOpError("X and Out must have the same element type");
  if (auto index = ranked(getIndex())) {
    if (index.getRank() > 2 ||
        (index.getRank() == 2 && !sameOrUnknown(index.getDimSize(1), 1)))
      return emitOpError("Index must be 1-D (or [N, 1])");
  }
  if (getAxis_())
    return success();
  auto x = ranked(getX());
  if (x && x.getRank() == 0)
    return emitOpError("X must have rank >= 1");
  return verifyAxis(*this, getX().getType(), getAxis(), "axis");
}

LogicalResult GatherNdOp::verify() {
  if (getElementTypeOrSelf(getX().getType()) !=
      getElementTypeOrSelf(getOut().getType()))
    return emitOpError("X and Out must have the same element type");
  auto x = ranked(getX()), index = ranked(getIndex());
  if (!index)
    return success();
  if (index.getRank() == 0)
    return emitOpError("Index must have rank >= 1");
  int64_t depth = index.getShape().back();
  if (x && !ShapedType::isDynamic(depth) && depth > x.getRank())
    return emitOpError() << "Index tuples have " << depth
                         << " entries, more than X's rank " << x.getRank();
  return success();
}

LogicalResult LookupTableV2Op::verify() {
  auto w = ranked(getW());
  if (!w)
    return success();
  if (w.getRank() != 2)
    return emitOpError() << "W must have rank 2, got " << w.getRank();
  int64_t vocab = w.getDimSize(0), padding = getPaddingIdx();
  if (padding < -1 || (!ShapedType::isDynamic(vocab) && padding >= vocab))
    return emitOpError() << "padding_idx " << padding
                         << " must be -1 or a row of W";
  auto ids = ranked(getIds()), out = ranked(getOut());
  if (!out)
    return success();
  if (ids && out.getRank() != ids.getRank() + 1)
    return emitOpError() << "result must have rank " << ids.getRank() + 1
                         << " ([*Ids.dims, W.dims[1]])";
  if (!sameOrUnknown(out.getShape().back(), w.getDimSize(1)))
    return emitOpError() << "result's last dim must be W's width "
                         << w.getDimSize(1);
  return success();
}

LogicalResult ShapeOp::verify() {
  auto in = ranked(getInput()), out = ranked(getOut());
  if (out && out.getRank() != 1)
    return emitOpError("result must be 1-D");
  if (in && out && !sameOrUnknown(out.getDimSize(0), in.getRank()))
    return emitOpError() << "result must hold " << in.getRank()
                         << " elements (Input's rank)";
  return success();
}

LogicalResult SizeOp::verify() { return verifyRank(*this, getOut(), 0, "Out"); }

LogicalResult FillConstantOp::verify() {
  if (failed(verifyDtype(*this, "dtype", getDtype(), getOut().getType())))
    return failure();
  if (getValueTensor() &&
      failed(verifyNumElements(*this, getValueTensor(), 1, "ValueTensor")))
    return failure();
  if (getShapeTensor() || !getShapeTensorList().empty())
    return success();
  auto out = ranked(getOut());
  ArrayRef<int64_t> shape = getShape();
  for (int64_t dim : shape)
    if (dim < 0)
      return emitOpError() << "'shape' entries must be >= 0, got " << dim;
  if (!out)
    return success();
  if (out.getRank() != static_cast<int64_t>(shape.size()))
    return emitOpError() << "result rank " << out.getRank()
                         << " differs from the " << shape.size()
                         << " entries of 'shape'";
  for (auto [i, dim] : llvm::enumerate(shape))
    if (!sameOrUnknown(out.getDimSize(i), dim))
      return emitOpError() << "result dim " << i << " must be " << dim;
  return success();
}

LogicalResult FillAnyLikeOp::verify() {
  if (getDtype() == -1) {
    if (getElementTypeOrSelf(getX().getType()) !=
        getElementTypeOrSelf(getOut().getType()))
      return emitOpError("dtype -1 keeps X's element type, but Out differs");
    return success();
  }
  return verifyDtype(*this, "dtype", getDtype(), getOut().getType());
}

LogicalResult RangeOp::verify() {
  for (Value v : {getStart(), getEnd(), getStep()})
    if (failed(verifyNumElements(*this, v, 1, "Start, End and Step")))
      return failure();
  return verifyRank(*this, getOut(), 1, "Out");
}
