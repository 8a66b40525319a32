//===- ONNXOpsTest.cpp - onnx ops built from C++ --------------------------===//
//
// Importers build onnx ops through the C++ API, not through the parser, so
// these tests pin what that API gives them: schema defaults for attributes
// left unset, `none` for absent optional inputs and outputs, the container
// types, folding of Constant/Identity, and verifier failures.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/ONNX/ONNXDataType.h"

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

  Location loc() { return builder.getUnknownLoc(); }

  Value constant(ArrayRef<int64_t> shape, float value) {
    auto type = RankedTensorType::get(shape, builder.getF32Type());
    auto attr = DenseElementsAttr::get(type, value);
    return ConstantOp::create(builder, loc(), type, attr);
  }

  Value none() {
    return NoValueOp::create(builder, loc(), builder.getNoneType());
  }

  /// Verifies the module and returns the first diagnostic ("" if none).
  std::string verifyMessage() {
    std::string message;
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      if (message.empty())
        message = diag.str();
      return success();
    });
    if (succeeded(mlir::verify(*module)))
      return "";
    return message;
  }

  MLIRContext context;
  OpBuilder builder;
  OwningOpRef<ModuleOp> module;
};

TEST_F(ONNXOpsTest, GemmDefaultsAreTheSchemaDefaults) {
  Value a = constant({2, 3}, 1.0f), b = constant({3, 4}, 2.0f);
  auto type = RankedTensorType::get({2, 4}, builder.getF32Type());
  // An importer passes no attribute the node does not carry.
  auto gemm = GemmOp::create(builder, loc(), type, a, b, none(), FloatAttr(),
                             FloatAttr(), IntegerAttr(), IntegerAttr());
  EXPECT_EQ(gemm.getAlpha().convertToFloat(), 1.0f);
  EXPECT_EQ(gemm.getBeta().convertToFloat(), 1.0f);
  EXPECT_EQ(gemm.getTransA(), 0);
  EXPECT_EQ(gemm.getTransB(), 0);
  EXPECT_EQ(verifyMessage(), "");
}

TEST_F(ONNXOpsTest, GeneratedDefaultsOfEveryAttributeKind) {
  Value x = constant({2, 8}, 1.0f), scale = constant({8}, 1.0f);
  auto f32x28 = RankedTensorType::get({2, 8}, builder.getF32Type());
  Type noneType = builder.getNoneType();
  // Mean and InvStdDev are optional outputs the node does not produce.
  auto norm = LayerNormalizationOp::create(
      builder, loc(), TypeRange{f32x28, noneType, noneType}, x, scale, none(),
      IntegerAttr(), FloatAttr(), IntegerAttr());
  EXPECT_EQ(norm.getAxis(), -1);
  EXPECT_EQ(norm.getEpsilon().convertToFloat(), 1e-5f);
  EXPECT_EQ(norm.getStashType(), 1);
  EXPECT_TRUE(isa<NoneType>(norm.getMean().getType()));

  // STRING and INTS defaults; an attribute without default stays absent.
  auto img = constant({1, 3, 4, 4}, 0.5f);
  auto mvn = MeanVarianceNormalizationOp::create(builder, loc(), img.getType(),
                                                 img, DenseI64ArrayAttr());
  EXPECT_EQ(mvn.getAxes(), ArrayRef<int64_t>({0, 2, 3}));
  auto resize = ResizeOp::create(
      builder, loc(), img.getType(), img, none(), none(), none(), IntegerAttr(),
      DenseI64ArrayAttr(), StringAttr(), FloatAttr(), IntegerAttr(),
      FloatAttr(), StringAttr(), StringAttr(), StringAttr());
  EXPECT_EQ(resize.getMode(), "nearest");
  EXPECT_EQ(resize.getCoordinateTransformationMode(), "half_pixel");
  EXPECT_EQ(resize.getCubicCoeffA().convertToFloat(), -0.75f);
  EXPECT_FALSE(resize.getAxes().has_value());
  EXPECT_EQ(verifyMessage(), "");
}

TEST_F(ONNXOpsTest, ContainerTypes) {
  auto tensor = UnrankedTensorType::get(builder.getF32Type());
  auto seq = SeqType::get(&context, tensor);
  auto opt = OptType::get(&context, seq);
  auto strings = RankedTensorType::get({2}, StringType::get(&context));
  std::string text;
  llvm::raw_string_ostream os(text);
  os << seq << " " << opt << " " << strings;
  EXPECT_EQ(text,
            "!onnx.Seq<tensor<*xf32>> !onnx.Opt<!onnx.Seq<tensor<*xf32>>> "
            "tensor<2x!onnx.String>");
  EXPECT_EQ(seq.getElementType(), tensor);
  EXPECT_EQ(opt.getElementType(), seq);

  // A sequence built from tensors is accepted where ONNX takes seq(T).
  Value a = constant({2}, 1.0f), b = constant({3}, 2.0f);
  auto seqOfDyn =
      SeqType::get(&context, RankedTensorType::get({ShapedType::kDynamic},
                                                   builder.getF32Type()));
  SequenceConstructOp::create(builder, loc(), seqOfDyn, ValueRange{a, b});
  EXPECT_EQ(verifyMessage(), "");
}

TEST_F(ONNXOpsTest, DataTypesMapAsTheContractSays) {
  EXPECT_EQ(getElementTypeOfDataType(&context, 1), builder.getF32Type());
  EXPECT_EQ(getElementTypeOfDataType(&context, 7), builder.getI64Type());
  EXPECT_EQ(getElementTypeOfDataType(&context, 2),
            builder.getIntegerType(8, /*isSigned=*/false));
  EXPECT_EQ(getElementTypeOfDataType(&context, 8), StringType::get(&context));
  EXPECT_EQ(getElementTypeOfDataType(&context, 9), builder.getI1Type());
  EXPECT_TRUE(isa<Float8E4M3FNType>(getElementTypeOfDataType(&context, 17)));
  EXPECT_EQ(getElementTypeOfDataType(&context, 22), builder.getIntegerType(4));
  EXPECT_FALSE(getElementTypeOfDataType(&context, 0));
  EXPECT_FALSE(getElementTypeOfDataType(&context, 27));
}

TEST_F(ONNXOpsTest, GemmRejectsMismatchedContraction) {
  Value a = constant({2, 3}, 1.0f), b = constant({5, 4}, 2.0f);
  auto type = RankedTensorType::get({2, 4}, builder.getF32Type());
  Value c = constant({4}, 0.0f);
  GemmOp::create(builder, loc(), type, a, b, c, FloatAttr(), FloatAttr(),
                 IntegerAttr(), IntegerAttr());
  EXPECT_NE(verifyMessage().find("contraction dims differ: A' has 3, B' has 5"),
            std::string::npos);
}

TEST_F(ONNXOpsTest, AxisRangeIsCheckedAgainstTheInputRank) {
  Value a = constant({2, 3}, 1.0f);
  auto type = RankedTensorType::get({4, 3}, builder.getF32Type());
  auto concat =
      ConcatOp::create(builder, loc(), type, ValueRange{a, a},
                       builder.getIntegerAttr(
                           builder.getIntegerType(64, /*isSigned=*/true), -2));
  EXPECT_EQ(verifyMessage(), "");
  concat.setAxis(2);
  EXPECT_NE(verifyMessage().find("axis 2 is out of range for rank 2"),
            std::string::npos);
}

TEST_F(ONNXOpsTest, IfRegionsEndInYield) {
  auto cond = RankedTensorType::get({}, builder.getI1Type());
  Value c = ConstantOp::create(builder, loc(), cond,
                               DenseElementsAttr::get(cond, true));
  Value x = constant({2}, 1.0f);
  auto ifOp = IfOp::create(builder, loc(), TypeRange{x.getType()}, c);
  for (Region *region : {&ifOp.getThenBranch(), &ifOp.getElseBranch()}) {
    OpBuilder::InsertionGuard guard(builder);
    builder.createBlock(region);
    YieldOp::create(builder, loc(), ValueRange{x});
  }
  EXPECT_EQ(verifyMessage(), "");
  // A branch that yields nothing does not produce the op's result.
  ifOp.getElseBranch().front().getTerminator()->setOperands({});
  EXPECT_NE(verifyMessage().find("region 'else_branch' yields 0 values, "
                                 "expected 1"),
            std::string::npos);
}

TEST_F(ONNXOpsTest, IdentityFoldsToItsInput) {
  Value x = constant({2}, 3.0f);
  auto identity = IdentityOp::create(builder, loc(), x);
  SmallVector<OpFoldResult> results;
  ASSERT_TRUE(succeeded(identity->fold(results)));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(dyn_cast<Value>(results[0]), x);
}

TEST_F(ONNXOpsTest, ConstantMaterializesAsONNXConstant) {
  auto type = RankedTensorType::get({2}, builder.getF32Type());
  auto attr = DenseElementsAttr::get(type, 1.5f);
  Dialect *dialect = context.getLoadedDialect<ONNXDialect>();
  Operation *op = dialect->materializeConstant(builder, attr, type, loc());
  ASSERT_NE(op, nullptr);
  EXPECT_TRUE(isa<ConstantOp>(op));
  // A value of another type cannot be materialized as-is.
  auto other = RankedTensorType::get({1, 2}, builder.getF32Type());
  EXPECT_EQ(dialect->materializeConstant(builder, attr, other, loc()), nullptr);
}

} // namespace
