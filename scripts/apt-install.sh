#===- apt-install.sh - install missing Debian packages (sourced) ---------===#
#
# Shared by scripts/bootstrap.sh and test/models/setup_env.sh: both need the
# same "install what is missing, with root or sudo, fail loudly naming the
# package" step. Source it after defining say() and die(), then call
#   apt_install_missing PACKAGE...
# It installs nothing when every package is present, tries the current
# package lists first and runs apt-get update only if that fails.
#
#===----------------------------------------------------------------------===#

apt_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

apt_install_missing() {
  local missing=() p
  for p in "$@"; do
    apt_installed "$p" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages present ($*)"
    return 0
  fi
  say "installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  local log
  log=$(mktemp -t x2p-apt.XXXXXX)
  if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" \
       > "$log" 2>&1; then
    say "apt-get install failed with the current package lists; running apt-get update"
    "${sudo[@]}" apt-get update -q > "$log" 2>&1 \
      || { tail -n 20 "$log" >&2; die "apt-get update failed; cannot install: ${missing[*]}"; }
    if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" \
         > "$log" 2>&1; then
      tail -n 20 "$log" >&2
      die "apt-get could not install: ${missing[*]} (full log: $log)"
    fi
  fi
  rm -f "$log"
  for p in "${missing[@]}"; do
    apt_installed "$p" || die "package '$p' is still not installed after apt-get"
  done
}
