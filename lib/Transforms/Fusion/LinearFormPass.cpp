//===- LinearFormPass.cpp - --linear-form ---------------------------------===//
//
// Paddle's own passes turn every matmul_v2 by a 2-D constant weight (plus
// a bias add) into `fc`. With oneDNN on that is the fastest form; with
// oneDNN off Paddle's `fc` kernel does not use a second thread, while a
// plain matmul and add do (measured on ViT-base: 1196 ms as fc, 853 ms
// as matmul + add, 2 threads; docs/performance.md). A weight stored
// transposed ([out, in], read with trans_y) keeps Paddle's
// gpu_cpu_map_matmul_v2_to_mul_pass, and so its fc fusion, away, and
// oneDNN still fuses the matmul and the add into one fused_matmul.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/Fusion/Target.h"

#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "x2p/Support/ElementsAttrValues.h"

#include <map>

namespace x2p::fusion {
#define GEN_PASS_DEF_LINEARFORM
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;
using namespace x2p;

namespace {

struct LinearFormPass : x2p::fusion::impl::LinearFormBase<LinearFormPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (failed(x2p::fusion::checkTarget(func, "linear-form", target)))
      return signalPassFailure();
    if (form != "fc" && form != "matmul") {
      func.emitError() << "--linear-form: form must be fc or matmul, not '"
                       << form << "'";
      return signalPassFailure();
    }
    if (form == "fc")
      return;
    std::map<Operation *, Value> transposed;
    func.walk([&](Paddle::MatmulV2Op matmul) {
      if (matmul.getTransX() || matmul.getTransY())
        return;
      auto weight = matmul.getY().getDefiningOp<Paddle::ParameterOp>();
      auto type = weight ? dyn_cast<RankedTensorType>(weight.getOut().getType())
                         : nullptr;
      if (!type || type.getRank() != 2 || !type.hasStaticShape() ||
          !type.getElementType().isF32())
        return;
      Value &wt = transposed[weight];
      if (!wt) {
        std::optional<SmallVector<double>> values =
            getFloatValues(weight.getValue());
        if (!values)
          return;
        int64_t rows = type.getDimSize(0), cols = type.getDimSize(1);
        SmallVector<float> data(rows * cols);
        for (int64_t r = 0; r < rows; ++r)
          for (int64_t c = 0; c < cols; ++c)
            data[c * rows + r] = static_cast<float>((*values)[r * cols + c]);
        OpBuilder builder(weight);
        wt = Paddle::createF32Parameter(builder, weight.getLoc(),
                                        weight.getName().str() + ".t",
                                        {cols, rows}, data);
      }
      matmul.getYMutable().assign(wt);
      matmul.setTransY(true);
    });
  }
};

} // namespace
