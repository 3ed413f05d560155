#!/usr/bin/env bash
# Installs the outside clients the interop and browser tests use, from the package registries,
# pinned: Debian: Apache Jena (riot), raptor (rapper), Chromium and its WebDriver (the review
# pages' test, tests/browser.rs); PyPI: pyld, rdflib, pyshacl, jsonschema and the Oxigraph
# server. Idempotent; .ci/run calls it before the tests.
set -euo pipefail

need_apt=()
command -v rapper >/dev/null 2>&1 || need_apt+=(raptor2-utils)
[ -e /usr/share/java/jena-cmds.jar ] || [ -e /usr/share/java/jena-arq.jar ] || need_apt+=(libapache-jena-java)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

python3 -m pip install --quiet --disable-pip-version-check \
  pyld==3.3.0 rdflib==7.6.0 pyshacl==0.40.1 jsonschema==4.26.0 oxigraph==0.5.13
