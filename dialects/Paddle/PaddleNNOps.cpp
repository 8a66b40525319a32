//===- PaddleNNOps.cpp - conv, pool and normalization verifiers -----------===//
//
// The attribute lists of conv2d and pool2d (lengths, positive strides,
// group divisibility), the channel counts of the normalizations and the
// string-valued modes Paddle's kernels accept, checked at compile time.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "PaddleVerifiers.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;

/// Positive entries, and exactly `size` of them.
static LogicalResult verifyPositiveList(Operation *op, StringRef what,
                                        ArrayRef<int32_t> list, size_t size) {
  if (list.size() != size)
    return op->emitOpError()
           << what << " must have " << size << " entries, got " << list.size();
  for (int32_t v : list)
    if (v <= 0)
      return op->emitOpError() << what << " entries must be > 0, got " << v;
  return success();
}

/// `spatial` (symmetric) or 2 x `spatial` (per side) non-negative paddings
/// of a window over `spatial` dims.
static LogicalResult verifyPaddings(Operation *op, ArrayRef<int32_t> paddings,
                                    size_t spatial) {
  if (paddings.size() != spatial && paddings.size() != 2 * spatial)
    return op->emitOpError()
           << "paddings must have " << spatial << " or " << 2 * spatial
           << " entries, got " << paddings.size();
  for (int32_t p : paddings)
    if (p < 0)
      return op->emitOpError() << "paddings entries must be >= 0, got " << p;
  return success();
}

/// What pool2d and pool3d check: X of rank 2 + `spatial`, the modes, and
/// strides, paddings and (unless global) ksize over `spatial` dims.
template <typename PoolOp>
static LogicalResult verifyPool(PoolOp op, size_t spatial,
                                ArrayRef<StringRef> dataFormats) {
  if (failed(verifyRank(op, op.getX(), spatial + 2, "X")) ||
      failed(verifyOneOf(op, "pooling_type", op.getPoolingType(),
                         {"max", "avg"})) ||
      failed(verifyOneOf(op, "data_format", op.getDataFormat(), dataFormats)) ||
      failed(verifyOneOf(op, "padding_algorithm", op.getPaddingAlgorithm(),
                         {"EXPLICIT", "SAME", "VALID"})) ||
      failed(verifyPositiveList(op, "strides", op.getStrides(), spatial)) ||
      failed(verifyPaddings(op, op.getPaddings(), spatial)))
    return failure();
  if (op.getGlobalPooling())
    return success();
  return verifyPositiveList(op, "ksize", op.getKsize(), spatial);
}

/// The epsilon range Paddle's layer_norm and batch_norm kernels enforce.
static LogicalResult verifyEpsilon(Operation *op, const APFloat &epsilon) {
  float eps = epsilon.convertToFloat();
  if (eps < 0.0f || eps > 0.001f)
    return op->emitOpError() << "epsilon " << eps << " must be in [0, 0.001]";
  return success();
}

/// The channel dim of an NCHW-like or NHWC-like tensor type.
static int64_t channels(RankedTensorType type, StringRef layout) {
  return layout == "NHWC" || layout == "NDHWC" ? type.getShape().back()
                                               : type.getDimSize(1);
}

LogicalResult x2p::Paddle::detail::verifyConv2D(Operation *op, Value input,
                                                Value filter,
                                                const ConvAttrs &attrs,
                                                bool transposed) {
  if (failed(verifyRank(op, input, 4, "Input")) ||
      failed(verifyRank(op, filter, 4, "Filter")) ||
      failed(verifyRank(op, op->getResult(0), 4, "Output")) ||
      failed(verifyOneOf(op, "data_format", attrs.dataFormat,
                         {"NCHW", "NHWC", "AnyLayout"})) ||
      failed(verifyOneOf(op, "padding_algorithm", attrs.paddingAlgorithm,
                         {"EXPLICIT", "SAME", "VALID"})) ||
      failed(verifyPositiveList(op, "strides", attrs.strides, 2)) ||
      failed(verifyPositiveList(op, "dilations", attrs.dilations, 2)) ||
      failed(verifyPaddings(op, attrs.paddings, 2)))
    return failure();
  if (attrs.groups < 1)
    return op->emitOpError() << "groups " << attrs.groups << " must be >= 1";
  auto in = ranked(input), f = ranked(filter);
  if (!in || !f)
    return success();
  int64_t c = channels(in, attrs.dataFormat);
  if (transposed) {
    // Filter is [C_in, C_out / groups, kH, kW].
    if (!sameOrUnknown(c, f.getDimSize(0)))
      return op->emitOpError()
             << "Input has " << c << " channels but Filter's dim 0 is "
             << f.getDimSize(0);
    if (!ShapedType::isDynamic(c) && c % attrs.groups != 0)
      return op->emitOpError()
             << "Input channels (" << c << ") are not divisible by groups "
             << attrs.groups;
    return success();
  }
  // Filter is [C_out, C_in / groups, kH, kW].
  int64_t perGroup = f.getDimSize(1), cOut = f.getDimSize(0);
  if (!ShapedType::isDynamic(perGroup) &&
      !sameOrUnknown(c, perGroup * attrs.groups))
    return op->emitOpError()
           << "Input has " << c << " channels but Filter "
           << "takes " << perGroup << " x groups " << attrs.groups;
  if (!ShapedType::isDynamic(cOut) && cOut % attrs.groups != 0)
    return op->emitOpError()
           << "Filter's " << cOut << " output channels are not divisible by "
           << "groups " << attrs.groups;
  return success();
}

LogicalResult Pool2DOp::verify() {
  return verifyPool(*this, 2, {"NCHW", "NHWC", "AnyLayout"});
}

LogicalResult LayerNormOp::verify() {
  if (failed(verifyEpsilon(*this, getEpsilon())))
    return failure();
  auto x = ranked(getX());
  if (!x)
    return success();
  int64_t rank = x.getRank(), begin = getBeginNormAxis();
  if (begin <= 0 || begin >= rank)
    return emitOpError() << "begin_norm_axis " << begin << " must be in [1, "
                         << rank << ")";
  int64_t right = staticProduct(x.getShape().drop_front(begin));
  for (Value v : {getScale(), getBias()}) {
    auto t = ranked(v);
    if (t && t.hasStaticShape() && !sameOrUnknown(t.getNumElements(), right))
      return emitOpError() << "Scale and Bias must hold " << right
                           << " elements (the normalized dims), got "
                           << t.getNumElements();
  }
  return success();
}

/// Per-channel parameters of a normalization hold `c` elements.
static LogicalResult verifyChannelParams(Operation *op, ValueRange params,
                                         int64_t c) {
  for (Value v : params) {
    if (!v)
      continue;
    if (failed(verifyRank(op, v, 1, "per-channel parameters")) ||
        failed(verifyNumElements(op, v, c, "per-channel parameters")))
      return failure();
  }
  return success();
}

LogicalResult BatchNormOp::verify() {
  if (failed(verifyOneOf(*this, "data_layout", getDataLayout(),
                         {"NCHW", "NHWC", "AnyLayout"})))
    return failure();
  if (failed(verifyEpsilon(*this, getEpsilon())))
    return failure();
  auto x = ranked(getX());
  if (!x)
    return success();
  if (x.getRank() < 2 || x.getRank() > 5)
    return emitOpError() << "X must have rank 2 to 5, got " << x.getRank();
  return verifyChannelParams(*this,
                             {getScale(), getBias(), getMean(), getVariance()},
                             channels(x, getDataLayout()));
}

LogicalResult InstanceNormOp::verify() {
  auto x = ranked(getX());
  if (!x)
    return success();
  if (x.getRank() < 2 || x.getRank() > 5)
    return emitOpError() << "X must have rank 2 to 5, got " << x.getRank();
  return verifyChannelParams(*this, {getScale(), getBias()}, x.getDimSize(1));
}

LogicalResult GroupNormOp::verify() {
  if (failed(
          verifyOneOf(*this, "data_layout", getDataLayout(), {"NCHW", "NHWC"})))
    return failure();
  if (getGroups() < 1)
    return emitOpError() << "groups " << getGroups() << " must be >= 1";
  auto x = ranked(getX());
  if (!x)
    return success();
  if (x.getRank() < 2)
    return emitOpError() << "X must have rank >= 2, got " << x.getRank();
  int64_t c = channels(x, getDataLayout());
  if (!ShapedType::isDynamic(c) && c % getGroups() != 0)
    return emitOpError() << "the " << c
                         << " channels are not divisible by groups "
                         << getGroups();
  return verifyChannelParams(*this, {getScale(), getBias()}, c);
}

LogicalResult Pad3DOp::verify() {
  if (failed(verifyRank(*this, getX(), 5, "X")) ||
      failed(verifyOneOf(*this, "mode", getMode(),
                         {"constant", "reflect", "replicate", "circular"})) ||
      failed(verifyOneOf(*this, "data_format", getDataFormat(),
                         {"NCDHW", "NDHWC"})))
    return failure();
  if (getPaddings_())
    return verifyNumElements(*this, getPaddings_(), 6, "Paddings");
  if (getPaddings().size() != 6)
    return emitOpError() << "paddings must have 6 entries, got "
                         << getPaddings().size();
  return success();
}

/// The *_interp_v2 ops differ only in interp_method and in the rank of X
/// (`rank`, or any of 4 and 5 when 0).
template <typename InterpOp>
static LogicalResult verifyInterp(InterpOp op, StringRef method, int64_t rank) {
  if (op.getInterpMethod() != method)
    return op.emitOpError() << "interp_method must be \"" << method
                            << "\", got \"" << op.getInterpMethod() << "\"";
  if (rank && failed(verifyRank(op, op.getX(), rank, "X")))
    return failure();
  auto x = ranked(op.getX());
  if (!rank && x && x.getRank() != 4 && x.getRank() != 5)
    return op.emitOpError() << "X must have rank 4 or 5, got " << x.getRank();
  if (failed(verifyOneOf(op, "data_layout", op.getDataLayout(),
                         {"NCHW", "NHWC", "NCW", "NWC", "NCDHW", "NDHWC"})))
    return failure();
  if (op.getAlignMode() != 0 && op.getAlignMode() != 1)
    return op.emitOpError()
           << "align_mode " << op.getAlignMode() << " must be 0 or 1";
  ArrayRef<float> scale = op.getScale();
  size_t spatial = x ? x.getRank() - 2 : 3;
  if (scale.size() > spatial)
    return op.emitOpError() << "scale must have at most " << spatial
                            << " entries, got " << scale.size();
  for (float s : scale)
    if (s <= 0.0f)
      return op.emitOpError() << "scale entries must be > 0, got " << s;
  bool sized = !op.getSizeTensor().empty() || op.getOutSize() ||
               op.getScale_() || !scale.empty() || op.getOutW() > 0;
  if (!sized)
    return op.emitOpError("needs an output size: SizeTensor, OutSize, Scale, "
                          "out_h and out_w, or 'scale'");
  return success();
}

LogicalResult BilinearInterpV2Op::verify() {
  return verifyInterp(*this, "bilinear", 4);
}

LogicalResult NearestInterpV2Op::verify() {
  return verifyInterp(*this, "nearest", 0);
}

LogicalResult BicubicInterpV2Op::verify() {
  return verifyInterp(*this, "bicubic", 4);
}

LogicalResult LinearInterpV2Op::verify() {
  return verifyInterp(*this, "linear", 3);
}

LogicalResult TrilinearInterpV2Op::verify() {
  return verifyInterp(*this, "trilinear", 5);
}

/// X [N, C, *in], Grid [N, *out, rank - 2], Output [N, C, *out], rank 4
/// or 5.
LogicalResult GridSamplerOp::verify() {
  if (failed(verifyOneOf(*this, "mode", getMode(), {"bilinear", "nearest"})) ||
      failed(verifyOneOf(*this, "padding_mode", getPaddingMode(),
                         {"zeros", "border", "reflection"})))
    return failure();
  auto x = ranked(getX());
  auto grid = ranked(getGrid());
  auto out = ranked(getOutput());
  if (x && x.getRank() != 4 && x.getRank() != 5)
    return emitOpError() << "X must have rank 4 or 5, got " << x.getRank();
  int64_t rank = x ? x.getRank() : grid ? grid.getRank() : 0;
  if (!rank)
    return success();
  if (failed(verifyRank(*this, getGrid(), rank, "Grid")) ||
      failed(verifyRank(*this, getOutput(), rank, "Output")))
    return failure();
  if (grid && !sameOrUnknown(grid.getDimSize(rank - 1), rank - 2))
    return emitOpError() << "Grid's last dim must be " << rank - 2 << ", got "
                         << grid.getDimSize(rank - 1);
  if (x && grid && !sameOrUnknown(x.getDimSize(0), grid.getDimSize(0)))
    return emitOpError("X and Grid must have the same batch size");
  if (out && x &&
      (!sameOrUnknown(out.getDimSize(0), x.getDimSize(0)) ||
       !sameOrUnknown(out.getDimSize(1), x.getDimSize(1))))
    return emitOpError("Output's batch and channel dims must be X's");
  if (out && grid)
    for (int64_t i = 1; i < rank - 1; ++i)
      if (!sameOrUnknown(out.getDimSize(i + 1), grid.getDimSize(i)))
        return emitOpError() << "Output's spatial dims must be Grid's dims 1 "
                                "to "
                             << rank - 2;
  return success();
}

LogicalResult Conv3DOp::verify() {
  if (failed(verifyRank(*this, getInput(), 5, "Input")) ||
      failed(verifyRank(*this, getFilter(), 5, "Filter")) ||
      failed(verifyRank(*this, getOutput(), 5, "Output")) ||
      failed(verifyOneOf(*this, "data_format", getDataFormat(),
                         {"NCDHW", "NDHWC", "AnyLayout"})) ||
      failed(verifyOneOf(*this, "padding_algorithm", getPaddingAlgorithm(),
                         {"EXPLICIT", "SAME", "VALID"})) ||
      failed(verifyPositiveList(*this, "strides", getStrides(), 3)) ||
      failed(verifyPositiveList(*this, "dilations", getDilations(), 3)) ||
      failed(verifyPaddings(*this, getPaddings(), 3)))
    return failure();
  if (getGroups() < 1)
    return emitOpError() << "groups " << getGroups() << " must be >= 1";
  auto in = ranked(getInput()), f = ranked(getFilter());
  if (!in || !f || getDataFormat() != "NCDHW")
    return success();
  int64_t perGroup = f.getDimSize(1);
  if (!ShapedType::isDynamic(perGroup) &&
      !sameOrUnknown(in.getDimSize(1), perGroup * getGroups()))
    return emitOpError() << "Input has " << in.getDimSize(1)
                         << " channels but Filter takes " << perGroup
                         << " x groups " << getGroups();
  return success();
}

LogicalResult Pool3DOp::verify() {
  return verifyPool(*this, 3, {"NCDHW", "NDHWC"});
}

LogicalResult PreluOp::verify() {
  if (failed(verifyOneOf(*this, "mode", getMode(),
                         {"all", "channel", "element"})) ||
      failed(verifyOneOf(*this, "data_format", getDataFormat(),
                         {"NCHW", "NHWC"})))
    return failure();
  auto x = ranked(getX());
  if (getMode() == "all")
    return verifyNumElements(*this, getAlpha(), 1, "Alpha");
  if (!x)
    return success();
  if (getMode() == "channel") {
    if (x.getRank() < 2)
      return emitOpError() << "channel mode needs X of rank >= 2";
    return verifyNumElements(*this, getAlpha(),
                             channels(x, getDataFormat()), "Alpha");
  }
  return verifyNumElements(*this, getAlpha(),
                           staticProduct(x.getShape().drop_front()), "Alpha");
}

LogicalResult LrnOp::verify() {
  if (failed(verifyRank(*this, getX(), 4, "X")))
    return failure();
  if (getN() < 1)
    return emitOpError() << "n " << getN() << " must be >= 1";
  return success();
}

LogicalResult DropoutOp::verify() {
  float p = getDropoutProb().convertToFloat();
  if (p < 0.0f || p > 1.0f)
    return emitOpError() << "dropout_prob " << p << " must be in [0, 1]";
  return verifyOneOf(*this, "dropout_implementation",
                     getDropoutImplementation(),
                     {"downgrade_in_infer", "upscale_in_train"});
}
