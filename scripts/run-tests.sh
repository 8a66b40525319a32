#!/usr/bin/env bash
#===- run-tests.sh - build x2p and run every test -------------------------===#
#
# On a fresh machine: installs what is missing, builds everything, and runs
# ctest, which holds the lit suite (x2p-lit) and every GoogleTest case.
#
#===----------------------------------------------------------------------===#
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${X2P_BUILD_DIR:-$root/build}
"$root/scripts/bootstrap.sh"
# The model tests' environment (Debian torch + transformers): the e2e model
# runs in test/e2e/models.test need it.
"$root/test/models/setup_env.sh"
"$root/scripts/build.sh" all docs
# The importer's libFuzzer target builds (clang) and replays its seeds.
"$root/scripts/build-fuzz.sh"
cd "$build"
ctest --output-on-failure -j "$(nproc)"
