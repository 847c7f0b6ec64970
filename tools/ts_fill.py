#!/usr/bin/env python3
"""Small helper for Qt Linguist .ts files: list, fill and check translations.

The file is edited in place without reformatting (only <translation> elements change), so
the result stays identical in layout to what pyside6-lupdate writes.

    python tools/ts_fill.py stats FILE.ts...
        Messages, finished and unfinished per file.
    python tools/ts_fill.py list FILE.ts [--all] [--json OUT.json]
        The unfinished (or all) messages: context, source, disambiguation, numerus form count.
    python tools/ts_fill.py apply FILE.ts TRANSLATIONS.json [--overwrite] [--by-source]
        Fill messages from a JSON list of {"context", "source", "comment"?, "translation"}
        ("translation" is a string, or a list of strings for numerus messages). An entry whose
        context is "*" matches the source in any context; with --by-source every entry may
        also match the same source text in another context when its own context is gone.
        Only unfinished messages change unless --overwrite is given.
    python tools/ts_fill.py fill-source FILE.ts [--overwrite]
        Translation = source (for the source-language file). Numerus forms are derived from
        "(s)"/"(es)" in the source: singular without, plural with the suffix.
    python tools/ts_fill.py export FILE.ts... -o MEMORY.json
        Finished translations as a JSON list usable by `apply` (a translation memory).
    python tools/ts_fill.py check FILE.ts...
        Compares each finished translation with its source: %1..%99, %n, {name} braces, HTML
        tags, one "&" mnemonic when the source has one, leading/trailing spaces and final
        punctuation (: … ...), numerus form count; reports mnemonic letters used twice in
        one context. Exit status 1 when a problem (not a mnemonic clash) is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

MESSAGE_RE = re.compile(r"(<message\b[^>]*>)(.*?)(</message>)", re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)", re.S
)
NUMERUSFORM_RE = re.compile(r"<numerusform\b[^>]*?(?:/>|>(.*?)</numerusform>)", re.S)


def xml_unescape(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        ent = m.group(1)
        named = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
        if ent in named:
            return named[ent]
        if ent.startswith("#x"):
            return chr(int(ent[2:], 16))
        if ent.startswith("#"):
            return chr(int(ent[1:]))
        return m.group(0)

    return re.sub(r"&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);", repl, text)


def xml_escape(text: str) -> str:
    """Escaping as lupdate writes it."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\t\r":
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def _child_text(body: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}\b[^>]*?(?:/>|>(.*?)</{tag}>)", body, re.S)
    if m is None:
        return None
    return xml_unescape(m.group(1) or "")


@dataclass
class Message:
    context: str
    source: str
    comment: str
    extracomment: str
    numerus: bool
    status: str  # "", "unfinished", "vanished", "obsolete"
    forms: list[str]
    span: tuple[int, int]  # of the <translation> element in the file text
    indent: str
    extra_attrs: str = ""

    @property
    def finished(self) -> bool:
        return self.status == ""

    @property
    def translation(self) -> str | list[str]:
        return self.forms if self.numerus else (self.forms[0] if self.forms else "")

    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class TsFile:
    path: Path
    text: str
    language: str
    messages: list[Message] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> TsFile:
        p = Path(path)
        text = p.read_text(encoding="utf-8")
        lang_m = re.search(r'<TS\b[^>]*\blanguage="([^"]*)"', text)
        ts = cls(p, text, lang_m.group(1) if lang_m else "")
        for cm in CONTEXT_RE.finditer(text):
            ctx = xml_unescape(cm.group(1))
            base = cm.start(2)
            for mm in MESSAGE_RE.finditer(cm.group(2)):
                head, body = mm.group(1), mm.group(2)
                body_start = base + mm.start(2)
                tm = TRANSLATION_RE.search(body)
                if tm is None:
                    continue
                attrs = tm.group("attrs")
                type_m = re.search(r'\btype="([^"]*)"', attrs)
                status = type_m.group(1) if type_m else ""
                extra_attrs = re.sub(r'\s*\btype="[^"]*"', "", attrs)
                numerus = 'numerus="yes"' in head
                tbody = tm.group("body") or ""
                if numerus:
                    forms = [xml_unescape(f.group(1) or "") for f in NUMERUSFORM_RE.finditer(tbody)]
                else:
                    forms = [xml_unescape(tbody)]
                ts.messages.append(
                    Message(
                        context=ctx,
                        source=_child_text(body, "source") or "",
                        comment=_child_text(body, "comment") or "",
                        extracomment=_child_text(body, "extracomment") or "",
                        numerus=numerus,
                        status=status,
                        forms=forms,
                        span=(body_start + tm.start(), body_start + tm.end()),
                        indent=tm.group("indent"),
                        extra_attrs=extra_attrs,
                    )
                )
        return ts

    def set_translation(self, msg: Message, value: str | list[str]) -> None:
        if msg.numerus:
            forms = list(value) if isinstance(value, list) else [value]
            n = max(len(msg.forms), 1)
            if len(forms) < n:
                forms += [forms[-1]] * (n - len(forms))
            msg.forms = forms[:n]
        else:
            if isinstance(value, list):
                value = value[0]
            msg.forms = [value]
        msg.status = ""
        msg._dirty = True  # type: ignore[attr-defined]

    def render_translation(self, msg: Message) -> str:
        attrs = msg.extra_attrs
        if msg.status:
            attrs = f' type="{msg.status}"' + attrs
        if msg.numerus:
            inner = "".join(
                f"\n{msg.indent}    <numerusform>{xml_escape(f)}</numerusform>" for f in msg.forms
            )
            return f"{msg.indent}<translation{attrs}>{inner}\n{msg.indent}</translation>"
        return f"{msg.indent}<translation{attrs}>{xml_escape(msg.forms[0])}</translation>"

    def save(self) -> int:
        changed = [m for m in self.messages if getattr(m, "_dirty", False)]
        if not changed:
            return 0
        parts, pos = [], 0
        for m in sorted(changed, key=lambda m: m.span[0]):
            parts.append(self.text[pos : m.span[0]])
            parts.append(self.render_translation(m))
            pos = m.span[1]
        parts.append(self.text[pos:])
        self.text = "".join(parts)
        self.path.write_text(self.text, encoding="utf-8")
        return len(changed)


# ---------------------------------------------------------------- checks

PLACEHOLDER_RE = re.compile(r"%(?:n|L?\d{1,2})|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
ENTITY_RE = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);")


def mnemonics(text: str) -> list[str]:
    """Letters following a single '&' (not '&&', not an HTML entity)."""
    cleaned = ENTITY_RE.sub("", text) if TAG_RE.search(text) or ENTITY_RE.search(text) else text
    out = []
    i = 0
    while i < len(cleaned):
        if cleaned[i] == "&":
            if i + 1 < len(cleaned) and cleaned[i + 1] == "&":
                i += 2
                continue
            if i + 1 < len(cleaned) and not cleaned[i + 1].isspace():
                out.append(cleaned[i + 1].lower())
        i += 1
    return out


def _ends(text: str) -> tuple[str, str]:
    lead = re.match(r"^\s*", text).group(0)  # type: ignore[union-attr]
    trail = re.search(r"\s*$", text).group(0)  # type: ignore[union-attr]
    return lead, trail


def _final_punct(text: str) -> str:
    t = text.rstrip()
    for p in ("…", "...", ":"):
        if t.endswith(p):
            return p
    return ""


def check_pair(source: str, target: str, numerus: bool) -> list[str]:
    problems = []
    if target == "":
        return ["empty translation"] if source else []
    src_ph = sorted(PLACEHOLDER_RE.findall(source))
    tgt_ph = sorted(PLACEHOLDER_RE.findall(target))
    if numerus:
        src_ph = [p for p in src_ph if p != "%n"]
        tgt_ph = [p for p in tgt_ph if p != "%n"]
    if sorted(set(src_ph)) != sorted(set(tgt_ph)):
        problems.append(f"placeholders {src_ph} -> {tgt_ph}")
    src_tags = sorted(t.lower() for t in TAG_RE.findall(source))
    tgt_tags = sorted(t.lower() for t in TAG_RE.findall(target))
    if src_tags != tgt_tags:
        problems.append(f"HTML tags {src_tags} -> {tgt_tags}")
    sm, tm = mnemonics(source), mnemonics(target)
    if len(sm) != len(tm):
        problems.append(f"mnemonics {len(sm)} -> {len(tm)}")
    if _ends(source) != _ends(target):
        problems.append("leading/trailing whitespace differs")
    if _final_punct(source) != _final_punct(target):
        problems.append(f"final punctuation {_final_punct(source)!r} -> {_final_punct(target)!r}")
    return problems


def check_file(ts: TsFile) -> tuple[int, int]:
    n_problems = 0
    for m in ts.messages:
        if not m.finished:
            continue
        forms = m.forms if m.numerus else [m.translation]
        for f in forms:
            for p in check_pair(m.source, f, m.numerus):
                n_problems += 1
                print(f"{ts.path}: [{m.context}] {m.source!r}: {p}")
    by_ctx: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in ts.messages:
        if not m.finished or m.numerus:
            continue
        for letter in mnemonics(m.translation):  # type: ignore[arg-type]
            by_ctx[m.context][letter].append(m.translation)  # type: ignore[arg-type]
    n_clash = 0
    for ctx, letters in sorted(by_ctx.items()):
        for letter, texts in sorted(letters.items()):
            if len(texts) > 1:
                n_clash += 1
                print(f"{ts.path}: mnemonic clash in [{ctx}] on '{letter}': {texts}")
    return n_problems, n_clash


# ---------------------------------------------------------------- commands


def english_forms(source: str, count: int) -> list[str]:
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return [singular] + [plural] * (count - 1) if count > 1 else [plural]


def cmd_stats(args: argparse.Namespace) -> int:
    for path in args.files:
        ts = TsFile.load(path)
        live = [m for m in ts.messages if m.status not in ("vanished", "obsolete")]
        unfinished = [m for m in live if m.status == "unfinished"]
        print(
            f"{path}: {len(live)} messages, {len(live) - len(unfinished)} finished, "
            f"{len(unfinished)} unfinished, {len(ts.messages) - len(live)} vanished/obsolete"
        )
    return 0


def _as_dict(m: Message) -> dict[str, object]:
    d: dict[str, object] = {"context": m.context, "source": m.source}
    if m.comment:
        d["comment"] = m.comment
    if m.extracomment:
        d["extracomment"] = m.extracomment
    if m.numerus:
        d["numerus"] = len(m.forms)
    d["translation"] = m.translation
    return d


def cmd_list(args: argparse.Namespace) -> int:
    ts = TsFile.load(args.file)
    msgs = [
        m
        for m in ts.messages
        if m.status not in ("vanished", "obsolete") and (args.all or not m.finished)
    ]
    if args.json:
        Path(args.json).write_text(
            json.dumps([_as_dict(m) for m in msgs], ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        print(f"{len(msgs)} messages written to {args.json}")
    else:
        for m in msgs:
            extra = f" ({m.comment})" if m.comment else ""
            num = f" [numerus x{len(m.forms)}]" if m.numerus else ""
            print(f"[{m.context}]{num} {m.source!r}{extra}")
        print(f"{len(msgs)} messages", file=sys.stderr)
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    ts = TsFile.load(args.file)
    entries = json.loads(Path(args.translations).read_text(encoding="utf-8"))
    exact: dict[tuple[str, str, str], object] = {}
    by_source: dict[tuple[str, str], object] = {}
    for e in entries:
        if "translation" not in e or e["translation"] in ("", [], None):
            continue
        key = (e.get("context", "*"), e["source"], e.get("comment", ""))
        if key[0] == "*" or args.by_source:
            by_source.setdefault((e["source"], e.get("comment", "")), e["translation"])
        if key[0] != "*":
            exact[key] = e["translation"]
    filled = 0
    for m in ts.messages:
        if m.status in ("vanished", "obsolete"):
            continue
        if m.finished and not args.overwrite:
            continue
        value = exact.get(m.key())
        if value is None:
            value = by_source.get((m.source, m.comment))
        if value is None:
            continue
        ts.set_translation(m, value)  # type: ignore[arg-type]
        filled += 1
    ts.save()
    left = sum(1 for m in ts.messages if m.status == "unfinished")
    print(f"{args.file}: {filled} filled, {left} still unfinished")
    return 0


def cmd_fill_source(args: argparse.Namespace) -> int:
    ts = TsFile.load(args.file)
    filled = 0
    for m in ts.messages:
        if m.status in ("vanished", "obsolete") or (m.finished and not args.overwrite):
            continue
        value: str | list[str] = (
            english_forms(m.source, max(len(m.forms), 1)) if m.numerus else m.source
        )
        ts.set_translation(m, value)
        filled += 1
    ts.save()
    print(f"{args.file}: {filled} filled from the source")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = []
    for path in args.files:
        ts = TsFile.load(path)
        out += [_as_dict(m) for m in ts.messages if m.finished]
    Path(args.output).write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(out)} translations written to {args.output}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    bad = 0
    for path in args.files:
        ts = TsFile.load(path)
        problems, clashes = check_file(ts)
        print(f"{path}: {problems} problem(s), {clashes} mnemonic clash(es)")
        bad += problems
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("stats")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser("list")
    p.add_argument("file")
    p.add_argument("--all", action="store_true")
    p.add_argument("--json")
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("apply")
    p.add_argument("file")
    p.add_argument("translations")
    p.add_argument("--overwrite", action="store_true")
    p.add_argument("--by-source", action="store_true")
    p.set_defaults(func=cmd_apply)
    p = sub.add_parser("fill-source")
    p.add_argument("file")
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(func=cmd_fill_source)
    p = sub.add_parser("export")
    p.add_argument("files", nargs="+")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("check")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_check)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
