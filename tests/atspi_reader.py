"""A minimal screen reader for the slow accessibility test: run by the system Python.

It reads CoopDesk through AT-SPI as Orca would: finds the application on the desktop,
lists the timeline's children with their roles, names and descriptions, presses the
"Clear all" chip through its AT-SPI action and records the announcements the
application sends. It prints one JSON object and exits; the test judges it.

Usage: python3 atspi_reader.py APP_NAME TIMEOUT_SECONDS
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]


def find(node, role: str, name: str | None = None, depth: int = 0):  # type: ignore[no-untyped-def]
    if node is None or depth > 40:
        return None
    try:
        if node.getRoleName() == role and (name is None or node.name == name):
            return node
        for i in range(node.childCount):
            found = find(node.getChildAtIndex(i), role, name, depth + 1)
            if found is not None:
                return found
    except Exception:  # an object that went away while we walked
        return None
    return None


def application(name: str, deadline: float):  # type: ignore[no-untyped-def]
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None


def main() -> int:
    app_name, timeout = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + timeout
    report: dict[str, object] = {"app": None, "timeline": [], "announcements": []}
    heard: list[str] = report["announcements"]  # type: ignore[assignment]

    def on_announcement(event) -> None:  # type: ignore[no-untyped-def]
        heard.append(str(event.any_data))

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    app = application(app_name, deadline)
    if app is None:
        print(json.dumps(report))
        return 1
    report["app"] = app.name
    # The timeline fits what the filters leave; show it all, as View > Fit… does.
    fit = find(app, "menu item", "Fit Timeline to All Records")
    if fit is not None:
        fit.queryAction().doAction(0)
    timeline = None
    while timeline is None and time.monotonic() < deadline:
        timeline = find(app, "list", "Timeline")
        if timeline is None:
            time.sleep(0.2)
    if timeline is not None:
        report["timeline"] = [
            {
                "role": child.getRoleName(),
                "name": child.name,
                "description": child.description,
            }
            for child in (timeline.getChildAtIndex(i) for i in range(timeline.childCount))
        ]
    detail = find(app, "document frame", "Detail")
    if detail is not None:
        text = detail.queryText()
        line = text.getTextAtOffset(0, pyatspi.TEXT_BOUNDARY_LINE_START)
        report["detail"] = {
            "line": line[0],
            "links": [
                detail.getChildAtIndex(i).name
                for i in range(detail.childCount)
                if detail.getChildAtIndex(i).getRoleName() == "link"
            ],
        }
    tree = find(app, "tree", "Contents")
    if tree is not None and tree.childCount:
        first = tree.getChildAtIndex(0)
        report["tree_first"] = {
            "name": first.name,
            "expanded": first.getState().contains(pyatspi.STATE_EXPANDED),
        }
    # A command whose status message is announced: View > Pane Sizes > Wider Contents.
    wider = find(app, "menu item", "Wider Contents")
    report["menu_item"] = wider is not None
    context = GLib.MainContext.default()
    # The application learns of our listener over D-Bus a moment after we register it,
    # so press, wait a little for an announcement, and press again if none came.
    while wider is not None and not heard and time.monotonic() < deadline:
        wider.queryAction().doAction(0)
        patience = time.monotonic() + 1.5
        while not heard and time.monotonic() < min(patience, deadline):
            context.iteration(False)
            time.sleep(0.02)
    quit_item = find(app, "menu item", "Quit")
    if quit_item is not None:
        quit_item.queryAction().doAction(0)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
