//===- ParamsReaderTest.cpp - reading save_combine records ----------------===//
//
// --import-paddle reads the params the exporter writes (and Paddle's
// save_combine): the reader must give back what the writer wrote, and
// reject every damaged file with a message instead of reading past its end.
//
//===----------------------------------------------------------------------===//
#include "ParamsReader.h"

#include "x2p/Export/Paddle/ParamsWriter.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"

#include <cstring>

using namespace mlir;
using namespace x2p;

namespace {

constexpr int kFP32 = 5, kINT64 = 3;

/// The params file the exporter writes for `tensors`, in order.
std::string paramsFile(ArrayRef<std::pair<int, DenseElementsAttr>> tensors) {
  std::string bytes, error;
  llvm::raw_string_ostream os(bytes);
  for (auto [varType, data] : tensors) {
    paddle_export::writeRecordHeader(os, varType, data.getType().getShape());
    EXPECT_TRUE(succeeded(paddle_export::writeTensorData(os, data, error)))
        << error;
  }
  return bytes;
}

TEST(ParamsReaderTest, ReadsWhatTheWriterWrites) {
  MLIRContext context;
  Builder b(&context);
  auto type = RankedTensorType::get({2, 2}, b.getF32Type());
  std::string bytes = paramsFile(
      {{kFP32, DenseElementsAttr::get(type, ArrayRef<float>{1, 2, 3, 4})},
       {kINT64, DenseElementsAttr::get(
                    RankedTensorType::get({1}, b.getI64Type()), int64_t(-5))}});
  paddle_import::ParamsReader reader(bytes);
  paddle_import::ParamsRecord a, c;
  std::string error;
  ASSERT_TRUE(reader.next("a", a, error)) << error;
  EXPECT_EQ(a.dataType, kFP32);
  EXPECT_EQ(a.dims, (SmallVector<int64_t>{2, 2}));
  ASSERT_EQ(a.data.size(), 16u);
  float third;
  memcpy(&third, a.data.data() + 8, 4);
  EXPECT_EQ(third, 3.0f);
  ASSERT_TRUE(reader.next("c", c, error)) << error;
  EXPECT_EQ(c.dataType, kINT64);
  EXPECT_TRUE(reader.atEnd());
  EXPECT_FALSE(reader.next("d", c, error));
  EXPECT_NE(error.find("ends before it"), std::string::npos) << error;
}

TEST(ParamsReaderTest, RejectsDamage) {
  MLIRContext context;
  Builder b(&context);
  auto type = RankedTensorType::get({4}, b.getF32Type());
  std::string good = paramsFile(
      {{kFP32, DenseElementsAttr::get(type, ArrayRef<float>{1, 2, 3, 4})}});
  auto errorOf = [](std::string bytes) {
    paddle_import::ParamsReader reader(bytes);
    paddle_import::ParamsRecord r;
    std::string error;
    EXPECT_FALSE(reader.next("w", r, error));
    return error;
  };
  // Every truncation point is an error, never a read past the end.
  for (size_t n = 0; n < good.size(); ++n)
    EXPECT_FALSE(errorOf(good.substr(0, n)).empty()) << "truncated at " << n;
  std::string version = good;
  version[0] = 1;
  EXPECT_NE(errorOf(version).find("record version 1"), std::string::npos);
  std::string tensorVersion = good;
  tensorVersion[12] = 2;
  EXPECT_NE(errorOf(tensorVersion).find("tensor version 2"), std::string::npos);
  std::string dtype = good;
  dtype[21] = 32; // FP8_E4M3FN
  EXPECT_NE(errorOf(dtype).find("unsupported data type FP8_E4M3FN"),
            std::string::npos);
}

} // namespace
