"""The main window's words: its title, menus, actions and messages (one table, so that
``mainwindow`` keeps to placing and wiring)."""

from __future__ import annotations

from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts

# The platform adds " — CoopDesk" (the application's display name) to every title.
TITLE = QT_TRANSLATE_NOOP(
    "MainWindow", "Russia–EU cooperation against transnational crime and terrorism"
)

# Every string this component shows, in one place.
TEXT = Texts(
    {
        "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
        "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
        "go": QT_TRANSLATE_NOOP("MainWindow", "&Go"),
        "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        "open": QT_TRANSLATE_NOOP("MainWindow", "&Open Database…"),
        "open_tip": QT_TRANSLATE_NOOP("MainWindow", "Open another CoopDesk database"),
        "quit": QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "find": QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
        "find_tip": QT_TRANSLATE_NOOP("MainWindow", "Search records and the source"),
        "copy_citation": QT_TRANSLATE_NOOP("MainWindow", "Copy &Citation"),
        "copy_citation_tip": QT_TRANSLATE_NOOP(
            "MainWindow", "Copy the record's quotes with paragraph numbers and the document title"
        ),
        "clear_filters": QT_TRANSLATE_NOOP("MainWindow", "C&lear All Filters"),
        "write_note": QT_TRANSLATE_NOOP("MainWindow", "Write a &Note"),
        "write_note_tip": QT_TRANSLATE_NOOP(
            "MainWindow", "Open your note on this record and write in it"
        ),
        "back": QT_TRANSLATE_NOOP("MainWindow", "&Back"),
        "back_tip": QT_TRANSLATE_NOOP("MainWindow", "Go back (Alt+Left)"),
        "forward": QT_TRANSLATE_NOOP("MainWindow", "&Forward"),
        "forward_tip": QT_TRANSLATE_NOOP("MainWindow", "Go forward (Alt+Right)"),
        "zoom_in": QT_TRANSLATE_NOOP("MainWindow", "&Zoom Timeline In"),
        "zoom_out": QT_TRANSLATE_NOOP("MainWindow", "Zoom Timeline &Out"),
        "fit": QT_TRANSLATE_NOOP("MainWindow", "&Fit Timeline to All Records"),
        "compress": QT_TRANSLATE_NOOP("MainWindow", "&Compress Empty Years"),
        "reset": QT_TRANSLATE_NOOP("MainWindow", "&Reset Layout"),
        "go_tree": QT_TRANSLATE_NOOP("MainWindow", "Go to &Contents"),
        "go_timeline": QT_TRANSLATE_NOOP("MainWindow", "Go to &Timeline"),
        "go_detail": QT_TRANSLATE_NOOP("MainWindow", "Go to &Detail"),
        "open_title": QT_TRANSLATE_NOOP("MainWindow", "Open CoopDesk database"),
        "open_types": QT_TRANSLATE_NOOP("MainWindow", "CoopDesk databases (*.db);;All files (*)"),
        "cannot_open": QT_TRANSLATE_NOOP("MainWindow", "Cannot open the database"),
        "no_db": QT_TRANSLATE_NOOP("MainWindow", "No database open"),
        "choose_another": QT_TRANSLATE_NOOP(
            "MainWindow", "Use File > Open Database… to choose another file."
        ),
        "no_db_text": QT_TRANSLATE_NOOP(
            "MainWindow", "{error} Use File > Open Database… to choose another file."
        ),
        "no_citation": QT_TRANSLATE_NOOP("MainWindow", "Select a record to copy its citation."),
        "copied": QT_TRANSLATE_NOOP("MainWindow", "Citation copied."),
        "foreign": QT_TRANSLATE_NOOP("MainWindow", "Not opened: {url} is not a CoopDesk link."),
        "all_records": QT_TRANSLATE_NOOP("MainWindow", "All records"),
    }
)
