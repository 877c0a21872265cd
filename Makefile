# newsgraph: common tasks. `make build` builds build/newsgraph; `make test` runs the tests;
# `make check` runs them in Release and under ASan+UBSan; `make demo` runs the main job.
JOBS ?= $(shell nproc)
BUILD ?= build
EXAMPLE ?= examples/scraped-article.txt

.PHONY: build test asan tsan check demo bench fuzz format clean

build:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan:
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# ThreadSanitizer (build-tsan/): two threads sharing one Pipeline on different real articles;
# the thread pool; ingest's extraction workers and writer (test_store).
tsan:
	@cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_TSAN=ON -DNEWSGRAPH_BENCH=OFF >/dev/null
	@cmake --build build-tsan -j $(JOBS) --target test_pipeline test_util test_store
	cd build-tsan && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" ./test_pipeline
	cd build-tsan && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" ./test_util
	cd build-tsan && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" ./test_store

check: test asan tsan

demo: build
	$(BUILD)/newsgraph repair --highlight $(EXAMPLE)
	$(BUILD)/newsgraph extract --summary $(EXAMPLE)

bench: build
	$(BUILD)/repair_bench
	$(BUILD)/segment_bench
	$(BUILD)/ner_bench
	$(BUILD)/extract_bench
	$(BUILD)/article_bench

fuzz:
	@CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_FUZZ=ON >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	@mkdir -p build-fuzz/corpus-repair build-fuzz/corpus-segment
	build-fuzz/repair_fuzz -max_total_time=$${FUZZ_SECONDS:-120} -max_len=4096 -timeout=10 build-fuzz/corpus-repair examples
	build-fuzz/segment_fuzz -max_total_time=$${FUZZ_SECONDS:-120} -max_len=4096 -timeout=10 build-fuzz/corpus-segment examples
	@mkdir -p build-fuzz/corpus-extract
	build-fuzz/extract_fuzz -max_total_time=$${FUZZ_SECONDS:-120} -max_len=4096 -timeout=10 build-fuzz/corpus-extract examples
	@mkdir -p build-fuzz/corpus-jsonl build-fuzz/corpus-cli
	build-fuzz/jsonl_fuzz -max_total_time=$${FUZZ_SECONDS:-120} -max_len=4096 -timeout=10 build-fuzz/corpus-jsonl tests/cli/data
	build-fuzz/cli_args_fuzz -max_total_time=$${FUZZ_SECONDS:-120} -max_len=512 -timeout=10 -close_fd_mask=3 -dict=fuzz/cli_args.dict build-fuzz/corpus-cli

	@mkdir -p build-fuzz/corpus-html build-fuzz/corpus-warc
	build-fuzz/html_fuzz -max_total_time=$${FUZZ_SECONDS:-120} -max_len=65536 -timeout=10 build-fuzz/corpus-html fuzz/seeds/web
	build-fuzz/warc_fuzz -max_total_time=$${FUZZ_SECONDS:-120} -max_len=65536 -timeout=10 build-fuzz/corpus-warc fuzz/seeds/web

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf build build-asan build-tsan build-fuzz
