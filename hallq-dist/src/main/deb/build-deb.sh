#!/bin/sh
# Makes the .deb of a laid-out linux-x86_64 bundle (docs/install.md, "From the .deb"):
#   /opt/hallq              the bundle as it is (bin/hallq, lib/, docs/, config/ examples, systemd/)
#   /etc/hallq              hallq.env, and the bundle's config/ with demo-hall.yml as hall.yml (its calendar and guides
#                           beside it, as it names them): conffiles, so an upgrade keeps what the hall changed
#   /lib/systemd/system     the units (enabled by no one but the hall's IT: a hall is configured first)
#   /var/lib/hallq          the records, made by postinst for the hallq user; never removed, not even on purge
# Usage: build-deb.sh BUNDLE_DIR OUT_DEB VERSION
set -eu
bundle=$1
out=$2
version=$3
here=$(cd "$(dirname "$0")" && pwd)
# Debian orders 0.1.0~SNAPSHOT before 0.1.0, as Maven orders 0.1.0-SNAPSHOT
debversion=$(printf '%s' "$version" | sed 's/-/~/g')
root=$(dirname "$out")/deb-root
rm -rf "$root"
mkdir -p "$root/opt" "$root/etc/hallq" "$root/lib/systemd/system" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/hallq"
cp "$bundle/systemd/"*.service "$bundle/systemd/"*.timer "$root/lib/systemd/system/"
cp -R "$bundle/config/." "$root/etc/hallq/"
mv "$root/etc/hallq/demo-hall.yml" "$root/etc/hallq/hall.yml"
cp "$bundle/systemd/hallq.env" "$root/etc/hallq/hallq.env"
chmod 0755 "$root/opt/hallq/bin/"*
(cd "$root" && find etc -type f | sort | sed 's|^|/|') > "$root/DEBIAN/conffiles"
for f in control postinst prerm postrm; do
  sed "s/@VERSION@/$debversion/" "$here/DEBIAN/$f" > "$root/DEBIAN/$f"
done
chmod 0755 "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/conffiles"
size=$(du -sk "$root/opt" "$root/etc" "$root/lib" | awk '{ s += $1 } END { print s }')
printf 'Installed-Size: %s\n' "$size" >> "$root/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$out" >/dev/null
rm -rf "$root"
