/**
 * Load-test data: {@code --masthead.bench.generate-articles=N} bulk-inserts N published articles (Chinese text
 * recombined from the demo articles written for this project, spread over every channel, with bylines, tags,
 * lead pictures, series parts and print placements) and exits. Off unless asked for; used by the benchmark
 * scripts under {@code bench/}.
 */
package com.masthead.benchdata;
