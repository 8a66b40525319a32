//===- PaddleOpsTest.cpp - paddle ops built from C++ ----------------------===//
//
// The ONNX-to-Paddle conversion and the ProgramDesc importer build paddle
// ops through the C++ API; these tests pin the OpDesc defaults it fills in
// and the run-time checks the verifiers bring forward to compile time.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace x2p::Paddle;

namespace {

class PaddleOpsTest : public ::testing::Test {
protected:
  PaddleOpsTest() : builder(&context) {
    context.loadDialect<PaddleDialect>();
    module = ModuleOp::create(builder.getUnknownLoc());
    builder.setInsertionPointToEnd(module->getBody());
  }

  RankedTensorType f32(ArrayRef<int64_t> shape) {
    return RankedTensorType::get(shape, builder.getF32Type());
  }

  Value parameter(StringRef name, ArrayRef<int64_t> shape) {
    auto attr = DenseElementsAttr::get(f32(shape), 0.5f);
    return ParameterOp::create(builder, builder.getUnknownLoc(), f32(shape),
                               name, attr);
  }

  /// Verifies the module and returns the first diagnostic, or "" on success.
  std::string verifyMessage() {
    std::string message;
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      if (message.empty())
        message = diag.str();
      return success();
    });
    if (succeeded(mlir::verify(*module)))
      return "";
    return message.empty() ? "failed without a message" : message;
  }

  MLIRContext context;
  OpBuilder builder;
  OwningOpRef<ModuleOp> module;
};

TEST_F(PaddleOpsTest, OpDescDefaults) {
  Value x = parameter("x", {2, 3}), y = parameter("y", {3, 4});
  auto mm =
      MatmulV2Op::create(builder, builder.getUnknownLoc(), f32({2, 4}), x, y);
  EXPECT_FALSE(mm.getTransX());
  EXPECT_FALSE(mm.getTransY());
  auto add = ElementwiseAddOp::create(builder, builder.getUnknownLoc(),
                                      f32({2, 4}), mm, parameter("b", {4}));
  EXPECT_EQ(add.getAxis(), -1);
  EXPECT_EQ(verifyMessage(), "");
}

TEST_F(PaddleOpsTest, LayerNormChecksBeginNormAxisAndScale) {
  Value x = parameter("x", {2, 8, 16});
  auto norm = LayerNormOp::create(
      builder, builder.getUnknownLoc(),
      TypeRange{f32({2, 8, 16}), f32({16}), f32({16})}, x,
      parameter("scale", {16}), parameter("bias", {16}),
      builder.getF32FloatAttr(1e-5f), builder.getSI32IntegerAttr(2));
  EXPECT_EQ(verifyMessage(), "");

  norm.setBeginNormAxis(3);
  EXPECT_NE(verifyMessage().find("begin_norm_axis 3 must be in [1, 3)"),
            std::string::npos);

  norm.setBeginNormAxis(1); // normalizes 8 * 16 = 128 elements
  EXPECT_NE(verifyMessage().find("must hold 128 elements"), std::string::npos)
      << verifyMessage();
}

TEST_F(PaddleOpsTest, Reshape2ShapeRules) {
  Value x = parameter("x", {2, 3, 4});
  auto reshape = Reshape2Op::create(
      builder, builder.getUnknownLoc(),
      TypeRange{f32({6, 4}), f32({0, 2, 3, 4})}, x, /*Shape_=*/Value(),
      /*ShapeTensor=*/ValueRange{}, builder.getDenseI32ArrayAttr({-1, 4}));
  EXPECT_EQ(verifyMessage(), "");

  reshape.setShape(ArrayRef<int32_t>{-1, -1});
  EXPECT_NE(verifyMessage().find("at most one -1"), std::string::npos);

  reshape.setShape(ArrayRef<int32_t>{6, 2, 2});
  EXPECT_NE(verifyMessage().find("result rank 2 differs"), std::string::npos);
}

TEST_F(PaddleOpsTest, VarTypeCodesMapToElementTypes) {
  for (int32_t code : {0, 1, 2, 3, 4, 5, 6, 20, 21, 22}) {
    Type type = elementTypeOf(code, &context);
    ASSERT_TRUE(type) << code;
    EXPECT_EQ(varTypeCodeOf(type), code);
  }
  EXPECT_FALSE(elementTypeOf(7, &context)); // LOD_TENSOR is not a dtype
  EXPECT_TRUE(elementTypeOf(20, &context).isUnsignedInteger(8));
  EXPECT_EQ(varTypeCodeOf(builder.getIntegerType(8, /*isSigned=*/true)),
            std::nullopt);
}

TEST_F(PaddleOpsTest, ProgramDescVarTypesAreASupersetOfTheDialects) {
  // The dialect's tensors: the same codes both ways.
  for (int32_t code : {0, 1, 2, 3, 4, 5, 6, 20, 21, 22})
    EXPECT_EQ(fromVarType(code, &context), elementTypeOf(code, &context));
  // complex64/128 and uint16/32/64: ProgramDesc vars may have them, the
  // dialect's ops take no such tensors.
  for (int32_t code : {23, 24, 36, 37, 38}) {
    Type type = fromVarType(code, &context);
    ASSERT_TRUE(type) << code;
    EXPECT_EQ(toVarType(type), code);
    EXPECT_FALSE(elementTypeOf(code, &context));
    EXPECT_EQ(varTypeCodeOf(type), std::nullopt);
  }
  // Signed integers are Paddle's signed types in a ProgramDesc.
  EXPECT_EQ(toVarType(builder.getIntegerType(32, /*isSigned=*/true)), 2);
  EXPECT_EQ(varTypeByteWidth(24), 16u);
  EXPECT_STREQ(varTypeName(5), "FP32");
  EXPECT_STREQ(varTypeName(7), "an unknown type");
}

TEST_F(PaddleOpsTest, CastAndFillConstantCheckDtypeCodes) {
  Value x = parameter("x", {2, 3});
  auto cast = CastOp::create(
      builder, builder.getUnknownLoc(),
      RankedTensorType::get({2, 3}, builder.getI64Type()), x,
      builder.getSI32IntegerAttr(5), builder.getSI32IntegerAttr(3));
  EXPECT_EQ(verifyMessage(), "");
  cast.setOutDtype(2);
  EXPECT_NE(verifyMessage().find("out_dtype 2 names 'i32'"), std::string::npos)
      << verifyMessage();
  cast->erase();

  auto fill = FillConstantOp::create(
      builder, builder.getUnknownLoc(), f32({2, 3}), Value(), Value(),
      ValueRange{}, builder.getSI32IntegerAttr(5),
      builder.getDenseI64ArrayAttr({2, 3}), builder.getF32FloatAttr(1.0f),
      builder.getStringAttr(""));
  EXPECT_EQ(fill.getDtype(), 5);
  EXPECT_EQ(verifyMessage(), "");
}

TEST_F(PaddleOpsTest, SplitSectionsMustSumToTheDim) {
  Value x = parameter("x", {2, 6});
  auto split = SplitOp::create(
      builder, builder.getUnknownLoc(), TypeRange{f32({2, 2}), f32({2, 4})}, x,
      /*AxisTensor=*/Value(), /*SectionsTensorList=*/ValueRange{},
      builder.getDenseI32ArrayAttr({2, -1}), builder.getSI32IntegerAttr(0),
      builder.getSI32IntegerAttr(1));
  EXPECT_EQ(verifyMessage(), "");
  split.setSections(ArrayRef<int32_t>{2, 3});
  EXPECT_NE(verifyMessage().find("'sections' sum to 5, but dim 1 of X is 6"),
            std::string::npos)
      << verifyMessage();
}

TEST_F(PaddleOpsTest, Transpose2NeedsAPermutation) {
  Value x = parameter("x", {2, 3, 4});
  auto transpose =
      Transpose2Op::create(builder, builder.getUnknownLoc(),
                           TypeRange{f32({4, 2, 3}), f32({0, 2, 3, 4})}, x,
                           builder.getDenseI32ArrayAttr({2, 0, 1}));
  EXPECT_EQ(verifyMessage(), "");
  transpose.setAxis(ArrayRef<int32_t>{2, 0, 2});
  EXPECT_NE(verifyMessage().find("not a permutation"), std::string::npos);
}

TEST_F(PaddleOpsTest, ParameterNeedsAName) {
  parameter("", {1});
  EXPECT_NE(verifyMessage().find("name must not be empty"), std::string::npos);
}

} // namespace
