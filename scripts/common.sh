# Shared by scripts/demo, scripts/test, scripts/package and .ci/run: installs what the build needs on a Debian
# machine (only what is missing) and sets up the Python the generator, the emulator and the tests run under.
# NITRO_SETUP_DRY_RUN=1 prints the commands that would change the system instead of running them.

# libzip, loaded with dlopen for collection archives, is libzip4 on Debian 12 and libzip5 on Debian 13.
LIBZIP_RUNTIME=$( (. /etc/os-release 2>/dev/null && [ "${VERSION_ID:-}" = 12 ]) && echo libzip4 || echo libzip5)
APT_PACKAGES=(cmake make gcc pkg-config libcurl4-openssl-dev libcjson-dev libjq-dev check jq
              libzip-dev "$LIBZIP_RUNTIME"     # collection archives: the headers, the library
              bash-completion zsh fish mandoc  # the completion and docs tests
              openssl                          # the TLS tests' certificates
              tmux)                            # the terminal tests' screens
# .ci/run also needs these: the fuzz targets (libFuzzer) and the memcheck run.
CI_PACKAGES=(clang libclang-rt-14-dev valgrind clang-format)
# Where the distribution's own packages are new enough (Debian 13), these give a Python that qualifies.
PYTHON_APT_PACKAGES=(python3 python3-graphql-core python3-jinja2 python3-werkzeug python3-pexpect python3-joserfc)
NITRO_VENV=${NITRO_VENV:-$PWD/.venv}

setup_run() {
    if [ -n "${NITRO_SETUP_DRY_RUN:-}" ]; then
        echo "would run: $*" >&2
    else
        "$@"
    fi
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then setup_run "$@"; else setup_run sudo "$@"; fi
}

_apt_updated=""
apt_update_once() {
    [ -n "$_apt_updated" ] && return 0
    _apt_updated=1
    as_root apt-get update -qq >&2
}

ensure_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]}" >&2
        apt_update_once
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# The minimum requirements.txt states for a name (case-insensitive; "python" is its "# python>=" line).
requirement_minimum() {
    sed -n -E "s/^#?[[:space:]]*$1[[:space:]]*>=[[:space:]]*([0-9.]+)[[:space:]]*$/\1/Ip" requirements.txt
}

# Succeeds when every package of PYTHON_APT_PACKAGES has an apt candidate at least requirements.txt's minimum.
apt_python_new_enough() {
    command -v apt-cache >/dev/null 2>&1 || return 1
    local policy package candidate minimum
    policy=$(LC_ALL=C apt-cache policy "${PYTHON_APT_PACKAGES[@]}" 2>/dev/null)
    if ! grep -q '^  Candidate: [0-9]' <<<"$policy"; then
        # No package lists yet (a fresh system): read them once.
        apt_update_once
        policy=$(LC_ALL=C apt-cache policy "${PYTHON_APT_PACKAGES[@]}" 2>/dev/null)
    fi
    for package in "${PYTHON_APT_PACKAGES[@]}"; do
        candidate=$(awk -v p="$package:" '$0 == p {in_p = 1; next} /^[^ ]/ {in_p = 0}
                                          in_p && $1 == "Candidate:" {print $2}' <<<"$policy")
        minimum=$(requirement_minimum "${package#python3-}")
        [ "$package" = python3 ] && minimum=$(requirement_minimum python)
        if [ -z "$candidate" ] || [ "$candidate" = "(none)" ] ||
           ! dpkg --compare-versions "$candidate" ge "${minimum:-0}"; then
            echo "apt's $package (${candidate:-none}) is older than ${minimum:-needed} or missing" >&2
            return 1
        fi
    done
}

# Prints the interpreter that meets requirements.txt, setting one up when none does, in this order:
#   1. one that already qualifies: NITRO_PYTHON, then python3 (python3.13, .12, .11) on PATH, then .venv;
#   2. the distribution's packages, where they are new enough (Debian 13): apt-get install python3-graphql-core...;
#   3. a .venv (git-ignored; python3-venv installed if missing) with `pip install -r requirements.txt` (Debian 12).
# It prints the interpreter itself, not a version manager's shim: a shim is a separate process, so signals
# sent to it would not reach servers.
find_python() {
    local candidate
    for candidate in ${NITRO_PYTHON:-} python3 python3.13 python3.12 python3.11 "$NITRO_VENV/bin/python"; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" scripts/check_python.py >/dev/null 2>&1; then
            "$candidate" -c 'import sys; print(sys.executable)'
            return 0
        elif [ "$candidate" = "${NITRO_PYTHON:-}" ]; then
            echo "warning: NITRO_PYTHON: $("$candidate" scripts/check_python.py 2>&1 | head -n 1)" >&2
        fi
    done

    if apt_python_new_enough; then
        echo "Python: installing the distribution's packages (${PYTHON_APT_PACKAGES[*]})" >&2
        ensure_packages "${PYTHON_APT_PACKAGES[@]}"
        candidate=/usr/bin/python3
        [ -n "${NITRO_SETUP_DRY_RUN:-}" ] && { echo "$candidate"; return 0; }
        if "$candidate" scripts/check_python.py >&2; then
            echo "$candidate"
            return 0
        fi
    fi

    # A virtual environment from PyPI, made by a python3 that is new enough itself.
    local base=python3
    if ! "$base" scripts/check_python.py --only python >/dev/null 2>&1; then
        ensure_packages python3
        base=/usr/bin/python3
    fi
    if [ -z "${NITRO_SETUP_DRY_RUN:-}" ] && ! "$base" scripts/check_python.py --only python >&2; then
        echo "error: no Python >= $(requirement_minimum python) to create $NITRO_VENV with" >&2
        return 1
    fi
    # Debian's python3 lacks ensurepip, hence venv, until python3-venv is installed.
    "$base" -c 'import ensurepip, venv' >/dev/null 2>&1 || ensure_packages python3-venv
    echo "Python: creating $NITRO_VENV with the packages of requirements.txt from PyPI" >&2
    [ -x "$NITRO_VENV/bin/python" ] || setup_run "$base" -m venv "$NITRO_VENV"
    setup_run "$NITRO_VENV/bin/python" -m pip install --disable-pip-version-check -q -r requirements.txt >&2 || {
        echo "error: pip could not install requirements.txt into $NITRO_VENV (is PyPI reachable?)" >&2
        return 1
    }
    [ -n "${NITRO_SETUP_DRY_RUN:-}" ] && { echo "$NITRO_VENV/bin/python"; return 0; }
    if "$NITRO_VENV/bin/python" scripts/check_python.py >&2; then
        echo "$NITRO_VENV/bin/python"
        return 0
    fi
    echo "error: no Python meets requirements.txt (set NITRO_PYTHON to one that does)" >&2
    return 1
}
