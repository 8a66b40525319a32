//===- VarNamesTest.cpp - Paddle variable naming --------------------------===//
//
// Var names must be unique, deterministic and Paddle-safe whatever the
// source model calls its tensors.
//
//===----------------------------------------------------------------------===//
#include "x2p/Support/VarNames.h"

#include "gtest/gtest.h"

using x2p::VarNamer;

TEST(VarNamesTest, KeepsSourceNames) {
  VarNamer namer;
  EXPECT_EQ(namer.unique("/encoder/layer.0/attention/MatMul"),
            "/encoder/layer.0/attention/MatMul");
  EXPECT_EQ(namer.unique("input-ids"), "input-ids");
}

TEST(VarNamesTest, SanitisesAndFallsBack) {
  VarNamer namer;
  EXPECT_EQ(namer.unique("x@GRAD"), "x_GRAD");
  EXPECT_EQ(namer.unique("a b:c"), "a_b_c");
  EXPECT_EQ(namer.unique("", "output_0"), "output_0");
}

TEST(VarNamesTest, UniqueInOrder) {
  VarNamer namer;
  EXPECT_EQ(namer.unique("feed"), "feed_1"); // reserved for the feed holder
  EXPECT_EQ(namer.unique("t"), "t");
  EXPECT_EQ(namer.unique("t"), "t_1");
  EXPECT_EQ(namer.unique("t_1"), "t_1_1");
  EXPECT_EQ(namer.unique("t"), "t_2");
}
