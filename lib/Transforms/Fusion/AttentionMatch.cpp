//===- AttentionMatch.cpp - self-attention blocks in paddle programs ------===//
//
// The one reading of a multi-head self-attention block that the fusion
// passes share. It walks from the softmax: forward through the ·V matmul
// and the merge of the heads, backward through the additive mask, the
// scaling and QKᵀ to the three projections, accepting each spelling the
// exporters write (see the cases in test/Transforms/Fusion/
// fuse-attention.mlir). Anything it cannot read exactly is refused with a
// reason: a wrong fusion is worse than none.
//
// Run-time reshape targets are read from their result types: a reshape of
// [batch, seq, hidden] to [?, ?, heads, head_dim] is taken to split the
// last dim (x.view(b, s, h, d)), as every exporter writes it. The one
// reshape whose leading dims are ambiguous (the dynamo exporter's Kᵀ
// through [batch * heads, seq, head_dim]) is checked piece by piece.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/AttentionMatch.h"

#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Support/ElementsAttrValues.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"

#include <cmath>

using namespace mlir;
using namespace x2p;
using namespace x2p::fusion;

namespace {

RankedTensorType rankedOf(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

bool compatible(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

/// `a` and `b` are ranked alike with no static dim differing.
bool sameShape(Value a, Value b) {
  auto x = rankedOf(a), y = rankedOf(b);
  if (!x || !y || x.getRank() != y.getRank())
    return false;
  for (int64_t i = 0; i < x.getRank(); ++i)
    if (!compatible(x.getDimSize(i), y.getDimSize(i)))
      return false;
  return true;
}

/// `value` is a splat boolean constant equal to `want`.
bool isSplatBool(Value value, bool want) {
  auto param = value.getDefiningOp<Paddle::ParameterOp>();
  if (!param)
    return false;
  auto dense = dyn_cast<DenseElementsAttr>(param.getValue());
  return dense && dense.getElementType().isInteger(1) && dense.isSplat() &&
         dense.getSplatValue<bool>() == want;
}

/// `value` without the expand_v2 ops around it: splat constants and
/// elementwise results stay what they are when broadcast.
Value stripExpand(Value value) {
  while (auto expand = value.getDefiningOp<Paddle::ExpandV2Op>())
    value = expand.getX();
  return value;
}

bool isSplat(Value value, double want) {
  std::optional<double> got = Paddle::splatFloat(stripExpand(value));
  return got && *got == want;
}

bool isFiniteSplat(Value value) {
  std::optional<double> got = Paddle::splatFloat(stripExpand(value));
  return got && std::isfinite(static_cast<float>(*got));
}

/// `value` through scale ops and multiplications or divisions by splat
/// constants that keep its type, their factors multiplied into `alpha`.
Value peelScale(Value value, double &alpha) {
  while (Operation *def = value.getDefiningOp()) {
    if (auto scale = dyn_cast<Paddle::ScaleOp>(def)) {
      if (scale.getScaleTensor() || scale.getBiasTensor() ||
          scale.getBias().convertToDouble() != 0.0)
        break;
      alpha *= scale.getScale().convertToDouble();
      value = scale.getX();
      continue;
    }
    if (auto mul = dyn_cast<Paddle::ElementwiseMulOp>(def)) {
      std::optional<double> c;
      Value other;
      if ((c = Paddle::foldedSplatFloat(mul.getY())))
        other = mul.getX();
      else if ((c = Paddle::foldedSplatFloat(mul.getX())))
        other = mul.getY();
      if (!c || other.getType() != mul.getOut().getType())
        break;
      alpha *= *c;
      value = other;
      continue;
    }
    if (auto div = dyn_cast<Paddle::ElementwiseDivOp>(def)) {
      std::optional<double> c = Paddle::foldedSplatFloat(div.getY());
      if (!c || *c == 0.0 || div.getX().getType() != div.getOut().getType())
        break;
      alpha /= *c;
      value = div.getX();
      continue;
    }
    break;
  }
  return value;
}

/// The reshape from `in` to `out` keeps the two leading dims: their types
/// agree and a constant target copies them (0, -1 or the same static dim).
/// Run-time targets are read from the types (see the file comment).
bool keepsLeadingDims(Paddle::Reshape2Op reshape, RankedTensorType in,
                      RankedTensorType out) {
  if (!compatible(in.getDimSize(0), out.getDimSize(0)) ||
      !compatible(in.getDimSize(1), out.getDimSize(1)))
    return false;
  if (reshape.getShape_() || !reshape.getShapeTensor().empty())
    return true;
  ArrayRef<int32_t> dims = reshape.getShape();
  for (int i = 0; i < 2; ++i)
    if (dims[i] != 0 && dims[i] != -1 &&
        (ShapedType::isDynamic(in.getDimSize(i)) ||
         dims[i] != in.getDimSize(i)))
      return false;
  return true;
}

/// A reshape of [a, b, n] to [a, b, heads, headDim] with static heads and
/// headDim whose product is n (see the file comment on run-time targets).
bool splitsLastDim(Paddle::Reshape2Op reshape, int64_t &heads,
                   int64_t &headDim) {
  auto in = rankedOf(reshape.getX()), out = rankedOf(reshape.getOut());
  if (!in || !out || in.getRank() != 3 || out.getRank() != 4)
    return false;
  heads = out.getDimSize(2), headDim = out.getDimSize(3);
  int64_t hidden = in.getDimSize(2);
  if (ShapedType::isDynamic(headDim) || ShapedType::isDynamic(hidden) ||
      headDim <= 0 || hidden % headDim != 0)
    return false;
  // x.view(b, s, -1, d): the heads follow from the hidden size.
  if (ShapedType::isDynamic(heads))
    heads = hidden / headDim;
  if (hidden != heads * headDim)
    return false;
  return keepsLeadingDims(reshape, in, out);
}

Value projectionOf(Value value, int64_t columns, AttentionProjection &proj);

/// Part `value` of a packed projection split into three equal parts along
/// the last axis (GPT2's c_attn): the projection of its columns.
Value packedProjectionOf(Value value, int64_t columns,
                         AttentionProjection &proj) {
  auto split = value.getDefiningOp<Paddle::SplitOp>();
  if (!split || split.getAxisTensor() ||
      !split.getSectionsTensorList().empty() || split->getNumResults() != 3)
    return nullptr;
  auto in = rankedOf(split.getX());
  if (!in || in.getRank() != 3 ||
      (split.getAxis() != 2 && split.getAxis() != -1))
    return nullptr;
  ArrayRef<int32_t> sections = split.getSections();
  if (!sections.empty() &&
      llvm::any_of(sections, [&](int32_t s) { return s != columns; }))
    return nullptr;
  Value x = projectionOf(split.getX(), 3 * columns, proj);
  if (!x)
    return nullptr;
  proj.columnOffset =
      columns * static_cast<int64_t>(cast<OpResult>(value).getResultNumber());
  return x;
}

/// Input @ weight (+ bias) with a 2-D float32 weight parameter of
/// `columns` columns, or a third of a packed one; returns Input.
Value projectionOf(Value value, int64_t columns, AttentionProjection &proj) {
  if (value.getDefiningOp<Paddle::SplitOp>())
    return packedProjectionOf(value, columns, proj);
  Value product = value;
  proj.bias = nullptr;
  proj.columnOffset = 0;
  if (auto add = value.getDefiningOp<Paddle::ElementwiseAddOp>()) {
    for (auto [mm, b] :
         {std::pair{add.getX(), add.getY()}, {add.getY(), add.getX()}}) {
      auto bias = b.getDefiningOp<Paddle::ParameterOp>();
      auto type = bias ? rankedOf(bias.getOut()) : nullptr;
      if (type && type.getRank() == 1 && type.getDimSize(0) == columns &&
          type.getElementType().isF32() && mm.getDefiningOp() &&
          isa<Paddle::MatmulV2Op>(mm.getDefiningOp()) &&
          mm.getType() == add.getOut().getType()) {
        proj.bias = bias;
        product = mm;
        break;
      }
    }
    if (!proj.bias)
      return nullptr;
  }
  auto matmul = product.getDefiningOp<Paddle::MatmulV2Op>();
  if (!matmul || matmul.getTransX() || matmul.getTransY())
    return nullptr;
  auto weight = matmul.getY().getDefiningOp<Paddle::ParameterOp>();
  auto type = weight ? rankedOf(weight.getOut()) : nullptr;
  auto in = rankedOf(matmul.getX());
  if (!type || type.getRank() != 2 || type.getDimSize(1) != columns ||
      !type.getElementType().isF32() || !in || in.getRank() != 3 ||
      in.getDimSize(2) != type.getDimSize(0))
    return nullptr;
  proj.weight = weight;
  return matmul.getX();
}

/// The projection [batch, seq, heads * headDim] that `value` holds split
/// into heads: transpose2(axis = perm) of a reshape that splits the last
/// dim.
Value unsplitHeads(Value value, ArrayRef<int32_t> perm, int64_t &heads,
                   int64_t &headDim) {
  auto transpose = value.getDefiningOp<Paddle::Transpose2Op>();
  if (!transpose || transpose.getAxis() != perm)
    return nullptr;
  auto reshape = transpose.getX().getDefiningOp<Paddle::Reshape2Op>();
  if (!reshape || !splitsLastDim(reshape, heads, headDim))
    return nullptr;
  return reshape.getX();
}

const int32_t kHeadsPerm[] = {0, 2, 1, 3};

/// `piece` is dim `dim` of `of` read at run time: slice(cast?(shape(of)))
/// of one element at dim (or dim - rank).
bool isRuntimeDims(Value piece, Value of, int64_t first, int64_t count);

bool isRuntimeDim(Value piece, Value of, int64_t dim) {
  return isRuntimeDims(piece, of, dim, 1);
}

/// `piece` is dims [first, first + count) of `of` read at run time:
/// slice(cast?(shape(of))) with those bounds (or their negative forms).
bool isRuntimeDims(Value piece, Value of, int64_t first, int64_t count) {
  if (auto cast = piece.getDefiningOp<Paddle::CastOp>())
    piece = cast.getX();
  auto slice = piece.getDefiningOp<Paddle::SliceOp>();
  if (!slice || slice.getStartsTensor() || slice.getEndsTensor() ||
      !slice.getStartsTensorList().empty() ||
      !slice.getEndsTensorList().empty() || slice.getStarts().size() != 1 ||
      slice.getEnds().size() != 1)
    return false;
  Value shapeOf = slice.getInput();
  if (auto cast = shapeOf.getDefiningOp<Paddle::CastOp>())
    shapeOf = cast.getX();
  auto shape = shapeOf.getDefiningOp<Paddle::ShapeOp>();
  auto type = rankedOf(of);
  if (!shape || shape.getInput() != of || !type)
    return false;
  int64_t rank = type.getRank();
  int64_t start = slice.getStarts()[0], end = slice.getEnds()[0];
  if (start < 0)
    start += rank;
  if (end < 0)
    end += rank;
  return start == first && end == first + count;
}

/// The K heads [batch, heads, seq, headDim] of the dynamo exporter's Kᵀ:
/// reshape(transpose(reshape(K, [-1, seq, headDim]), [0, 2, 1]),
/// [batch, heads, headDim, seq]).
Value keyHeadsOfFlatTranspose(Value value, int64_t heads, int64_t headDim) {
  auto back = value.getDefiningOp<Paddle::Reshape2Op>();
  if (!back)
    return nullptr;
  auto out = rankedOf(back.getOut());
  if (!out || out.getRank() != 4 || out.getDimSize(1) != heads ||
      out.getDimSize(2) != headDim)
    return nullptr;
  auto transpose = back.getX().getDefiningOp<Paddle::Transpose2Op>();
  if (!transpose || transpose.getAxis() != ArrayRef<int32_t>{0, 2, 1})
    return nullptr;
  auto flat = transpose.getX().getDefiningOp<Paddle::Reshape2Op>();
  if (!flat)
    return nullptr;
  Value keyHeads = flat.getX();
  auto in = rankedOf(keyHeads), mid = rankedOf(flat.getOut());
  if (!in || !mid || in.getRank() != 4 || mid.getRank() != 3 ||
      in.getDimSize(1) != heads || in.getDimSize(3) != headDim ||
      mid.getDimSize(2) != headDim)
    return nullptr;
  // [batch * heads, seq, headDim] and not [batch, heads * seq, headDim]:
  // the middle dim must be the sequence.
  bool middleIsSeq = false;
  if (!ShapedType::isDynamic(in.getDimSize(2)))
    middleIsSeq = mid.getDimSize(1) == in.getDimSize(2);
  if (!middleIsSeq && flat.getShape_())
    if (auto concat = flat.getShape_().getDefiningOp<Paddle::ConcatOp>())
      middleIsSeq = concat.getX().size() == 3 &&
                    isRuntimeDim(concat.getX()[1], keyHeads, 2);
  return middleIsSeq ? keyHeads : nullptr;
}

/// The K projection of QKᵀ's right operand `value` (Kᵀ [batch, heads,
/// headDim, seq], or K itself when the matmul transposes it).
Value keyProjection(Value value, bool transposedByMatmul, int64_t heads,
                    int64_t headDim) {
  int64_t h = 0, d = 0;
  Value projection;
  if (transposedByMatmul) {
    projection = unsplitHeads(value, kHeadsPerm, h, d);
  } else if ((projection = unsplitHeads(value, {0, 2, 3, 1}, h, d))) {
  } else if (auto transpose = value.getDefiningOp<Paddle::Transpose2Op>();
             transpose &&
             transpose.getAxis() == ArrayRef<int32_t>{0, 1, 3, 2}) {
    projection = unsplitHeads(transpose.getX(), kHeadsPerm, h, d);
  } else if (Value keyHeads = keyHeadsOfFlatTranspose(value, heads, headDim)) {
    projection = unsplitHeads(keyHeads, kHeadsPerm, h, d);
  }
  if (!projection || h != heads || d != headDim)
    return nullptr;
  return projection;
}

/// The softmax result as the ·V matmul reads it: itself, or the dynamo
/// exporter's where(isnan(p), 0, p) (exact when the scores are finite).
Value nanGuardOf(Value probs, bool &guarded) {
  guarded = false;
  for (Operation *user : probs.getUsers()) {
    auto isnan = dyn_cast<Paddle::IsnanV2Op>(user);
    if (!isnan)
      continue;
    for (Operation *use : isnan.getOut().getUsers()) {
      Operation *where = use;
      if (auto expand = dyn_cast<Paddle::ExpandV2Op>(use)) {
        if (!expand.getOut().hasOneUse())
          continue;
        where = *expand.getOut().getUsers().begin();
      }
      auto guard = dyn_cast<Paddle::WhereOp>(where);
      if (guard && stripExpand(guard.getCondition()) == isnan.getOut() &&
          isSplat(guard.getX(), 0.0) && stripExpand(guard.getY()) == probs &&
          guard.getOut().getType() == probs.getType()) {
        guarded = true;
        return guard.getOut();
      }
    }
  }
  return probs;
}

/// True when the additive `mask` is zero by construction: a zero splat, or
/// where(true, 0, _) as the dynamo exporter writes SDPA without a mask.
bool isZeroMask(Value mask) {
  if (isSplat(mask, 0.0))
    return true;
  auto where = stripExpand(mask).getDefiningOp<Paddle::WhereOp>();
  return where && isSplatBool(stripExpand(where.getCondition()), true) &&
         isSplat(where.getX(), 0.0);
}

/// True when `mask` holds finite values by construction, so that a softmax
/// row never sees only -inf: where(_, c1, c2) with finite splats, or a
/// product with a finite splat of a value cast from an integer or bool
/// (BERT's (1 - mask) * min).
bool isFiniteMask(Value mask) {
  mask = stripExpand(mask);
  if (auto where = mask.getDefiningOp<Paddle::WhereOp>())
    return isFiniteSplat(where.getX()) && isFiniteSplat(where.getY());
  auto mul = mask.getDefiningOp<Paddle::ElementwiseMulOp>();
  if (!mul)
    return isFiniteSplat(mask);
  for (auto [a, b] :
       {std::pair{mul.getX(), mul.getY()}, {mul.getY(), mul.getX()}}) {
    if (!isFiniteSplat(b))
      continue;
    Value v = a;
    if (auto sub = v.getDefiningOp<Paddle::ElementwiseSubOp>())
      if (isFiniteSplat(sub.getX()))
        v = sub.getY();
    if (auto cast = v.getDefiningOp<Paddle::CastOp>())
      if (!isa<FloatType>(getElementTypeOrSelf(cast.getX().getType())))
        return true;
  }
  return false;
}

/// The one user of `value` that is not a paddle.shape (shape ops read
/// dims only; the conversion leaves them before CSE folds them), or null.
Operation *soleDataUser(Value value) {
  Operation *found = nullptr;
  for (Operation *user : value.getUsers()) {
    if (isa<Paddle::ShapeOp>(user))
      continue;
    if (found && found != user)
      return nullptr;
    found = user;
  }
  return found;
}

/// The one user of `value` when it is a reshape2 to `value`'s own type
/// that keeps every dim (the whisper export's reshape to [-1, heads, seq,
/// head_dim]); null otherwise.
Paddle::Reshape2Op identityReshapeUser(Value value) {
  auto reshape = dyn_cast_or_null<Paddle::Reshape2Op>(soleDataUser(value));
  auto type = rankedOf(value);
  if (!reshape || !type || reshape.getOut().getType() != value.getType() ||
      reshape.getShape_() || !reshape.getShapeTensor().empty())
    return nullptr;
  ArrayRef<int32_t> dims = reshape.getShape();
  if (static_cast<int64_t>(dims.size()) != type.getRank())
    return nullptr;
  for (auto [i, dim] : llvm::enumerate(dims)) {
    int64_t size = type.getDimSize(i);
    bool keeps = dim == 0 || (!ShapedType::isDynamic(size) && dim == size) ||
                 (dim == -1 && ShapedType::isDynamic(size));
    if (!keeps)
      return nullptr;
  }
  // Every other dim kept, one -1 can only be the dim it replaces.
  return llvm::count(dims, -1) <= 1 ? reshape : nullptr;
}

/// The merged heads [batch, seq, heads * headDim] of the ·V product
/// `context` [batch, heads, seq, headDim].
Value mergedHeads(Value context, int64_t heads, int64_t headDim) {
  if (auto identity = identityReshapeUser(context))
    context = identity.getOut();
  auto transpose =
      dyn_cast_or_null<Paddle::Transpose2Op>(soleDataUser(context));
  if (!transpose || transpose.getAxis() != ArrayRef<int32_t>(kHeadsPerm))
    return nullptr;
  auto reshape =
      dyn_cast_or_null<Paddle::Reshape2Op>(soleDataUser(transpose.getOut()));
  if (!reshape)
    return nullptr;
  auto in = rankedOf(reshape.getX()), out = rankedOf(reshape.getOut());
  // reshape(x, [0, 0, -1]) merges the last two dims whatever the types
  // know of them (the heads are a run-time count in GPT2's export); so
  // does x.view(x.size()[:2] + (-1,)) (ALBERT): concat(shape(x)[0:2], -1).
  bool copiesLeading = !reshape.getShape_() &&
                       reshape.getShapeTensor().empty() &&
                       reshape.getShape() == ArrayRef<int32_t>{0, 0, -1};
  if (auto concat = reshape.getShape_()
                        ? reshape.getShape_().getDefiningOp<Paddle::ConcatOp>()
                        : nullptr;
      concat && concat.getX().size() == 2 && reshape.getShapeTensor().empty() &&
      isRuntimeDims(concat.getX()[0], reshape.getX(), 0, 2)) {
    auto last = concat.getX()[1].getDefiningOp<Paddle::ParameterOp>();
    std::optional<SmallVector<int64_t>> v =
        last ? getIntValues(last.getValue()) : std::nullopt;
    copiesLeading =
        v && v->size() == 1 && ((*v)[0] == -1 || (*v)[0] == heads * headDim);
  }
  if (!in || !out || out.getRank() != 3 || in.getRank() != 4 ||
      (out.getDimSize(2) != heads * headDim &&
       !(copiesLeading && ShapedType::isDynamic(out.getDimSize(2)))) ||
      !keepsLeadingDims(reshape, in, out))
    return nullptr;
  return reshape.getOut();
}

} // namespace

std::optional<SelfAttentionMatch>
x2p::fusion::matchSelfAttention(Paddle::SoftmaxOp softmax,
                                std::string &whyNot) {
  auto fail = [&](const char *reason) -> std::optional<SelfAttentionMatch> {
    whyNot = reason;
    return std::nullopt;
  };
  auto scoresType = rankedOf(softmax.getX());
  if (!scoresType || scoresType.getRank() != 4 ||
      !scoresType.getElementType().isF32())
    return fail("the softmax input is not a float32 [batch, heads, seq, "
                "seq] tensor");
  if (softmax.getAxis() != -1 && softmax.getAxis() != 3)
    return fail("the softmax is not over the last axis");

  // Forward: softmax -> (nan guard) -> ·V -> merged heads.
  bool guarded = false;
  Value probs = nanGuardOf(softmax.getOut(), guarded);
  // torch 1.13 leaves an assign where dropout was (GPT2).
  if (auto assign = dyn_cast_or_null<Paddle::AssignOp>(soleDataUser(probs)))
    probs = assign.getOut();
  Paddle::MatmulV2Op context;
  for (Operation *user : probs.getUsers())
    if (auto mm = dyn_cast<Paddle::MatmulV2Op>(user))
      if (mm.getX() == probs && !mm.getTransX() && !mm.getTransY())
        context = mm;
  if (!context)
    return fail("the softmax result does not feed a ·V matmul");
  SelfAttentionMatch match;
  Value vProj =
      unsplitHeads(context.getY(), kHeadsPerm, match.heads, match.headDim);
  if (!vProj)
    return fail("V is not a projection split into heads");
  match.output = mergedHeads(context.getOut(), match.heads, match.headDim);
  if (!match.output)
    return fail("the ·V product is not merged back into [batch, seq, "
                "hidden]");

  // Backward: (+ mask) -> scale -> QKᵀ.
  Value scores = softmax.getX();
  // T5's in-place `scores += position_bias` leaves an assign.
  if (auto assign = scores.getDefiningOp<Paddle::AssignOp>())
    scores = assign.getX();
  Value mask;
  Paddle::MatmulV2Op qk;
  double alpha = 1.0;
  auto scoresOf = [&](Value value) {
    double factor = 1.0;
    auto mm = peelScale(value, factor).getDefiningOp<Paddle::MatmulV2Op>();
    if (mm && !mm.getTransX()) {
      qk = mm;
      alpha = factor;
    }
    return bool(mm && !mm.getTransX());
  };
  // masked_fill(cond, fill): where(cond, fill, s) (or where(cond, s,
  // fill), keeping where true) with a finite fill; as an additive mask
  // cond * fill, which gives the same softmax (|s| is far below one ulp
  // of the fill, a large negative number).
  auto whereMask = [&](Value value) {
    auto where = value.getDefiningOp<Paddle::WhereOp>();
    if (!where)
      return false;
    for (bool keepWhenTrue : {false, true}) {
      Value kept = keepWhenTrue ? where.getX() : where.getY();
      Value fill = keepWhenTrue ? where.getY() : where.getX();
      std::optional<double> c = Paddle::splatFloat(stripExpand(fill));
      // The scores may come expanded to the where's shape and through an
      // assign (GPT2's torch 1.13 export); they must have that shape.
      kept = stripExpand(kept);
      if (auto assign = kept.getDefiningOp<Paddle::AssignOp>())
        kept = assign.getX();
      if (!c || !std::isfinite(static_cast<float>(*c)) ||
          !sameShape(kept, value) || !scoresOf(kept))
        continue;
      match.maskCondition = stripExpand(where.getCondition());
      match.maskFill = *c;
      match.maskWhereFalse = keepWhenTrue;
      return true;
    }
    return false;
  };
  if (!scoresOf(scores) && !whereMask(scores)) {
    auto add = scores.getDefiningOp<Paddle::ElementwiseAddOp>();
    if (!add)
      return fail("the softmax input is neither scaled QKᵀ nor QKᵀ plus a "
                  "mask");
    auto maskedScores = [&](Value v) {
      return sameShape(v, scores) && (scoresOf(v) || whereMask(v));
    };
    if (maskedScores(add.getX()))
      mask = add.getY();
    else if (maskedScores(add.getY()))
      mask = add.getX();
    else
      return fail("the softmax input is neither scaled QKᵀ nor QKᵀ plus a "
                  "mask");
  }
  if (match.maskCondition) {
    auto type = rankedOf(match.maskCondition);
    if (!type || type.getRank() != 4 ||
        (!ShapedType::isDynamic(type.getDimSize(1)) &&
         type.getDimSize(1) != 1 && type.getDimSize(1) != match.heads))
      return fail("the masked_fill condition is not a [batch, 1 or heads, "
                  "seq, seq] tensor");
  }
  if (mask && isZeroMask(mask))
    mask = nullptr;
  if (mask) {
    auto type = rankedOf(mask);
    if (!type || type.getRank() != 4 || !type.getElementType().isF32() ||
        (!ShapedType::isDynamic(type.getDimSize(1)) &&
         type.getDimSize(1) != 1 && type.getDimSize(1) != match.heads))
      return fail("the mask is not a float32 [batch, 1 or heads, seq, seq] "
                  "tensor");
  }
  if (guarded && mask && !isFiniteMask(mask))
    return fail("a NaN guard after the softmax with a mask that may hold "
                "-inf (the fused form would not zero such rows)");

  double qScale = 1.0, kScale = 1.0;
  Value qHeads = peelScale(qk.getX(), qScale);
  Value kOperand = peelScale(qk.getY(), kScale);
  match.alpha = alpha * qScale * kScale;
  if (!std::isfinite(static_cast<float>(match.alpha)) || match.alpha == 0.0)
    return fail("the scale of QKᵀ is not a finite non-zero float");
  int64_t h = 0, d = 0;
  Value qProj = unsplitHeads(qHeads, kHeadsPerm, h, d);
  if (!qProj || h != match.heads || d != match.headDim)
    return fail("Q is not a projection split into the heads V has");
  Value kProj =
      keyProjection(kOperand, qk.getTransY(), match.heads, match.headDim);
  if (!kProj)
    return fail("K is not a projection split into the heads V has");

  // A scale of the Q or K projection before the split scales QKᵀ alike.
  qProj = peelScale(qProj, match.alpha);
  kProj = peelScale(kProj, match.alpha);
  if (!std::isfinite(static_cast<float>(match.alpha)) || match.alpha == 0.0)
    return fail("the scale of QKᵀ is not a finite non-zero float");
  int64_t columns = match.heads * match.headDim;
  Value qIn = projectionOf(qProj, columns, match.q);
  Value kIn = projectionOf(kProj, columns, match.k);
  Value vIn = projectionOf(vProj, columns, match.v);
  if (!qIn || !kIn || !vIn)
    return fail("Q, K or V is not input @ constant weight (+ constant "
                "bias)");
  if (qIn != kIn || qIn != vIn)
    return fail("Q, K and V project different inputs (cross-attention)");
  auto inType = rankedOf(qIn);
  if (inType.getDimSize(2) != columns)
    return fail("the hidden size differs from heads * head_dim");
  match.input = qIn;
  match.mask = mask;
  return match;
}
