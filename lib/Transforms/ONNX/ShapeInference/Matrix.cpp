//===- Matrix.cpp - shapes of MatMul, Gemm and Einsum ---------------------===//
//
// numpy.matmul semantics for MatMul (1-D operands promoted and the
// promoted dim dropped, batch dims broadcast), Gemm's (M, N) from its
// transposition flags, and Einsum from its equation (explicit or implicit
// output, with `...`).
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "llvm/ADT/DenseMap.h"

using namespace mlir;

namespace x2p::ONNX::shape {

static void matmul(Operation *op, Results &results) {
  Type elt = elementOf(op->getOperand(0));
  if (op->getNumResults() && isa<MatMulIntegerOp>(op))
    elt = IntegerType::get(op->getContext(), 32);
  std::optional<Dims> a = dimsOf(op->getOperand(0));
  std::optional<Dims> b = dimsOf(op->getOperand(1));
  if (!a || !b || a->empty() || b->empty()) {
    results[0] = unranked(elt);
    return;
  }
  bool aVec = a->size() == 1, bVec = b->size() == 1;
  if (aVec)
    a->insert(a->begin(), 1);
  if (bVec)
    b->push_back(1);
  std::optional<Dims> batch = broadcast(ArrayRef<int64_t>(*a).drop_back(2),
                                        ArrayRef<int64_t>(*b).drop_back(2));
  if (!batch) {
    results[0] = unranked(elt);
    return;
  }
  Dims out = *batch;
  if (!aVec)
    out.push_back((*a)[a->size() - 2]);
  if (!bVec)
    out.push_back(b->back());
  results[0] = ranked(out, elt);
}

static void gemm(GemmOp op, Results &results) {
  Type elt = elementOf(op.getA());
  std::optional<Dims> a = dimsOf(op.getA());
  std::optional<Dims> b = dimsOf(op.getB());
  int64_t m = kDynamic, n = kDynamic;
  if (a && a->size() == 2)
    m = (*a)[op.getTransA() ? 1 : 0];
  if (b && b->size() == 2)
    n = (*b)[op.getTransB() ? 0 : 1];
  // C broadcasts to (M, N): a static C dim > 1 states M or N.
  if (std::optional<Dims> c = dimsOf(op.getC())) {
    if (c->size() == 2 && ShapedType::isDynamic(m) && (*c)[0] > 1)
      m = (*c)[0];
    if (!c->empty() && ShapedType::isDynamic(n) && c->back() > 1)
      n = c->back();
  }
  results[0] = ranked({m, n}, elt);
}

/// Einsum: each operand's letters name its dims; `...` stands for the
/// broadcast of the dims no letter names.
static void einsum(EinsumOp op, Results &results) {
  Type elt = elementOf(op.getInputs().front());
  StringRef equation = op.getEquation();
  std::string eq;
  for (char c : equation)
    if (c != ' ')
      eq.push_back(c);
  StringRef lhs = eq, rhs;
  bool explicitOut = false;
  size_t arrow = lhs.find("->");
  if (arrow != StringRef::npos) {
    rhs = lhs.substr(arrow + 2);
    lhs = lhs.substr(0, arrow);
    explicitOut = true;
  }
  SmallVector<StringRef> terms;
  lhs.split(terms, ',');
  if (terms.size() != op.getInputs().size()) {
    results[0] = unranked(elt);
    return;
  }
  llvm::DenseMap<char, int64_t> letterDim;
  llvm::DenseMap<char, int> letterCount;
  Dims ellipsis;
  for (auto [term, input] : llvm::zip(terms, op.getInputs())) {
    std::optional<Dims> dims = dimsOf(input);
    if (!dims) {
      results[0] = unranked(elt);
      return;
    }
    size_t dots = term.find("...");
    int64_t letters = int64_t(term.size()) - (dots == StringRef::npos ? 0 : 3);
    int64_t ellipsisRank = int64_t(dims->size()) - letters;
    if (ellipsisRank < 0 || (dots == StringRef::npos && ellipsisRank != 0)) {
      results[0] = unranked(elt);
      return;
    }
    int64_t dim = 0;
    for (size_t i = 0; i < term.size(); ++i) {
      if (i == dots) {
        std::optional<Dims> b = broadcast(
            ellipsis, ArrayRef<int64_t>(*dims).slice(dim, ellipsisRank));
        if (!b) {
          results[0] = unranked(elt);
          return;
        }
        ellipsis = *b;
        dim += ellipsisRank;
        i += 2;
        continue;
      }
      char c = term[i];
      int64_t size = (*dims)[dim++];
      ++letterCount[c];
      auto [it, inserted] = letterDim.try_emplace(c, size);
      if (!inserted && (ShapedType::isDynamic(it->second) || it->second == 1))
        it->second = size;
    }
  }
  Dims out;
  if (explicitOut) {
    for (size_t i = 0; i < rhs.size(); ++i) {
      if (rhs.substr(i).starts_with("...")) {
        out.append(ellipsis.begin(), ellipsis.end());
        i += 2;
        continue;
      }
      auto it = letterDim.find(rhs[i]);
      if (it == letterDim.end()) {
        results[0] = unranked(elt);
        return;
      }
      out.push_back(it->second);
    }
  } else {
    // Implicit output: `...` then the letters used once, alphabetically.
    out.append(ellipsis.begin(), ellipsis.end());
    SmallVector<char> once;
    for (auto [c, n] : letterCount)
      if (n == 1)
        once.push_back(c);
    llvm::sort(once);
    for (char c : once)
      out.push_back(letterDim[c]);
  }
  results[0] = ranked(out, elt);
}

void registerMatrix(ShapeFnTable &table) {
  table.add<MatMulOp, MatMulIntegerOp>(matmul);
  table.add<GemmOp>(gemm);
  table.add<EinsumOp>(einsum);
}

} // namespace x2p::ONNX::shape
