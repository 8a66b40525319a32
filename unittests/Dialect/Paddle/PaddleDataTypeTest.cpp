//===- PaddleDataTypeTest.cpp - MLIR element types and Paddle VarTypes ----===//
//
// The exporter writes VarDescs and params with toVarType, the importer reads
// them back with fromVarType: a code that does not survive the round trip
// changes a model's dtypes silently. The numbers are framework.proto's
// (test/ProgramDesc/framework-proto.test holds them against Paddle).
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleDataType.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"

#include <string>

using namespace mlir;
using namespace x2p::Paddle;

namespace {

/// Every tensor element type Paddle has, with its VarType.Type and width.
struct Expected {
  int code;
  const char *name;
  unsigned bytes;
};
constexpr Expected kTensorTypes[] = {
    {0, "BOOL", 1},    {1, "INT16", 2},      {2, "INT32", 4},
    {3, "INT64", 8},   {4, "FP16", 2},       {5, "FP32", 4},
    {6, "FP64", 8},    {20, "UINT8", 1},     {21, "INT8", 1},
    {22, "BF16", 2},   {23, "COMPLEX64", 8}, {24, "COMPLEX128", 16},
    {36, "UINT16", 2}, {37, "UINT32", 4},    {38, "UINT64", 8},
};

std::string str(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << type;
  return s;
}

TEST(DataTypeTest, EveryTensorTypeRoundTrips) {
  MLIRContext context;
  for (const Expected &e : kTensorTypes) {
    SCOPED_TRACE(e.name);
    Type type = fromVarType(e.code, &context);
    ASSERT_TRUE(type);
    EXPECT_EQ(toVarType(type), e.code);
    EXPECT_STREQ(varTypeName(e.code), e.name);
    EXPECT_EQ(varTypeByteWidth(e.code), e.bytes);
  }
}

TEST(DataTypeTest, CodesNameTheRightTypes) {
  MLIRContext context;
  Builder b(&context);
  // Paddle's signed integers import as signless, its unsigned as unsigned.
  EXPECT_EQ(fromVarType(0, &context), b.getI1Type());
  EXPECT_EQ(fromVarType(21, &context), b.getIntegerType(8));
  EXPECT_EQ(fromVarType(3, &context), b.getI64Type());
  EXPECT_EQ(fromVarType(20, &context), b.getIntegerType(8, false));
  EXPECT_EQ(fromVarType(38, &context), b.getIntegerType(64, false));
  EXPECT_EQ(fromVarType(4, &context), b.getF16Type());
  EXPECT_EQ(fromVarType(22, &context), b.getBF16Type());
  EXPECT_EQ(fromVarType(24, &context), ComplexType::get(b.getF64Type()));
}

TEST(DataTypeTest, SignedIntegersExportAsPaddlesSignedTypes) {
  MLIRContext context;
  Builder b(&context);
  for (unsigned width : {8u, 16u, 32u, 64u}) {
    SCOPED_TRACE(width);
    EXPECT_EQ(toVarType(b.getIntegerType(width, /*isSigned=*/true)),
              toVarType(b.getIntegerType(width)));
  }
  EXPECT_EQ(toVarType(b.getIntegerType(32, /*isSigned=*/true)), 2);
}

TEST(DataTypeTest, TypesPaddleLacksHaveNoCode) {
  MLIRContext context;
  Builder b(&context);
  for (Type type :
       {Type(b.getIntegerType(4)), Type(b.getIntegerType(128)),
        Type(b.getIntegerType(4, /*isSigned=*/false)), Type(b.getIndexType()),
        Type(b.getType<Float8E4M3FNType>()), Type(b.getF80Type()),
        Type(ComplexType::get(b.getF16Type())),
        Type(ComplexType::get(b.getI32Type()))}) {
    SCOPED_TRACE(str(type));
    EXPECT_EQ(toVarType(type), std::nullopt);
  }
}

TEST(DataTypeTest, NonTensorCodesHaveNoElementType) {
  MLIRContext context;
  // LOD_TENSOR (7), SIZE_T (19), STRING (25), FP8_E4M3FN (32), and codes
  // framework.proto does not have.
  for (int code : {7, 19, 25, 32, 33, -1, 99}) {
    SCOPED_TRACE(code);
    EXPECT_FALSE(fromVarType(code, &context));
    EXPECT_EQ(varTypeByteWidth(code), 0u);
  }
  // Messages still name the types Paddle has but x2p does not convert.
  EXPECT_STREQ(varTypeName(25), "STRING");
  EXPECT_STREQ(varTypeName(33), "FP8_E5M2");
  EXPECT_STREQ(varTypeName(99), "an unknown type");
}

} // namespace
