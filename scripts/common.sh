# Shared by scripts/demo and scripts/test: installs what the build needs on a
# Debian machine (only what is missing) and finds a suitable Python.

APT_PACKAGES=(cmake make gcc pkg-config libcurl4-openssl-dev libcjson-dev libjq-dev check jq
              bash-completion zsh fish mandoc  # the completion and docs tests
              openssl)                         # the TLS tests' certificates
# .ci/run also needs these: the fuzz targets (libFuzzer) and the memcheck run.
CI_PACKAGES=(clang libclang-rt-14-dev valgrind clang-format)

ensure_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]}" >&2
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# The first python3 on PATH with graphql-core >= 3.2 (Debian 12's own package is 2.3).
find_python() {
    local candidate
    for candidate in ${NITRO_PYTHON:-} python3 python3.13 python3.12 python3.11; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" - <<'PY' 2>/dev/null; then
import sys, tomllib, jinja2, werkzeug, graphql, joserfc, pexpect
v = tuple(int(p) for p in graphql.__version__.split(".")[:2])
sys.exit(0 if sys.version_info >= (3, 11) and v >= (3, 2) else 1)
PY
            # The interpreter itself, not a version-manager shim: a shim is a
            # separate process, so signals sent to it would not reach servers.
            "$candidate" -c 'import sys; print(sys.executable)'
            return 0
        fi
    done
    echo "error: no Python >= 3.11 with graphql-core >= 3.2, Jinja2, Werkzeug, joserfc and pexpect found on PATH" \
         "(set NITRO_PYTHON)" >&2
    return 1
}
