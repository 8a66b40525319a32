//===- PaddleFusedOps.cpp - fused op verifiers ----------------------------===//
//
// The fusion passes build these ops from matched subgraphs; a wrong weight
// layout would only fail inside Paddle's CUDA kernels (or silently give
// wrong numbers), so the layouts the kernels assume are checked here.
//
//===----------------------------------------------------------------------===//
#include "PaddleVerifiers.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;

LogicalResult FcOp::verify() {
  if (failed(verifyOneOf(*this, "activation_type", getActivationType(),
                         {"", "relu"})) ||
      failed(verifyRank(*this, getW(), 2, "W")))
    return failure();
  auto in = ranked(getInput()), w = ranked(getW());
  int64_t cols = getInNumColDims();
  if (in && (cols < 1 || cols >= in.getRank()))
    return emitOpError() << "in_num_col_dims " << cols << " must be in [1, "
                         << in.getRank() << ")";
  if (!w)
    return success();
  if (in && !sameOrUnknown(staticProduct(in.getShape().drop_front(cols)),
                           w.getDimSize(0)))
    return emitOpError() << "Input's dims from in_num_col_dims on hold "
                         << staticProduct(in.getShape().drop_front(cols))
                         << " elements but W has " << w.getDimSize(0)
                         << " rows";
  if (getBias() &&
      failed(verifyNumElements(*this, getBias(), w.getDimSize(1), "Bias")))
    return failure();
  return verifyRank(*this, getOut(), cols + 1, "Out");
}

LogicalResult MultiheadMatmulOp::verify() {
  if (getHeadNumber() < 1)
    return emitOpError() << "head_number " << getHeadNumber()
                         << " must be >= 1";
  if (failed(verifyRank(*this, getInput(), 3, "Input")) ||
      failed(verifyRank(*this, getW(), 3, "W")) ||
      failed(verifyRank(*this, getBias(), 2, "Bias")))
    return failure();
  auto in = ranked(getInput()), w = ranked(getW()), b = ranked(getBias());
  if (!w)
    return success();
  int64_t hidden = w.getDimSize(0);
  if (!sameOrUnknown(w.getDimSize(1), 3) ||
      !sameOrUnknown(w.getDimSize(2), hidden))
    return emitOpError("W must be [hidden, 3, hidden]");
  if (b && (!sameOrUnknown(b.getDimSize(0), 3) ||
            !sameOrUnknown(b.getDimSize(1), hidden)))
    return emitOpError("Bias must be [3, hidden]");
  if (in && !sameOrUnknown(in.getDimSize(2), hidden))
    return emitOpError() << "Input's hidden size " << in.getDimSize(2)
                         << " differs from W's " << hidden;
  if (!ShapedType::isDynamic(hidden) && hidden % getHeadNumber() != 0)
    return emitOpError() << "hidden size " << hidden
                         << " is not divisible by head_number "
                         << getHeadNumber();
  return success();
}

LogicalResult SelfDpAttentionOp::verify() {
  if (getHeadNumber() < 1)
    return emitOpError() << "head_number " << getHeadNumber()
                         << " must be >= 1";
  if (failed(verifyRank(*this, getX(), 5, "X")) ||
      failed(verifyRank(*this, getOut(), 4, "Out")))
    return failure();
  auto x = ranked(getX()), out = ranked(getOut());
  if (x && (!sameOrUnknown(x.getDimSize(2), 3) ||
            !sameOrUnknown(x.getDimSize(3), getHeadNumber())))
    return emitOpError("X must be [batch, seq, 3, head_number, head_dim]");
  if (x && out)
    for (auto [i, o] : {std::pair{0, 0}, {1, 1}, {3, 2}, {4, 3}})
      if (!sameOrUnknown(x.getDimSize(i), out.getDimSize(o)))
        return emitOpError("Out must be [batch, seq, head_number, head_dim] "
                           "of X");
  return success();
}

LogicalResult SkipLayernormOp::verify() {
  auto x = ranked(getX()), y = ranked(getY());
  if (x && y) {
    if (x.getRank() != y.getRank())
      return emitOpError("X and Y must have the same shape");
    for (int64_t i = 0; i < x.getRank(); ++i)
      if (!sameOrUnknown(x.getDimSize(i), y.getDimSize(i)))
        return emitOpError("X and Y must have the same shape");
  }
  if (!x)
    return success();
  int64_t begin = getBeginNormAxis();
  if (begin <= 0 || begin >= x.getRank())
    return emitOpError() << "begin_norm_axis " << begin << " must be in [1, "
                         << x.getRank() << ")";
  int64_t right = staticProduct(x.getShape().drop_front(begin));
  for (Value v : {getScale(), getBias()})
    if (failed(verifyNumElements(*this, v, right, "Scale and Bias")))
      return failure();
  return success();
}

LogicalResult FusedEmbeddingEltwiseLayernormOp::verify() {
  if (getIds().empty() || getIds().size() != getEmbs().size())
    return emitOpError() << "needs as many Ids as Embs (at least one), got "
                         << getIds().size() << " and " << getEmbs().size();
  int64_t hidden = ShapedType::kDynamic;
  for (Value emb : getEmbs()) {
    if (failed(verifyRank(*this, emb, 2, "Embs")))
      return failure();
    auto t = ranked(emb);
    if (!t)
      continue;
    if (!sameOrUnknown(hidden, t.getDimSize(1)))
      return emitOpError("all Embs must have the same width");
    if (!ShapedType::isDynamic(t.getDimSize(1)))
      hidden = t.getDimSize(1);
  }
  for (Value v : {getScale(), getBias()})
    if (failed(verifyNumElements(*this, v, hidden, "Scale and Bias")))
      return failure();
  return success();
}
