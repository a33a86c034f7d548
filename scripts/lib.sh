# Shared by scripts/run and scripts/test: package installation and the build, kept idempotent and quiet when
# everything is already in place.
set -euo pipefail

SPF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian packages for building and running the app. qt6-translations-l10n: Qt's own texts (standard buttons, file
# dialogs) in German and French, loaded beside the app's translation.
SPF_BUILD_PACKAGES=(cmake ninja-build g++ pkgconf qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
                    libldns-dev libgl-dev fonts-dejavu-core qt6-translations-l10n)
# Extra packages for the test suite: real DNS servers and tools the tests drive.
SPF_TEST_PACKAGES=(nsd bind9 bind9-utils bind9-dnsutils ldnsutils python3 xauth)
# The package test: building and judging the .deb (tests/package).
SPF_TEST_PACKAGES+=(dpkg-dev file lintian appstream desktop-file-utils shared-mime-info binutils)

# libFuzzer and the clang sanitizer runtimes, for scripts/fuzz; llvm-14 has llvm-symbolizer, without which a finding's
# stack trace shows bare addresses.
SPF_FUZZ_PACKAGES=(clang libclang-rt-14-dev llvm-14)

spf_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs whichever of the given packages are missing, as root or through sudo.
spf_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    spf_log "Installing missing Debian packages: ${missing[*]}"
    local as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: packages missing (${missing[*]}) and not root without sudo; install them and rerun" >&2
            exit 1
        fi
        as_root=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Package lists may be absent on a fresh machine; refresh them once before installing.
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures (once) and builds a preset, or only the given targets of it. Args: preset name [target...].
spf_build() {
    local preset="$1"
    shift
    local only=()
    if [ $# -gt 0 ]; then only=(--target "$@"); fi
    cd "$SPF_ROOT"
    local dir="build/$preset"
    if [ ! -f "$dir/build.ninja" ]; then
        spf_log "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    spf_log "Building ($preset)"
    cmake --build --preset "$preset" "${only[@]}" -- -k 0
}
