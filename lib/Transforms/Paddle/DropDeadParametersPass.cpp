//===- DropDeadParametersPass.cpp - --paddle-drop-dead-parameters ---------===//
//
// Every paddle.parameter is written to the params file, used or not. The
// conversion leaves constants it folded into attributes behind, and the
// quirk rewrites can orphan a splat dividend; erasing just these (rather
// than running the canonicalizer) keeps the pass safe on any paddle program.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Paddle/Passes.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

namespace x2p::Paddle {
#define GEN_PASS_DEF_PADDLEDROPDEADPARAMETERS
#include "x2p/Transforms/Paddle/Passes.h.inc"
} // namespace x2p::Paddle

using namespace mlir;
using namespace x2p;

namespace {

struct PaddleDropDeadParametersPass
    : x2p::Paddle::impl::PaddleDropDeadParametersBase<
          PaddleDropDeadParametersPass> {
  void runOnOperation() override {
    SmallVector<Paddle::ParameterOp> dead;
    getOperation().walk([&](Paddle::ParameterOp op) {
      if (op->use_empty())
        dead.push_back(op);
    });
    for (Paddle::ParameterOp op : dead)
      op->erase();
  }
};

} // namespace
