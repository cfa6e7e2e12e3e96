"""Print preview: the pages Typst made, shown as they will print, with Print… and Save PDF….

The pages are the SVG images of the same template that writes the PDF, drawn by
QSvgRenderer; the dialog only shows them. Printing and saving are the caller's (they
run as operations), reached through the ``printRequested`` and ``saveRequested`` signals.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.graphics.pages import page_image
from coopdesk.i18n import translate

ZOOMS = (50, 75, 100, 125, 150, 200, 300)
SCREEN_DPI = 96.0


class PreviewDialog(QDialog):
    """Page by page: ◀ ▶ and a page number, zoom in and out, Print… and Save PDF…."""

    printRequested = Signal()
    saveRequested = Signal()

    def __init__(self, title: str, pages: list[bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(translate("Preview", "Print Preview — {title}").format(title=title))
        self.pages = pages
        self._zoom = 100
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setAccessibleName(translate("Preview", "Page"))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.page_label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.previous_button = self._tool(
            "◀", translate("Preview", "Previous page (Page Up)"), lambda: self.step(-1)
        )
        self.next_button = self._tool(
            "▶", translate("Preview", "Next page (Page Down)"), lambda: self.step(1)
        )
        self.page_box = QSpinBox()
        self.page_box.setObjectName("previewPageNumber")
        self.page_box.setRange(1, max(len(pages), 1))
        self.page_box.setAccessibleName(translate("Preview", "Page number"))
        self.page_box.valueChanged.connect(lambda _n: self._show())
        self.of_label = QLabel(translate("Preview", "of {total}").format(total=len(pages)))
        self.zoom_out_button = self._tool(
            "−", translate("Preview", "Zoom out (Ctrl+−)"), lambda: self.zoom(-1)
        )
        self.zoom_in_button = self._tool(
            "+", translate("Preview", "Zoom in (Ctrl++)"), lambda: self.zoom(1)
        )
        self.zoom_label = QLabel()
        self.print_button = QPushButton(translate("Preview", "&Print…"))
        self.print_button.clicked.connect(self.printRequested)
        self.save_button = QPushButton(translate("Preview", "&Save PDF…"))
        self.save_button.clicked.connect(self.saveRequested)
        close = QPushButton(translate("Preview", "Close"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for widget in (
            self.previous_button, self.page_box, self.of_label, self.next_button,
        ):  # fmt: skip
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, close):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.resize(900, 1000)
        self._show()

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ what is shown

    def current_page(self) -> int:
        """The page shown, counted from 1."""
        return self.page_box.value()

    def zoom_percent(self) -> int:
        return self._zoom

    def step(self, direction: int) -> None:
        self.page_box.setValue(self.page_box.value() + direction)

    def zoom(self, direction: int) -> None:
        at = ZOOMS.index(self._zoom) if self._zoom in ZOOMS else ZOOMS.index(100)
        self._zoom = ZOOMS[min(max(at + direction, 0), len(ZOOMS) - 1)]
        self._show()

    def _show(self) -> None:
        number = self.current_page()
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < len(self.pages))
        self.zoom_out_button.setEnabled(self._zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self._zoom < ZOOMS[-1])
        self.zoom_label.setText(f"{self._zoom} %")
        if not self.pages:
            self.page_label.setText(translate("Preview", "No pages."))
            return
        ratio = self.devicePixelRatioF()
        image = page_image(self.pages[number - 1], SCREEN_DPI * self._zoom / 100 * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(pixmap)
        self.page_label.setAccessibleDescription(
            translate("Preview", "Page {page} of {total}").format(
                page=number, total=len(self.pages)
            )
        )

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        key = event.key()
        if key in (Qt.Key.Key_PageDown,) or event.matches(QKeySequence.StandardKey.MoveToNextPage):
            self.step(1)
        elif key in (Qt.Key.Key_PageUp,) or event.matches(
            QKeySequence.StandardKey.MoveToPreviousPage
        ):
            self.step(-1)
        elif event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom(1)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom(-1)
        else:
            super().keyPressEvent(event)
