"""The one way forms are loaded: Qt Designer .ui files from the shipped ui/ folder.

The .ui files are the only description of the forms. A form made only of plain widgets, box
and form layouts, spacers and simple properties (the login screen and the main window, shown
at start-up, are such forms) is built here, following QUiLoader's rules; any other form is
loaded by QUiLoader. QUiLoader's first load makes PySide set up every QtWidgets class, some
tens of milliseconds the login window should not wait for (bench/startup.py).
tests/gui/test_start.py checks that both ways build the same widgets from every form the
builder takes.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from mobilaze_training.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtUiTools import QUiLoader

W = TypeVar("W", bound=QWidget)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ui/<name>.ui; its strings are translated by the installed translators."""
    path = resource_path("ui", f"{name}.ui")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileNotFoundError(f"form {path} is missing from the installation") from exc
    form = simple_form(data)
    if form is not None:
        return _Builder(form, parent, str(path)).build()
    return _load_with_quiloader(data, parent, str(path))


def child(form: QWidget, kind: type[W], name: str) -> W:
    """A named child of a loaded form, typed; a missing name is a programming error."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()} has no {kind.__name__} named {name!r}")
    return found


# ---- QUiLoader ---------------------------------------------------------------------------


@cache
def _loader() -> QUiLoader:
    """One loader for every form, made without Qt Designer's widget plugins.

    A new QUiLoader loads every plugin in the ``designer`` folders of the library paths
    (Qt Quick, QML, WebEngine views...): slow and heavy, and our forms use only standard
    widgets. The library paths are emptied while it is made, then put back.
    """
    from PySide6.QtUiTools import QUiLoader

    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def _load_with_quiloader(data: bytes, parent: QWidget | None, where: str) -> QWidget:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"form {where} could not be read")
    try:
        widget = _loader().load(buffer, parent)
    finally:
        buffer.close()
    if widget is None:
        raise RuntimeError(f"form {where} could not be loaded: {_loader().errorString()}")
    return widget


# ---- the builder for simple forms ------------------------------------------------------


class Element:
    """One XML element of a .ui file."""

    __slots__ = ("attrs", "children", "tag", "text")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element] = []
        self.text = ""

    def all(self, tag: str) -> list[Element]:
        return [c for c in self.children if c.tag == tag]


class _Unsupported(Exception):
    """The form uses something the builder does not do: QUiLoader loads it."""


#: Widgets the builder makes: plain ones, whose .ui description is only properties.
WIDGETS = frozenset(
    {
        "QWidget",
        "QFrame",
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QLineEdit",
        "QComboBox",
        "QStackedWidget",
        "QProgressBar",
    }
)
_LAYOUTS = {"QVBoxLayout": QtWidgets.QVBoxLayout, "QHBoxLayout": QtWidgets.QHBoxLayout}
_VALUES = frozenset({"string", "bool", "number", "enum", "set", "size", "rect", "cstring"})
_MARGINS = ("leftMargin", "topMargin", "rightMargin", "bottomMargin")
#: Parents whose QWidget children are pages, not a "layout widget" (QFormBuilder::create).
_CONTAINERS = (
    "QMainWindow",
    "QToolBox",
    "QStackedWidget",
    "QTabWidget",
    "QScrollArea",
    "QMdiArea",
    "QDockWidget",
)


def parse(data: bytes) -> Element:
    """The element tree of a .ui file (a file shipped with the program)."""
    import pyexpat as expat  # the C module behind xml.parsers.expat, without its package

    top = Element("", {})
    stack = [top]

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = Element(tag, attrs)
        stack[-1].children.append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        stack[-1].text += data

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:  # QUiLoader then reports it in its own words
        raise _Unsupported(f"not well-formed: {exc}") from exc
    if len(top.children) != 1 or top.children[0].tag != "ui":
        raise _Unsupported("not a .ui file")
    return top.children[0]


def simple_form(data: bytes) -> Element | None:
    """The parsed form when the builder can make it, else None (QUiLoader loads it)."""
    try:
        ui = parse(data)
        _check_ui(ui)
    except _Unsupported:
        return None
    return ui


def _check_ui(ui: Element) -> None:
    if ui.attrs.get("idbasedtr") in ("true", "yes"):
        raise _Unsupported("id-based translation")
    widgets = 0
    for element in ui.children:
        if element.tag == "widget":
            widgets += 1
            _check_widget(element)
        elif element.tag == "tabstops":
            if any(c.tag != "tabstop" for c in element.children):
                raise _Unsupported("tab stops")
        elif element.tag in ("resources", "connections"):
            if element.children:
                raise _Unsupported(element.tag)
        elif element.tag != "class":
            raise _Unsupported(element.tag)
    if widgets != 1:
        raise _Unsupported("no single top-level widget")


def _check_widget(widget: Element) -> None:
    if widget.attrs.get("class") not in WIDGETS or set(widget.attrs) - {"class", "name"}:
        raise _Unsupported(f"widget {widget.attrs}")
    layouts = 0
    for element in widget.children:
        if element.tag == "property":
            _check_property(element)
        elif element.tag == "layout":
            layouts += 1
            _check_layout(element)
        else:  # child widgets outside a layout, items, attributes, actions...
            raise _Unsupported(element.tag)
    if layouts > 1 or (layouts and widget.attrs["class"] == "QStackedWidget"):
        raise _Unsupported("layouts")


def _check_property(prop: Element) -> None:
    if len(prop.children) != 1 or set(prop.attrs) - {"name", "stdset"}:
        raise _Unsupported(f"property {prop.attrs}")
    value = prop.children[0]
    if value.tag not in _VALUES or (value.tag == "cstring" and prop.attrs["name"] != "buddy"):
        raise _Unsupported(f"property {prop.attrs['name']} of type {value.tag}")
    if value.tag in ("enum", "set", "cstring") and prop.attrs.get("stdset") == "0":
        raise _Unsupported(f"dynamic property {prop.attrs['name']} of type {value.tag}")
    if value.tag == "string" and set(value.attrs) - {"notr", "comment", "extracomment"}:
        raise _Unsupported(f"string {value.attrs}")
    numbers = {"size": {"width", "height"}, "rect": {"x", "y", "width", "height"}}
    try:
        if value.tag == "number":
            int(value.text)
        elif value.tag in numbers:
            if {c.tag for c in value.children} != numbers[value.tag]:
                raise _Unsupported(f"{value.tag} {prop.attrs['name']}")
            for part in value.children:
                int(part.text)
    except ValueError as exc:
        raise _Unsupported(f"property {prop.attrs['name']}: {exc}") from exc


def _check_layout(layout: Element) -> None:
    kind = layout.attrs.get("class")
    if kind not in _LAYOUTS and kind != "QFormLayout":
        raise _Unsupported(f"layout {kind}")
    if set(layout.attrs) - {"class", "name", "stretch"}:
        raise _Unsupported(f"layout {layout.attrs}")
    if "stretch" in layout.attrs and kind == "QFormLayout":
        raise _Unsupported("form layout stretch")
    for element in layout.children:
        if element.tag == "property":
            _check_property(element)
            if element.children[0].tag not in ("number", "enum"):
                raise _Unsupported(f"layout property {element.attrs['name']}")
        elif element.tag == "item":
            allowed = {"row", "column", "colspan"} if kind == "QFormLayout" else set()
            if set(element.attrs) - allowed or len(element.children) != 1:
                raise _Unsupported(f"layout item {element.attrs}")
            if kind == "QFormLayout" and not {"row", "column"} <= set(element.attrs):
                raise _Unsupported("form layout item without a cell")
            item = element.children[0]
            if item.tag == "widget":
                _check_widget(item)
            elif item.tag == "layout":
                _check_layout(item)
            elif item.tag == "spacer" and kind != "QFormLayout":
                for prop in item.children:
                    _check_property(prop)
                    if prop.attrs["name"] not in ("orientation", "sizeHint", "sizeType"):
                        raise _Unsupported(f"spacer property {prop.attrs['name']}")
            else:
                raise _Unsupported(item.tag)
        else:
            raise _Unsupported(element.tag)


def _key(text: str) -> str:
    """``Qt::AlignLeft|Qt::AlignTop`` -> ``AlignLeft|AlignTop``, as QFormBuilder reads it."""
    return "|".join(part.strip().rsplit("::", 1)[-1] for part in text.split("|"))


class _Builder:
    """Builds a checked form as QUiLoader (QFormBuilder) does, step for step."""

    def __init__(self, ui: Element, parent: QWidget | None, where: str) -> None:
        self.ui = ui
        self.parent = parent
        self.where = where
        classes = ui.all("class")
        self.context = classes[0].text.strip() if classes else ""
        self.buddies: list[tuple[QLabel, str]] = []

    def fail(self, what: str) -> RuntimeError:
        return RuntimeError(f"form {self.where}: {what}")

    def build(self) -> QWidget:
        root = self.widget(self.ui.all("widget")[0], self.parent, root=True)
        parent = self.parent
        if parent is not None and parent.inherits("QMainWindow"):
            assert isinstance(parent, QtWidgets.QMainWindow)
            if parent.centralWidget() is None:
                parent.setCentralWidget(root)
        for stops in self.ui.all("tabstops"):
            previous: QWidget | None = None
            for stop in stops.children:
                widget = self.named(root, stop.text.strip())
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        for label, name in self.buddies:
            label.setBuddy(self.named(root, name))
        return root

    def named(self, root: QWidget, name: str) -> QWidget:
        if root.objectName() == name:
            return root
        found = root.findChild(QWidget, name)
        if found is None:
            raise self.fail(f"no widget named {name!r}")
        return found

    def widget(self, element: Element, parent: QWidget | None, *, root: bool = False) -> QWidget:
        kind = element.attrs["class"]
        # A plain QWidget holding a layout inside another widget gets zero margins by default.
        layout_widget = (
            kind == "QWidget"
            and parent is not None
            and not any(parent.inherits(name) for name in _CONTAINERS)
        )
        widget: QWidget = getattr(QtWidgets, kind)(parent)
        widget.setObjectName(element.attrs.get("name", ""))
        for prop in element.all("property"):
            geometry = self.value(widget, prop) if prop.attrs["name"] == "geometry" else None
            if root and isinstance(geometry, QRect):
                widget.resize(geometry.size())  # only the size, for the root
            else:
                self.apply(widget, prop)
        for layout in element.all("layout"):
            self.layout(layout, None, widget, layout_widget=layout_widget)
        return widget

    def apply(self, target: QObject, prop: Element) -> None:
        name = prop.attrs["name"]
        if prop.children[0].tag == "cstring":  # buddy: set once every widget exists
            if not isinstance(target, QLabel):
                raise self.fail(f"{target.objectName()} is not a label and has no buddy")
            self.buddies.append((target, prop.children[0].text.strip()))
            return
        value = self.value(target, prop)
        declared = target.metaObject().indexOfProperty(name) >= 0
        if not target.setProperty(name, value) and declared:
            raise self.fail(f"{target.objectName()}: property {name} = {value!r} not accepted")

    def value(self, target: QObject, prop: Element) -> object:
        element = prop.children[0]
        text = element.text
        if element.tag == "string":
            if element.attrs.get("notr") in ("true", "yes"):
                return text
            comment = element.attrs.get("comment")
            if not text and not comment:
                return text
            return QCoreApplication.translate(self.context, text, comment) or text
        if element.tag == "bool":
            return text.strip().lower() == "true"
        if element.tag == "number":
            return int(text)
        if element.tag in ("enum", "set"):
            return _key(text)
        numbers = {c.tag: int(c.text) for c in element.children}
        if element.tag == "size":
            return QSize(numbers["width"], numbers["height"])
        if element.tag == "rect":
            return QRect(numbers["x"], numbers["y"], numbers["width"], numbers["height"])
        raise self.fail(f"property {prop.attrs['name']} of type {element.tag}")

    def layout(
        self,
        element: Element,
        parent_layout: QLayout | None,
        widget: QWidget,
        *,
        layout_widget: bool = False,
    ) -> QLayout:
        kind = element.attrs["class"]
        if parent_layout is None and widget.layout() is not None:
            raise self.fail(f"{widget.objectName()} has two layouts")
        factory = QFormLayout if kind == "QFormLayout" else _LAYOUTS[kind]
        layout: QLayout = factory() if parent_layout is not None else factory(widget)
        layout.setObjectName(element.attrs.get("name", ""))
        props = {p.attrs["name"]: p for p in element.all("property")}
        numbers = {
            name: int(p.children[0].text)
            for name, p in props.items()
            if p.children[0].tag == "number"
        }
        if "margin" in numbers:
            margin = numbers["margin"]
            layout.setContentsMargins(margin, margin, margin, margin)
        else:
            now = layout.contentsMargins()
            current = (now.left(), now.top(), now.right(), now.bottom())
            layout.setContentsMargins(
                *(numbers.get(n, c) for n, c in zip(_MARGINS, current, strict=True))
            )
        if "spacing" in numbers:
            layout.setSpacing(numbers["spacing"])
        for prop in element.all("property"):
            self.apply(layout, prop)  # as QUiLoader: margins also land as dynamic properties
        for item in element.all("item"):
            self.item(item, layout, widget)
        if isinstance(layout, QBoxLayout) and element.attrs.get("stretch"):
            for index, stretch in enumerate(element.attrs["stretch"].split(",")):
                layout.setStretch(index, int(stretch))
        if layout_widget:
            layout.setContentsMargins(*(numbers.get(name, 0) for name in _MARGINS))
        return layout

    def item(self, item: Element, layout: QLayout, widget: QWidget) -> None:
        element = item.children[0]
        added: QWidget | QLayout | QSpacerItem
        if element.tag == "widget":
            added = self.widget(element, widget)
        elif element.tag == "layout":
            added = self.layout(element, layout, widget)
        else:
            added = self.spacer(element)
        if isinstance(layout, QFormLayout):
            row, column = int(item.attrs["row"]), int(item.attrs["column"])
            if int(item.attrs.get("colspan", "1")) > 1:
                role = QFormLayout.ItemRole.SpanningRole
            elif column == 0:
                role = QFormLayout.ItemRole.LabelRole
            else:
                role = QFormLayout.ItemRole.FieldRole
            if isinstance(added, QWidget):
                layout.setWidget(row, role, added)
            elif isinstance(added, QLayout):
                layout.setLayout(row, role, added)
            else:
                layout.setItem(row, role, added)
        elif isinstance(layout, QBoxLayout):
            if isinstance(added, QWidget):
                layout.addWidget(added)
            elif isinstance(added, QLayout):
                layout.addLayout(added)
            else:
                layout.addItem(added)

    def spacer(self, element: Element) -> QSpacerItem:
        width = height = 0
        size_type = QSizePolicy.Policy.Expanding
        vertical = False
        for prop in element.children:
            value = prop.children[0]
            name = prop.attrs["name"]
            if name == "sizeHint" and value.tag == "size":
                numbers = {c.tag: int(c.text) for c in value.children}
                width, height = numbers["width"], numbers["height"]
            elif name == "sizeType" and value.tag == "enum":
                size_type = QSizePolicy.Policy[_key(value.text)]
            elif name == "orientation" and value.tag == "enum":
                vertical = _key(value.text) == "Vertical"
        minimum = QSizePolicy.Policy.Minimum
        if vertical:
            return QSpacerItem(width, height, minimum, size_type)
        return QSpacerItem(width, height, size_type, minimum)
