//===- PaddleIndexOps.cpp - index-driven op verifiers ---------------------===//
//
// Verifiers for the ops of PaddleIndexOps.td, checked as Paddle's InferMeta
// functions check them.
//
//===----------------------------------------------------------------------===//
#include "dialects/Paddle/PaddleDataType.h"
#include "dialects/Paddle/PaddleOps.h"
#include "dialects/Paddle/PaddleVerifiers.h"

using namespace mlir;
using namespace x2p::Paddle;
using namespace x2p::Paddle::detail;
