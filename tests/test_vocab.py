"""Vocabulary matching, and reviewing and accepting unmatched terms."""

import sqlite3

from esep.plugins.vocab import cluster_terms, load_vocabulary, normalize_label

REPORT = """Есеп 2019 жылдың 1-ші жарты жылдығы

Іс-шаралар бойынша жиынтық кесте
\tЖұмыс түрлері
\t2018 жылдың
1-ші ж/ж

\t2019 жылдың
1-ші ж/ж

\t
\tжоспар
\tесеп
\tқатысқандар
\tжоспар
\tесеп
\tқатысқандар

\tКітап көрмелері
\t
\t10
\t300
\t
\t12
\t340

\tБиблиотусовка
\t
\t2
\t40
\t
\t3
\t61

\tДөңгелек үстелдер
\t
\t1
\t20
\t
\t2
\t35

\tБарлығы
\t
\t13
\t360
\t
\t17
\t436

"""


def test_ocr_damaged_and_inflected_labels_land_on_one_id():
    v = load_vocabulary("event_types")
    ids = {v.match(x).id for x in ("Кітап көрмелері", "Кітап көрмесі", "Кiтап кѳрмелерi")}
    assert len(ids) == 1 and None not in ids
    assert v.match("Қарбыз егу").id is None  # not guessed


def test_normalize_folds_latin_lookalikes():
    assert normalize_label("Кiтап кѳрмелерi") == normalize_label("кітап көрмелері")
    assert normalize_label("1. Акциялар") == "акциялар"


def test_cluster_terms_groups_spellings():
    clusters = cluster_terms([("Библиотусовка", 3), ("Библиотусовки", 1), ("Квиз", 2)])
    assert sorted(len(c) for c in clusters) == [1, 2]


def test_review_accept_and_reingest(tmp_path, cli_runner):
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "v.db"
    assert cli_runner("ingest", folder, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from unmatched_terms where term = 'Библиотусовка'").fetchone()[0] >= 1
    rows = conn.execute("select label, event_type from event_stats where period = '2019-H1'").fetchall()
    assert ("Библиотусовка", None) in rows and ("Кітап көрмелері", "exhibition.book") in rows
    conn.close()

    r = cli_runner("vocab", "review", "--db", db)
    assert "Библиотусовка" in r.output and "candidates:" in r.output

    r = cli_runner("vocab", "accept", "Библиотусовка", "no_such_type", "--db", db)
    assert r.exit_code == 1 and "is not an id" in r.output
    r = cli_runner("vocab", "accept", "Библиотусовка", "meeting", "--db", db)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "vocab" / "event_types.json").exists()

    assert cli_runner("ingest", folder, "--db", db, "--force").exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from unmatched_terms where term = 'Библиотусовка'").fetchone()[0] == 0
    assert ("Библиотусовка", "meeting") in conn.execute(
        "select label, event_type from event_stats where period = '2019-H1'").fetchall()


def test_batch_scoring_picks_what_the_per_alias_scorer_picks():
    """The vocabulary scores a label against all aliases at once (cdist); on
    labels made by damaging real aliases it picks the same alias with the
    same score as extractOne with the per-pair scorer."""
    import random

    from rapidfuzz import process

    from esep.plugins.vocab import _score, vocabulary_names

    rnd = random.Random(7)
    checked = 0
    for name in vocabulary_names().values():
        v = load_vocabulary(name)
        if not v._aliases:
            continue
        for alias in rnd.sample(v._aliases, min(40, len(v._aliases))):
            words = alias.split()
            rnd.shuffle(words)
            cut = rnd.randrange(len(alias))
            for label in (" ".join(words), alias[:cut] + alias[cut + 1:], alias + " жыл", alias[: len(alias) // 2]):
                key = normalize_label(label)
                if not key or key in v._aliases:
                    continue
                want_alias, want_score, want_i = process.extractOne(key, v._aliases, scorer=_score)
                got = v._match(key)
                assert (got.alias, got.score, got.best) == (want_alias, float(want_score), v._ids[want_i]), label
                checked += 1
    assert checked > 200
