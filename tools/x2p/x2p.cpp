//===- x2p.cpp - the x2p converter ----------------------------------------===//
//
// The user-facing converter; everything is in lib/Driver.
//
//===----------------------------------------------------------------------===//
#include "x2p/Driver/Driver.h"

int main(int argc, char **argv) { return x2p::driverMain(argc, argv); }
