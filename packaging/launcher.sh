#!/bin/sh
# CoopDesk's launcher in the frozen app (Linux): the program beside it was built against
# the C library (glibc) of the machine that built it and needs that version or a newer
# one. This checks first and says so in words, instead of the loader's "GLIBC_2.xx not
# found". See README.md, "Installing".
NEED="@GLIBC@"
PROGRAM="@PROGRAM@"
here=$(dirname "$(readlink -f "$0")")

# The running glibc, e.g. "2.36"; empty when it cannot be told (then the program runs).
have=$(getconf GNU_LIBC_VERSION 2>/dev/null) || have=""
have=${have#glibc }

older() {  # true when version $1 is older than version $2 (major.minor)
    a_major=${1%%.*}; a_rest=${1#*.}; a_minor=${a_rest%%.*}
    b_major=${2%%.*}; b_rest=${2#*.}; b_minor=${b_rest%%.*}
    [ "$a_major" -lt "$b_major" ] 2>/dev/null ||
        { [ "$a_major" -eq "$b_major" ] 2>/dev/null && [ "$a_minor" -lt "$b_minor" ] 2>/dev/null; }
}

if [ -n "$have" ] && older "$have" "$NEED"; then
    message="CoopDesk: this copy needs glibc $NEED or newer, and this system has glibc $have.
Install CoopDesk with pip instead (Python 3.11 or newer: pip install coopdesk), or build
the app on a system as old as this one (see 'Installing' in CoopDesk's README)."
    echo "$message" >&2
    if [ "$PROGRAM" = "coopdesk-gui" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        # Started from a menu, nobody reads stderr: show it in a window when one can.
        zenity --error --no-wrap --text="$message" 2>/dev/null ||
            kdialog --error "$message" 2>/dev/null ||
            xmessage -center "$message" 2>/dev/null
    fi
    exit 2
fi
exec "$here/$PROGRAM.bin" "$@"
