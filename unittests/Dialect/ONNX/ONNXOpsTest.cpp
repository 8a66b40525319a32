//===- ONNXOpsTest.cpp - onnx ops built from C++ --------------------------===//
//
// Importers build onnx ops through the C++ API, not through the parser, so
// these tests pin what that API gives them: schema defaults for attributes
// left unset, folding of Constant/Identity, and verifier failures.
//
//===----------------------------------------------------------------------===//
#include "dialects/ONNX/ONNXOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace x2p::ONNX;

namespace {

class ONNXOpsTest : public ::testing::Test {
protected:
  ONNXOpsTest() : builder(&context) {
    context.loadDialect<ONNXDialect>();
    module = ModuleOp::create(builder.getUnknownLoc());
    builder.setInsertionPointToEnd(module->getBody());
  }

  Value constant(ArrayRef<int64_t> shape, float value) {
    auto type = RankedTensorType::get(shape, builder.getF32Type());
    auto attr = DenseElementsAttr::get(type, value);
    return ConstantOp::create(builder, builder.getUnknownLoc(), type, attr);
  }

  MLIRContext context;
  OpBuilder builder;
  OwningOpRef<ModuleOp> module;
};

TEST_F(ONNXOpsTest, GemmDefaultsAreTheSchemaDefaults) {
  Value a = constant({2, 3}, 1.0f), b = constant({3, 4}, 2.0f);
  Value none = NoValueOp::create(builder, builder.getUnknownLoc(),
                                 builder.getNoneType());
  auto type = RankedTensorType::get({2, 4}, builder.getF32Type());
  // An importer passes no attribute the node does not carry.
  auto gemm =
      GemmOp::create(builder, builder.getUnknownLoc(), type, a, b, none,
                     FloatAttr(), FloatAttr(), IntegerAttr(), IntegerAttr());
  EXPECT_EQ(gemm.getAlpha().convertToFloat(), 1.0f);
  EXPECT_EQ(gemm.getBeta().convertToFloat(), 1.0f);
  EXPECT_EQ(gemm.getTransA(), 0);
  EXPECT_EQ(gemm.getTransB(), 0);
  EXPECT_TRUE(succeeded(mlir::verify(*module)));
}

TEST_F(ONNXOpsTest, GemmRejectsMismatchedContraction) {
  Value a = constant({2, 3}, 1.0f), b = constant({5, 4}, 2.0f);
  auto type = RankedTensorType::get({2, 4}, builder.getF32Type());
  Value c = constant({4}, 0.0f);
  GemmOp::create(builder, builder.getUnknownLoc(), type, a, b, c, FloatAttr(),
                 FloatAttr(), IntegerAttr(), IntegerAttr());
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  EXPECT_TRUE(failed(mlir::verify(*module)));
  EXPECT_NE(message.find("contraction dims differ: A' has 3, B' has 5"),
            std::string::npos)
      << message;
}

TEST_F(ONNXOpsTest, IdentityFoldsToItsInput) {
  Value x = constant({2}, 3.0f);
  auto identity = IdentityOp::create(builder, builder.getUnknownLoc(), x);
  SmallVector<OpFoldResult> results;
  ASSERT_TRUE(succeeded(identity->fold(results)));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(dyn_cast<Value>(results[0]), x);
}

TEST_F(ONNXOpsTest, ConstantMaterializesAsONNXConstant) {
  auto type = RankedTensorType::get({2}, builder.getF32Type());
  auto attr = DenseElementsAttr::get(type, 1.5f);
  Dialect *dialect = context.getLoadedDialect<ONNXDialect>();
  Operation *op = dialect->materializeConstant(builder, attr, type,
                                               builder.getUnknownLoc());
  ASSERT_NE(op, nullptr);
  EXPECT_TRUE(isa<ConstantOp>(op));
  // A value of another type cannot be materialized as-is.
  auto other = RankedTensorType::get({1, 2}, builder.getF32Type());
  EXPECT_EQ(dialect->materializeConstant(builder, attr, other,
                                         builder.getUnknownLoc()),
            nullptr);
}

} // namespace
