//===- InitAllTest.cpp - what the tools get from registerAll* -------------===//
//
// x2p-opt, x2p-translate and the x2p driver see exactly the dialects
// registered here; a dialect missing from the list would make every tool
// reject IR that uses it.
//
//===----------------------------------------------------------------------===//
#include "x2p/Registration/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "gtest/gtest.h"

#include <algorithm>

TEST(InitAllTest, RegistersTheDialectsX2PUses) {
  mlir::DialectRegistry registry;
  x2p::registerAllDialects(registry);
  auto names = registry.getDialectNames();
  for (llvm::StringRef name : {"onnx", "paddle", "func", "arith"})
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end())
        << "dialect '" << name.str() << "' is not registered";
}
