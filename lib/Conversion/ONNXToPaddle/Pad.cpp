//===- Pad.cpp - ONNX Pad → paddle pad3d ----------------------------------===//
//
// Pad, in every mode and for cropping, is pad3d on the last three dims of
// a 5-D view: Paddle's pad op takes any rank but crashes on its oneDNN
// path, which Paddle Inference takes by default on CPU. The dims before
// the last three take a second pad3d over a transposed view; run-time pads
// and axes are gathered into pad3d's Paddings tensor.
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
  Value rankTensor = fillConstant(b, loc, {n}, i64, static_cast<double>(rank));
  Value normalized = Paddle::ElementwiseModOp::create(
      b, loc, vecType, shifted, rankTensor, b.getSI32IntegerAttr(-1));
  // [n, 1] == [rank]: which dim each axis is.
  auto colType = RankedTensorType::get({n, 1}, i64);
  Value column =
      Paddle::Unsqueeze2Op::create(
          b, loc, TypeRange{colType, RankedTensorType::get({0, n}, i64)},
          normalized, Value(), ValueRange{}, b.getDenseI32ArrayAttr({1}))
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
    Value partColumn =
        Paddle::Unsqueeze2Op::create(
            b, loc, TypeRange{colType, RankedTensorType::get({0, n}, i64)},
            part, Value(), ValueRange{}, b.getDenseI32ArrayAttr({1}))
            .getOut();
    Value spread = Paddle::ElementwiseMulOp::create(
        b, loc, matType, hits, partColumn, b.getSI32IntegerAttr(-1));
    sides.push_back(Paddle::ReduceSumOp::create(
        b, loc, RankedTensorType::get({rank}, i64), spread,
        b.getDenseI32ArrayAttr({0}), b.getBoolAttr(false),
        b.getBoolAttr(false)));
  }
  Value full =
      Paddle::ConcatOp::create(b, loc, RankedTensorType::get({2 * rank}, i64),
                               sides, Value(), b.getSI32IntegerAttr(0));
  return castTo(b, loc, full, b.getI32Type());
}

/// How one pass pads: the ONNX dim of each of the view's dims 2, 3, 4
/// (-1: not padded).
using ViewDims = std::array<int64_t, 3>;

/// One Pad op's conversion (see PadToPad3d), a method per step. check()
/// validates everything static before anything is built, so that a
/// refused op leaves no ops behind, and records how each dim is padded;
/// build() then builds the pad3d passes.
class PadLowering {
public:
  PadLowering(ONNX::PadOp op, ONNX::PadOp::Adaptor adaptor,
              ConversionPatternRewriter &rewriter, Failures &failures)
      : op(op), adaptor(adaptor), rewriter(rewriter), failures(failures),
        loc(op.getLoc()) {}

  /// The checks, in the order whose first failure is the one reported.
  LogicalResult check() {
    if (failed(checkAxes()) || failed(checkPads()) ||
        failed(checkConstantValue()) || failed(checkMode()))
      return failure();
    return success();
  }

  /// The padded data, of the op's result type.
  Value build() {
    element = inType.getElementType();
    if (runtimeAxes)
      padsI32 =
          spreadPads(rewriter, loc, adaptor.getPads(), adaptor.getAxes(), rank);
    else if (!pads)
      padsI32 = castTo(rewriter, loc, adaptor.getPads(), rewriter.getI32Type());
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
      Value inside =
          castTo(rewriter, loc,
                 padAll(fillLike(rewriter, loc, adaptor.getData(), 1.0)),
                 rewriter.getI1Type());
      Value filler = Paddle::ElementwiseAddOp::create(
          rewriter, loc, padded.getType(), fillLike(rewriter, loc, padded, 0.0),
          valueTensor, rewriter.getSI32IntegerAttr(-1));
      padded = Paddle::WhereOp::create(rewriter, loc, padded.getType(), inside,
                                       padded, filler);
    }
    if (padded.getType() != op.getType())
      padded = Paddle::AssignOp::create(rewriter, loc, op.getType(), padded);
    return padded;
  }

private:
  /// The axes (all, constant or run-time) and whether the pads hold two
  /// entries for each.
  LogicalResult checkAxes() {
    inType = rankedType(adaptor.getData());
    if (!inType)
      return failures.fail(op, "the input rank is unknown");
    rank = inType.getRank();
    mode = op.getMode();
    pads = getConstantInts(adaptor.getPads());
    // Run-time axes: the pads are spread to every dim's place first.
    runtimeAxes = false;
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
    n = axes.size();
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
    return success();
  }

  /// Each dim's begin and end pads (constant pads) or their place in the
  /// run-time pads.
  LogicalResult checkPads() {
    // The position of each dim's begin pad in `pads` (-1: not padded).
    padIndex.assign(rank, -1);
    begin.assign(rank, 0);
    end.assign(rank, 0);
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
    return success();
  }

  LogicalResult checkConstantValue() {
    value = 0.0;
    // A run-time constant_value (pad3d takes an attribute): padding 0,
    // then the value put where a padded ones tensor has 0.
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
    return success();
  }

  /// The mode, and what pad3d cannot pad in it.
  LogicalResult checkMode() {
    padMode = llvm::StringSwitch<StringRef>(mode)
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
    padsLeading = false;
    for (int64_t i = 0; i < rank - 3; ++i)
      padsLeading |= pads ? begin[i] != 0 || end[i] != 0 : padIndex[i] >= 0;
    if (pads && padsLeading)
      return failures.fail(op, "only the last three dims are padded (pad3d; "
                               "Paddle's pad op crashes under oneDNN)");
    return success();
  }

  RankedTensorType xshapeOf(Type t) {
    SmallVector<int64_t> dims{0};
    llvm::append_range(dims, cast<RankedTensorType>(t).getShape());
    return RankedTensorType::get(dims, element);
  }

  // pad3d of the 5-D `x` whose dims 2, 3, 4 are the ONNX dims `dims`.
  Value padPass(Value x, ViewDims dims) {
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> shape(type.getShape());
    SmallVector<int32_t> paddings;
    SmallVector<Value> entries;
    Value zero;
    for (int64_t v = 4; v >= 2; --v) {
      int64_t d = dims[v - 2];
      if (d >= 0 && !ShapedType::isDynamic(shape[v]))
        shape[v] = pads               ? shape[v] + begin[d] + end[d]
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
          entries.push_back(sliceVector(rewriter, loc, padsI32, at, at + 1, 1));
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
        rewriter, loc, RankedTensorType::get(shape, element), x, paddingsTensor,
        rewriter.getDenseI32ArrayAttr(paddings),
        rewriter.getStringAttr(padMode),
        rewriter.getF32FloatAttr(static_cast<float>(value)),
        rewriter.getStringAttr("NCDHW"));
  }

  Value unsqueezeTo5D(Value x, int64_t lead) {
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
               TypeRange{RankedTensorType::get(shape, element), xshapeOf(type)},
               x, Value(), ValueRange{},
               rewriter.getDenseI32ArrayAttr(leadAxes))
        .getOut();
  }

  Value squeezeFrom5D(Value x, int64_t lead) {
    if (lead == 0)
      return x;
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int32_t> leadAxes;
    for (int64_t i = 0; i < lead; ++i)
      leadAxes.push_back(static_cast<int32_t>(i));
    auto outType =
        RankedTensorType::get(type.getShape().drop_front(lead), element);
    return Paddle::Squeeze2Op::create(rewriter, loc,
                                      TypeRange{outType, xshapeOf(type)}, x,
                                      rewriter.getDenseI32ArrayAttr(leadAxes))
        .getOut();
  }

  Value transpose(Value x, ArrayRef<int32_t> perm) {
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> shape;
    for (int32_t p : perm)
      shape.push_back(type.getDimSize(p));
    return Paddle::Transpose2Op::create(
               rewriter, loc,
               TypeRange{RankedTensorType::get(shape, element), xshapeOf(type)},
               x, rewriter.getDenseI32ArrayAttr(perm))
        .getOut();
  }

  /// Every dim padded: the last three, then the leading ones.
  Value padAll(Value data) {
    // The last three dims (all of them below rank 4).
    int64_t lead = std::max<int64_t>(0, 5 - rank);
    ViewDims last;
    for (int64_t v = 2; v < 5; ++v)
      last[v - 2] = v - lead >= 0 ? v - lead : -1;
    Value out = squeezeFrom5D(padPass(unsqueezeTo5D(data, lead), last), lead);
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
      ViewDims front = leading == 1 ? ViewDims{-1, -1, 0} : ViewDims{-1, 0, 1};
      Value moved = transpose(out, perm);
      moved = squeezeFrom5D(padPass(unsqueezeTo5D(moved, 5 - rank), front),
                            5 - rank);
      out = transpose(moved, inverse);
    }
    return out;
  }

  ONNX::PadOp op;
  ONNX::PadOp::Adaptor adaptor;
  ConversionPatternRewriter &rewriter;
  Failures &failures;
  Location loc;

  // Set by check().
  RankedTensorType inType;
  int64_t rank;
  StringRef mode;
  /// The constant pads; nullopt for run-time ones.
  std::optional<SmallVector<int64_t>> pads;
  /// The padded dims, all of them for run-time axes; n of them.
  SmallVector<int64_t> axes;
  bool runtimeAxes;
  int64_t n;
  /// Per dim: its begin pad's place in the pads; its constant pads.
  SmallVector<int64_t> padIndex;
  SmallVector<int64_t> begin, end;
  /// The constant value, or the run-time one.
  double value;
  Value valueTensor;
  /// pad3d's mode; whether the dims before the last three are padded.
  StringRef padMode;
  bool padsLeading;

  // Set by build().
  Type element;
  /// The run-time pads of every dim, int32.
  Value padsI32;
};

/// Pad: pad3d on the last three dims of a 5-D view. Constant pads become
/// the paddings attribute; run-time ones the Paddings tensor, gathered
/// from ONNX's layout by slices, and then the dims before the last three
/// (rank 4 and 5) are padded by a second pad3d over a transposed view:
/// every mode pads dim by dim, as numpy.pad does, so two passes give the
/// same result as one.
struct PadToPad3d : IndexingPattern<ONNX::PadOp> {
  using IndexingPattern::IndexingPattern;

  LogicalResult
  matchAndRewrite(ONNX::PadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (failed(checkElementTypes(op)))
      return failure();
    if (failed(checkKernelTypes(op, Paddle::Pad3DOp::getOperationName(),
                                adaptor.getData(), failures)))
      return failure();
    PadLowering lowering(op, adaptor, rewriter, failures);
    if (failed(lowering.check()))
      return failure();
    rewriter.replaceOp(op, lowering.build());
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populatePadPatterns(const TypeConverter &converter,
                                              RewritePatternSet &patterns,
                                              Failures &failures) {
  patterns.add<PadToPad3d>(converter, patterns.getContext(), failures);
}
