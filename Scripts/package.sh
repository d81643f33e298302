#!/usr/bin/env bash
# Builds the release a person without Swift installs (issue 25 §1):
#   dist/planner-VERSION-linux-ARCH.tar.gz  the binary, man page, completions, example profiles
#   dist/planner_VERSION_DEBARCH.deb        /usr/bin/planner, the man page, the completions
# The Swift runtime and Foundation are linked in (--static-swift-stdlib), and so are libical, the
# ICU it calls and libxml2 (FoundationXML, used by PlannerCalDAV): their .a files come from
# libical-dev, libicu-dev and libxml2-dev. libcurl (FoundationNetworking, `planner sync`) has no
# static library in Debian, so it stays shared: the package Depends on libcurl4 (libcurl4t64 on
# Ubuntu 24.04), which apt installs. The rules pack is compiled in (Plugins/EmbedRules).
# VERSION is what the built binary's --version says (Sources/planner/Edges/VersionText.swift).
# Usage: bash Scripts/package.sh [--skip-build]   (Tests/package/fresh-root.sh installs the .deb)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-package
static_libs=$scratch/static-libs
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
deb_arch=$(dpkg --print-architecture)
arch=$(uname -m)

# A folder holding only the .a files, and a libical.pc naming it: SwiftPM puts the pkg-config
# flags of CLibical (Sources/CLibical/module.modulemap, pkgConfig "libical") first on the link
# line, so with this folder there `-lical`, `-lxml2` (FoundationXML) and the rest resolve to the
# static libraries. The Cflags are Debian's, so the compiled objects stay the same.
mkdir -p "$static_libs" "$scratch/pkgconfig"
for lib in ical icalss icalvcal icui18n icuuc icudata xml2 lzma z; do
  if [[ ! -f /usr/lib/$multiarch/lib$lib.a ]]; then
    echo "package.sh: /usr/lib/$multiarch/lib$lib.a is missing: apt-get install libical-dev libicu-dev libxml2-dev liblzma-dev zlib1g-dev" >&2
    exit 1
  fi
  ln -sf "/usr/lib/$multiarch/lib$lib.a" "$static_libs/lib$lib.a"
done
# Debian ships libcurl only shared and without the dev symlink unless libcurl4-openssl-dev is in.
ln -sf "/usr/lib/$multiarch/libcurl.so.4" "$static_libs/libcurl.so"
cat >"$scratch/pkgconfig/libical.pc" <<EOF
Name: libical
Description: libical linked statically (Scripts/package.sh)
Version: $(pkg-config --modversion libical)
Libs: -L$PWD/$static_libs -lical -licalss -licalvcal
Cflags: $(pkg-config --cflags libical)
EOF
export PKG_CONFIG_PATH=$PWD/$scratch/pkgconfig

if [[ ${1:-} != --skip-build ]]; then
  start=$SECONDS
  # The static libraries come after the objects that need them (libical needs ICU; libxml2
  # needs ICU, zlib and lzma); ICU is C++, hence libstdc++ (in every Debian: apt needs it).
  swift build -c release --static-swift-stdlib --product planner --scratch-path "$scratch" \
    -Xlinker --start-group -Xlinker -lical -Xlinker -licalss -Xlinker -licalvcal \
    -Xlinker -lxml2 -Xlinker -licui18n -Xlinker -licuuc -Xlinker -licudata \
    -Xlinker -lz -Xlinker -llzma -Xlinker --end-group -Xlinker -lstdc++ 2>&1 | grep -v "warning: the use of \`mktemp'" | tail -5
  echo "release build (--static-swift-stdlib): $((SECONDS - start)) s"
fi
binary=$scratch/release/planner
[[ -x $binary ]] || { echo "package.sh: $binary was not built" >&2; exit 1; }

# The binary may load directly only what Debian's minbase has (libc, libstdc++, libgcc) and
# libcurl (above), which brings its own dependencies with the libcurl4 package.
needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort)
allowed='^(ld-linux-x86-64\.so\.2|ld-linux-aarch64\.so\.1|libc\.so\.6|libm\.so\.6|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libutil\.so\.1|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libcurl\.so\.4)$'
if unexpected=$(grep -Ev "$allowed" <<<"$needed"); then
  echo "package.sh: $binary needs libraries a plain Debian lacks:" >&2
  echo "$unexpected" >&2
  exit 1
fi

version=$("$binary" --version | awk '{print $1}')
name=planner-$version-linux-$arch
stage=$scratch/stage
rm -rf "$stage" && mkdir -p "$stage" dist

completions() { # $1: the folder to write bash/, zsh/ and fish/ into
  mkdir -p "$1/bash" "$1/zsh" "$1/fish"
  "$binary" --generate-completion-script bash >"$1/bash/planner"
  "$binary" --generate-completion-script zsh >"$1/zsh/_planner"
  "$binary" --generate-completion-script fish >"$1/fish/planner.fish"
}

# The archive: one folder, runnable where it is unpacked (bin/planner) or copied anywhere; the
# README and docs/ ride along, since the README links into docs/.
archive=$stage/$name
mkdir -p "$archive/bin" "$archive/share/man/man1"
install -m 0755 -s "$binary" "$archive/bin/planner"
install -m 0644 docs/planner.1 "$archive/share/man/man1/planner.1"
completions "$archive/share/completions"
cp -R Examples "$archive/examples"
install -m 0644 README.md "$archive/README.md"
cp -R docs "$archive/docs"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage" -czf "dist/$name.tar.gz" "$name"

# The Debian package: the places Debian's own packages use for each file.
root=$stage/deb
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" "$root/usr/share/doc/planner" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d"
install -m 0755 -s "$binary" "$root/usr/bin/planner"
gzip -9n <docs/planner.1 >"$root/usr/share/man/man1/planner.1.gz"
completions "$stage/completions"
install -m 0644 "$stage/completions/bash/planner" "$root/usr/share/bash-completion/completions/planner"
install -m 0644 "$stage/completions/zsh/_planner" "$root/usr/share/zsh/vendor-completions/_planner"
install -m 0644 "$stage/completions/fish/planner.fish" "$root/usr/share/fish/vendor_completions.d/planner.fish"
cp -R Examples "$root/usr/share/doc/planner/examples"
chmod -R u=rwX,go=rX "$root/usr"
size_kb=$(du -sk "$root/usr" | cut -f1)
cat >"$root/DEBIAN/control" <<EOF
Package: planner
Version: $version
Architecture: $deb_arch
Maintainer: planner maintainers <planner@localhost>
Installed-Size: $size_kb
Depends: libc6 (>= 2.34), libstdc++6, libgcc-s1, libcurl4 | libcurl4t64
Recommends: ca-certificates
Section: utils
Priority: optional
Description: dated plan for an international medical graduate's road to a US residency
 USMLE, OET and the ECFMG Pathway, ECFMG certification, ERAS, the NRMP Match and the visa,
 planned with the critical path, the days to spare before every deadline, a verdict for the
 Match year, a text Gantt chart and a calendar file. The rules pack is built in.
EOF
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/planner_${version}_${deb_arch}.deb" >/dev/null

echo "dist/$name.tar.gz $(stat -c %s "dist/$name.tar.gz") bytes"
echo "dist/planner_${version}_${deb_arch}.deb $(stat -c %s "dist/planner_${version}_${deb_arch}.deb") bytes"
echo "binary (stripped) $(stat -c %s "$root/usr/bin/planner") bytes; needs: $(tr '\n' ' ' <<<"$needed")"
