"""Controlled vocabularies and fuzzy matching of labels against them.

A vocabulary is a JSON file in ``esep.schemas`` (or a user file named by
``--set vocab_dir=FOLDER``)::

    {"kind": "event_type",
     "entries": [{"id": "exhibition.book",
                  "labels": {"en": "book exhibition", "kk": "Кітап көрмесі", "ru": "Книжная выставка"},
                  "aliases": ["Кітап көрмелері", "Книжные выставки"]}]}

Labels are matched with rapidfuzz after a normalization that folds case,
Latin look-alike letters and OCR damage to Kazakh letters.  A label that
scores below the threshold is not guessed: extractors record it in
``unmatched_terms`` (this plugin owns that table) for a person to review.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import dataclasses
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Provenance, Record
from esep.plugins.lang.alphabet import normalize
from esep.storage import RECORD_COLUMNS_SQL

log = logging.getLogger(__name__)

def normalize_label(text: str) -> str:
    """Casefold, Latin-script Kazakh in Cyrillic, look-alike letters folded
    to Cyrillic, punctuation and numbering dropped, spaces collapsed: the
    form labels are compared in (:func:`esep.plugins.lang.alphabet.normalize`)."""
    return normalize(text)


#: Fuzzy matches remembered per vocabulary (labels repeat from report to report).
_MATCH_CACHE = 50000


@dataclass
class Match:
    id: str | None
    score: float
    alias: str | None
    best: str | None  # best candidate id even when below the threshold


class Vocabulary:
    """Entries of one kind with their aliases, and fuzzy lookup."""

    def __init__(self, kind: str, entries: list[dict[str, Any]], threshold: float = 85.0):
        self.kind = kind
        self.entries = {e["id"]: e for e in entries}
        self.threshold = threshold
        self._aliases: list[str] = []
        self._ids: list[str] = []
        for e in entries:
            names = list(e.get("aliases", []))
            names += [v for v in e.get("labels", {}).values() if v]
            for n in names:
                key = normalize_label(n)
                if key and key not in self._aliases:
                    self._aliases.append(key)
                    self._ids.append(e["id"])
        self._matches: dict[str, Match] = {}  # label key -> match, for the labels that come back
        self._by_key: dict[str, int] = {}  # alias -> its index, kept in step with the aliases
        self._alias_lengths = np.zeros(0)
        self._alias_sorted: "np.ndarray | None" = None
        self._alias_sorted_lengths = np.zeros(0)
        self._above: dict[tuple[str, float], Match | None] = {}  # (label key, score) -> match_at_least
        self._reach: dict[tuple, tuple] = {}  # (lengths, score, aliases) -> the aliases that can reach the score

    def add_alias(self, alias: str, entry_id: str) -> None:
        key = normalize_label(alias)
        if entry_id not in self.entries:
            raise KeyError(f"{entry_id!r} is not an id of the {self.kind} vocabulary")
        if key and key not in self._aliases:
            self._aliases.append(key)
            self._ids.append(entry_id)
            self._matches.clear()
            self._above.clear()

    def match(self, label: str) -> Match:
        key = normalize_label(label)
        if not key or not self._aliases:
            return Match(None, 0.0, None, None)
        known = self._matches.get(key)
        if known is None:
            if len(self._matches) >= _MATCH_CACHE:
                self._matches.clear()  # bounded, however many documents a worker reads
            known = self._matches[key] = self._match(key)
        return dataclasses.replace(known)

    def match_at_least(self, label: str, score: float) -> Match | None:
        """``match(label)`` when its score reaches ``score`` (and the
        threshold), else None.  Only the aliases whose lengths let them reach
        ``score`` are scored: a ratio of strings of lengths a and b is at
        most 200·min(a, b)/(a + b), and every alias of the best score above
        it is among them, the first of them too."""
        key = normalize_label(label)
        if not key or not self._aliases:
            return None
        known = self._matches.get(key)
        if known is None:
            i = self._index().get(key)
            if i is not None:
                return self.match(label)
            at = (key, score)
            if at not in self._above:
                if len(self._above) >= _MATCH_CACHE:
                    self._above.clear()
                self._above[at] = self._match_at_least(key, max(score, self.threshold))
            known = self._above[at]
            if known is None:
                return None
        return dataclasses.replace(known) if known.score >= max(score, self.threshold) else None

    def _match_at_least(self, key: str, score: float) -> Match | None:
        idx, aliases, lengths, sorted_aliases = self._reaching(len(key), len(sort_words(key)), score)
        if not aliases:
            return None
        scores = _scores(key, aliases, lengths, sorted_aliases)
        j = int(np.argmax(scores))
        if float(scores[j]) < score:
            return None
        i = int(idx[j])
        return Match(self._ids[i], float(scores[j]), self._aliases[i], self._ids[i])

    def _reaching(self, n: int, ns: int, score: float) -> tuple:
        """The aliases (indices, texts, lengths, sorted words) that a label of
        ``n`` characters (``ns`` with its words sorted) can match with
        ``score``: kept per lengths and score, which is all they depend on."""
        at = (n, ns, score, len(self._aliases))
        got = self._reach.get(at)
        if got is None:
            lengths, sorted_lengths = self._lengths(), self._sorted_lengths()
            near = np.abs(lengths - n) <= np.maximum(4.0, 0.35 * np.maximum(lengths, n))
            reach = (200.0 * np.minimum(lengths, n) / (lengths + n) >= score - 0.01) | (
                near & (200.0 * np.minimum(sorted_lengths, ns) / (sorted_lengths + ns) >= score - 0.01))
            idx = np.flatnonzero(reach)
            # Python ints index a list far quicker than numpy's integers
            got = (idx, [self._aliases[i] for i in idx.tolist()], lengths[idx], self._sorted()[idx])
            if len(self._reach) >= 4096:
                self._reach.clear()
            self._reach[at] = got
        return got

    def _match(self, key: str) -> Match:
        i = self._index().get(key)
        if i is not None:
            return Match(self._ids[i], 100.0, self._aliases[i], self._ids[i])
        scores = _scores(key, self._aliases, self._lengths(), self._sorted())
        i = int(np.argmax(scores))  # the first of the best, as process.extractOne picks
        score = float(scores[i])
        ok = score >= self.threshold
        return Match(self._ids[i] if ok else None, score, self._aliases[i], self._ids[i])

    def _index(self) -> dict[str, int]:
        if len(self._by_key) != len(self._aliases):
            self._by_key = {a: i for i, a in enumerate(self._aliases)}
        return self._by_key

    def _lengths(self) -> "np.ndarray":
        if len(self._alias_lengths) != len(self._aliases):
            self._alias_lengths = np.array([len(a) for a in self._aliases], dtype=np.float64)
        return self._alias_lengths

    def _sorted_lengths(self) -> "np.ndarray":
        if len(getattr(self, "_alias_sorted_lengths", ())) != len(self._aliases):
            self._alias_sorted_lengths = np.array([len(a) for a in self._sorted()], dtype=np.float64)
        return self._alias_sorted_lengths

    def _sorted(self) -> "np.ndarray":
        """Each alias with its words in sorted order (what ``token_sort_ratio``
        compares), made once, not at every match."""
        if getattr(self, "_alias_sorted", None) is None or len(self._alias_sorted) != len(self._aliases):
            self._alias_sorted = np.empty(len(self._aliases), dtype=object)
            self._alias_sorted[:] = [sort_words(a) for a in self._aliases]
        return self._alias_sorted

    def label(self, entry_id: str, lang: str = "en") -> str | None:
        e = self.entries.get(entry_id)
        return (e or {}).get("labels", {}).get(lang)


def _score(a: str, b: str, **kwargs: Any) -> float:
    # ratio punishes missing words; token_set forgives word order and plurals
    # only when most of the words are shared
    r = fuzz.ratio(a, b)
    if abs(len(a) - len(b)) <= max(4, 0.35 * max(len(a), len(b))):
        r = max(r, fuzz.token_sort_ratio(a, b))
    return r


def sort_words(text: str) -> str:
    """The words of ``text`` (split at spaces) in sorted order, joined by one
    space: what rapidfuzz's ``token_sort_ratio`` compares with ``ratio``."""
    return " ".join(sorted(text.split()))


def _scores(key: str, aliases: list[str], lengths: "np.ndarray", sorted_aliases: "np.ndarray | None" = None) -> "np.ndarray":
    """:func:`_score` of ``key`` against every alias at once (rapidfuzz's
    ``cdist`` in C instead of a Python scorer called per alias).  The
    token-sort score is needed only for the aliases of a length near the
    key's, and is ``ratio`` of the words sorted (``sorted_aliases``: the
    aliases so, made once per vocabulary; labels are normalized, so words are
    separated by single spaces)."""
    r = process.cdist([key], aliases, scorer=fuzz.ratio, dtype=np.float64)[0]
    near = np.abs(lengths - len(key)) <= np.maximum(4.0, 0.35 * np.maximum(lengths, len(key)))
    if sorted_aliases is None:
        t = process.cdist([key], aliases, scorer=fuzz.token_sort_ratio, dtype=np.float64)[0]
        return np.where(near, np.maximum(r, t), r)
    idx = np.flatnonzero(near)
    if len(idx):
        t = process.cdist([sort_words(key)], sorted_aliases[idx].tolist(), scorer=fuzz.ratio, dtype=np.float64)[0]
        r[idx] = np.maximum(r[idx], t)
    return r


@functools.lru_cache(maxsize=None)
def _load_file(path: str) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def builtin_vocabulary(name: str) -> dict[str, Any]:
    """The parsed `schemas/<name>.json` that ships with esep (read once)."""
    return json.loads(resources.files("esep.schemas").joinpath(f"{name}.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def label_words(name: str) -> frozenset[str]:
    """The words (lower case, four letters or more) of the labels, aliases
    and cues of the built-in vocabulary ``name``: the words its labels are
    written with, which OCR repair may put back in a word OCR damaged."""
    out: set[str] = set()
    for e in builtin_vocabulary(name).get("entries", []):
        names = list(e.get("aliases", [])) + list(e.get("cues", [])) + [v for v in e.get("labels", {}).values() if v]
        for n in names:
            out.update(w for w in re.findall(r"[^\W\d_]+", str(n).lower()) if len(w) >= 4)
    return frozenset(out)


def load_vocabulary(name: str, threshold: float = 85.0, user_dir: str | None = None) -> Vocabulary:
    """The built-in vocabulary ``schemas/<name>.json`` plus the aliases a user
    accepted in ``<user_dir>/<name>.json`` (same format, entries may give only
    ``id`` and ``aliases``)."""
    data = builtin_vocabulary(name)
    vocab = Vocabulary(data.get("kind", name), data["entries"], threshold)
    if user_dir:
        p = Path(user_dir) / f"{name}.json"
        if p.exists():
            for e in _load_file(str(p)).get("entries", []):
                for a in e.get("aliases", []):
                    try:
                        vocab.add_alias(a, e["id"])
                    except KeyError:
                        log.warning("%s: unknown id %r ignored", p, e.get("id"))
    return vocab


_vocab_cache: dict[tuple[str, float, str | None], Vocabulary] = {}


def get_vocabulary(name: str, config: Any = None, threshold: float = 85.0) -> Vocabulary:
    """A vocabulary built once per process (and per user folder)."""
    user_dir = default_user_dir(config)
    key = (name, threshold, user_dir)
    if key not in _vocab_cache:
        _vocab_cache[key] = load_vocabulary(name, threshold, user_dir)
    return _vocab_cache[key]


def unmatched(term: str, kind: str, m: Match, *, evidence: str | None = None,
              provenance: Provenance | None = None, block: int | None = None,
              table_index: int | None = None, cell: tuple[int, int] | None = None) -> Record:
    """A record for ``unmatched_terms``: a label no vocabulary entry matched."""
    return Record(
        "unmatched_terms",
        {"term": term, "kind": kind, "best_candidate": m.best, "score": round(m.score, 1)},
        evidence=evidence or term, confidence=round(m.score / 100.0, 3), provenance=provenance,
        block=block, table_index=table_index, cell=cell,
    )


migrations = Migrations("esep.vocab")


@migrations()
def m001_unmatched_terms(db) -> None:
    db.executescript(f"""
        CREATE TABLE unmatched_terms (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            term TEXT NOT NULL,
            kind TEXT NOT NULL,
            best_candidate TEXT,
            score REAL,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX unmatched_terms_kind ON unmatched_terms(kind, term);
    """)


@migrations()
def m002_unmatched_terms_by_document(db) -> None:
    """Re-ingesting a document deletes its rows first: by index, not by a
    scan of every document's terms."""
    db.execute("CREATE INDEX IF NOT EXISTS unmatched_terms_document ON unmatched_terms(document_id)")


@hookimpl
def register_migrations(register):
    register(migrations)


# -- esep vocab: review unmatched terms, accept aliases ------------------------

def vocabulary_names() -> dict[str, str]:
    """kind -> vocabulary name, for the built-in vocabularies in the
    Vocabulary format (those with ``entries`` of ``id``/``labels``/``aliases``)."""
    out = {}
    for f in resources.files("esep.schemas").iterdir():
        if f.name.endswith(".json"):
            data = json.loads(f.read_text(encoding="utf-8"))
            entries = data.get("entries") or []
            if data.get("kind") and entries and "aliases" in entries[0]:
                out[data["kind"]] = f.name[: -len(".json")]
    return out


def default_user_dir(config: Any) -> str | None:
    """The folder of the user's accepted aliases: ``--set vocab_dir=DIR``, or
    ``vocab/`` beside the database."""
    if config is None:
        return None
    if config.get("vocab_dir"):
        return config.get("vocab_dir")
    db = config.get("db_path")
    return str(Path(db).resolve().parent / "vocab") if db else None


def cluster_terms(terms: list[tuple[str, int]], threshold: float = 85.0) -> list[list[tuple[str, int]]]:
    """Group spellings of the same term (greedy, most frequent first)."""
    clusters: list[list[tuple[str, int]]] = []
    keys: list[str] = []
    for term, n in sorted(terms, key=lambda t: (-t[1], t[0])):
        key = normalize_label(term)
        best = process.extractOne(key, keys, scorer=_score) if keys else None
        if best and best[1] >= threshold:
            clusters[best[2]].append((term, n))
        else:
            clusters.append([(term, n)])
            keys.append(key)
    return clusters


def accept_alias(user_dir: str | Path, name: str, term: str, entry_id: str) -> Path:
    """Add ``term`` as an alias of ``entry_id`` to ``<user_dir>/<name>.json``."""
    vocab = load_vocabulary(name)
    if entry_id not in vocab.entries:
        close = process.extract(entry_id, list(vocab.entries), limit=3)
        hint = ", ".join(c[0] for c in close)
        raise KeyError(f"{entry_id!r} is not an id of the {vocab.kind} vocabulary (closest: {hint})")
    path = Path(user_dir) / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"kind": vocab.kind, "entries": []}
    entry = next((e for e in data["entries"] if e.get("id") == entry_id), None)
    if entry is None:
        entry = {"id": entry_id, "aliases": []}
        data["entries"].append(entry)
    if term not in entry["aliases"]:
        entry["aliases"].append(term)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _load_file.cache_clear()
    _vocab_cache.clear()
    return path


@hookimpl
def register_commands(cli):
    import click

    from esep.cli_support import db_option, readonly_connection

    @cli.group()
    def vocab():
        """Review labels no vocabulary matched, and teach esep new aliases."""

    @vocab.command()
    @db_option
    @click.option("--kind", default=None, help="Only this kind of term (event_type, branch ...).")
    @click.option("--threshold", default=85.0, show_default=True, help="Similarity (0-100) that joins spellings.")
    def review(db_path, kind, threshold):
        """Cluster the unmatched terms and show each cluster's best canonical candidates."""
        conn = readonly_connection(db_path)
        try:
            sql = "select kind, term, count(*) from unmatched_terms"
            sql += " where kind = ? group by kind, term" if kind else " group by kind, term"
            rows = conn.execute(sql, [kind] if kind else []).fetchall()
        finally:
            conn.close()
        if not rows:
            click.echo("no unmatched terms")
            return
        names = vocabulary_names()
        by_kind: dict[str, list[tuple[str, int]]] = {}
        for k, term, n in rows:
            by_kind.setdefault(k, []).append((term, n))
        for k, terms in sorted(by_kind.items()):
            click.echo(f"{k}: {len(terms)} terms")
            voc = load_vocabulary(names[k]) if k in names else None
            for cluster in cluster_terms(terms, threshold):
                total = sum(n for _, n in cluster)
                click.echo(f"  {total:4d}  " + " | ".join(f"{t} ({n})" for t, n in cluster))
                if voc:
                    key = normalize_label(cluster[0][0])
                    cands = process.extract(key, voc._aliases, scorer=_score, limit=8)
                    seen: list[tuple[str, float]] = []
                    for _alias, score, i in cands:
                        if voc._ids[i] not in [s[0] for s in seen]:
                            seen.append((voc._ids[i], score))
                    click.echo("        candidates: " + ", ".join(f"{i} {s:.0f}" for i, s in seen[:3]))
                    click.echo(f"        accept with: esep vocab accept \"{cluster[0][0]}\" {seen[0][0]}"
                               + (f" --kind {k}" if len(names) > 1 else ""))

    @vocab.command()
    @click.argument("term")
    @click.argument("entry_id", metavar="ID")
    @click.option("--kind", default="event_type", show_default=True, help="Which vocabulary.")
    @click.option("--vocab-dir", default=None, help="Folder of accepted aliases (default: vocab/ beside --db).")
    @db_option
    def accept(term, entry_id, kind, vocab_dir, db_path):
        """Make TERM an alias of the vocabulary entry ID for later ingests.

        With --kind organization, TERM is a name as written or another
        organization key, and ID the organization key it joins (see 'esep org')."""
        if kind == "organization":
            from esep.plugins.organizations import accept_command

            accept_command(term, entry_id, vocab_dir, db_path)
            return
        names = vocabulary_names()
        if kind not in names:
            raise click.UsageError(f"--kind must be one of {', '.join(sorted([*names, 'organization']))}")
        folder = vocab_dir or str(Path(db_path).resolve().parent / "vocab")
        try:
            path = accept_alias(folder, names[kind], term, entry_id)
        except KeyError as e:
            raise click.ClickException(str(e.args[0]))
        click.echo(f"{term!r} is now an alias of {entry_id} ({path}); "
                   f"re-ingest with 'esep ingest FOLDER --force --db {db_path}' to apply it")
