# Sourced by the bench scripts (from the repository root): compiles main and test code into $BUILD and sets CP to
# the test classpath. Load-test tools (data generators, load drivers) are test code: nothing in the production
# jar generates load-test data.
BUILD="${BUILD:-${BENCH_BUILD_DIR:-/tmp/masthead-bench-build}}"
./mvnw -q -o -Dbuild.dir="$BUILD" -Dspotless.check.skip=true test-compile
./mvnw -q -o -Dbuild.dir="$BUILD" dependency:build-classpath -Dmdep.outputFile="$BUILD/cp.txt" >/dev/null
CP="$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/cp.txt")"
