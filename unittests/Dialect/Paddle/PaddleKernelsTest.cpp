//===- PaddleKernelsTest.cpp - the kernel-type table's C++ API ------------===//
//
// The ONNX conversion reads each paddle op's CPU kernel types through
// PaddleKernels.h; these tests pin the table generated from the ODS sets
// (a few probed facts of Paddle 3.3.1) and what "no set" means.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleKernels.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace x2p::Paddle;

namespace {

TEST(PaddleKernelsTest, BitsOfElementTypes) {
  MLIRContext context;
  Builder b(&context);
  EXPECT_EQ(kernelTypeOf(b.getI1Type()), kBool);
  EXPECT_EQ(kernelTypeOf(IntegerType::get(&context, 8, IntegerType::Unsigned)),
            kU8);
  EXPECT_EQ(kernelTypeOf(b.getI8Type()), kI8);
  EXPECT_EQ(kernelTypeOf(b.getI16Type()), kI16);
  EXPECT_EQ(kernelTypeOf(b.getI32Type()), kI32);
  EXPECT_EQ(kernelTypeOf(b.getI64Type()), kI64);
  EXPECT_EQ(kernelTypeOf(b.getF16Type()), kF16);
  EXPECT_EQ(kernelTypeOf(b.getBF16Type()), kBF16);
  EXPECT_EQ(kernelTypeOf(b.getF32Type()), kF32);
  EXPECT_EQ(kernelTypeOf(b.getF64Type()), kF64);
  EXPECT_EQ(kernelTypeOf(b.getIntegerType(4)), 0u);
  EXPECT_EQ(kernelTypeOf(b.getF80Type()), 0u);
}

TEST(PaddleKernelsTest, SetsOfOps) {
  EXPECT_EQ(cpuKernelTypes<SinOp>(), kF32 | kF64);
  EXPECT_EQ(cpuKernelTypes(ElementwiseSubOp::getOperationName()),
            kI16 | kI32 | kI64 | kF32 | kF64);
  // gather takes bfloat16 (probed), unlike gather_nd's recorded set.
  EXPECT_TRUE(cpuKernelTypes<GatherOp>() & kBF16);
  EXPECT_FALSE(cpuKernelTypes<GatherNdOp>() & kBF16);
  EXPECT_EQ(cpuKernelTypes<LeakyReluOp>(), kF32 | kF64);
  EXPECT_EQ(cpuKernelTypes<EluOp>(), kF32 | kF64);
  EXPECT_EQ(cpuKernelTypes<SeluOp>(), kF32 | kF64);
  // No set recorded: every type.
  EXPECT_EQ(cpuKernelTypes<ConcatOp>(), kAnyKernelType);
  EXPECT_EQ(cpuKernelTypes("paddle.no_such_op"), kAnyKernelType);
}

TEST(PaddleKernelsTest, HasCpuKernel) {
  MLIRContext context;
  Builder b(&context);
  EXPECT_TRUE(hasCpuKernel("paddle.where", b.getI1Type()));
  EXPECT_FALSE(hasCpuKernel("paddle.where", b.getF16Type()));
  EXPECT_FALSE(hasCpuKernel("paddle.tile", b.getBF16Type()));
  EXPECT_TRUE(hasCpuKernel("paddle.concat", b.getF16Type()));
  EXPECT_FALSE(hasCpuKernel("paddle.concat", b.getIntegerType(4)));
}

TEST(PaddleKernelsTest, Names) {
  EXPECT_EQ(kernelTypeNames(kF32 | kF64), "float32, float64");
  EXPECT_EQ(kernelTypeNames(kBool | kBF16), "bool, bfloat16");
  EXPECT_EQ(kernelTypeNames(0), "");
}

} // namespace
