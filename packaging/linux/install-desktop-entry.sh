#!/bin/sh
# Add MOBILAZE Training to the desktop's application menu, for this user (default) or for
# everyone (--system, as root). Run it from the bundle's folder, where it lies beside the
# `mobilaze-training` program; the menu entry then starts the program from that folder.
# --remove takes the entry away again. The program and its data are not touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
program="$here/mobilaze-training"
scope=user
action=install
for arg in "$@"; do
    case "$arg" in
        --system) scope=system ;;
        --remove) action=remove ;;
        -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (use --system, --remove)" >&2; exit 2 ;;
    esac
done

if [ "$scope" = system ]; then
    apps=/usr/share/applications
    icons=/usr/share/icons/hicolor
else
    apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
    icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
fi

if [ "$action" = remove ]; then
    rm -f "$apps/mobilaze-training.desktop" "$icons/256x256/apps/mobilaze-training.png" \
        "$icons/scalable/apps/mobilaze-training.svg"
    echo "MOBILAZE Training removed from the application menu."
    exit 0
fi

if [ ! -x "$program" ]; then
    echo "$program not found: run this script from the bundle's folder." >&2
    exit 1
fi
mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
cp "$here/mobilaze-training.png" "$icons/256x256/apps/mobilaze-training.png"
cp "$here/mobilaze-training.svg" "$icons/scalable/apps/mobilaze-training.svg"
# The entry names the program by its full path (quoted: the folder may hold spaces).
sed -e "s|^Exec=.*|Exec=\"$program\"|" -e "s|^TryExec=.*|TryExec=$program|" \
    "$here/mobilaze-training.desktop" > "$apps/mobilaze-training.desktop"
chmod 644 "$apps/mobilaze-training.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
echo "MOBILAZE Training added to the application menu ($apps/mobilaze-training.desktop)."
