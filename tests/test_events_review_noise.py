"""The review list (``unmatched_terms``) and the rows of a table of events.

A table of events by form of work is read by the event statistics; the
table reader of the facts names no indicator in its rows and would list
each of them for review: the total ("Итого", "Барлығы"), every form of
work, every library of a table by library.  Those rows are read, and are
kept off the list; a form no vocabulary names stays listed, and so does
the total of a table that is no table of events.  The tables are made up
for these tests in the shapes district reports use."""

from esep.model import Record
from esep.plugins.events import stats as event_stats
from esep.plugins.facts import plugin as facts_plugin
from esep.registry import Config

from test_event_stats import doc_of, table_of


def _review(rows, period="2024"):
    """The review list of a one-table document before and after the records are prepared."""
    doc = doc_of(table_of(rows), period=period)
    records = []
    for name, extract in ((facts_plugin.EXTRACTOR, facts_plugin.extract), (event_stats.EXTRACTOR, event_stats.extract)):
        for r in extract(doc, Config()):
            r.extractor = r.extractor or name
            records.append(r)

    def listed():
        return {(r.extractor, r.values["term"], r.cell) for r in records if r.table == "unmatched_terms"}

    before = listed()
    facts_plugin.prepare_records(records=records, document=doc, config=Config())
    return before, listed(), records


def test_forms_and_total_of_a_table_by_form_leave_the_list_and_an_unknown_form_stays():
    before, after, records = _review([
        ["Формы работы", "Количество", "Присутствовало"],
        ["Книжные выставки", "48", "960"],
        ["Беседы", "30", "610"],
        ["Встречи с интересными людьми", "6", "140"],
        ["Библиокафе-бранч", "3", "45"],
        ["Итого", "87", "1755"],
    ])
    facts_terms = {term for ex, term, _ in before if ex == "facts"}
    assert {"Итого", "Беседы", "Встречи с интересными людьми"} <= facts_terms  # what the rule takes away
    assert after == {("facts", "Библиокафе-бранч", (4, 1)), ("event_stats", "Библиокафе-бранч", (4, 0))}
    # the rows themselves are all read
    rows = {r.values["label"]: r.values for r in records if r.table == "event_stats"}
    assert rows["Итого"]["is_total"] == 1 and rows["Итого"]["actual"] == 87
    assert rows["Встречи с интересными людьми"]["event_type"] == "meeting"


def test_libraries_and_total_of_a_table_by_library_with_forms_across_leave_the_list():
    before, after, records = _review([
        ["Кітапхана", "Кітап көрмелері", "Әңгімелер", "Викториналар", "Барлығы"],
        ["Орталық кітапхана", "20", "14", "6", "40"],
        ["Балалар кітапханасы", "16", "10", "5", "31"],
        ["№2 ауылдық кітапхана", "5", "3", "1", "9"],
        ["Барлығы", "41", "27", "12", "80"],
    ])
    assert {term for _, term, _ in before} == {"Орталық кітапхана", "Балалар кітапханасы", "№2 ауылдық кітапхана",
                                               "Барлығы"}
    assert after == set()
    assert {r.values["event_type"] for r in records if r.table == "event_stats"} \
        == {None, "total", "exhibition.book", "conversation", "quiz"}


def test_the_total_of_a_table_of_no_events_stays_listed():
    before, after, _ = _review([
        ["Статья расходов", "Сумма, тыс. тенге"],
        ["Подписка на периодику", "1 200"],
        ["Подарочные сертификаты", "300"],
        ["Итого", "1 500"],
    ])
    assert ("facts", "Итого", (3, 1)) in before
    assert after == before


def _event_row(label, row, rows_by, event_type=None, is_total=0, actual_col=1):
    return Record("event_stats", {"label": label, "event_type": event_type, "rows_by": rows_by, "is_total": is_total,
                                  "actual": 10, "actual_col": actual_col, "period": "2024"},
                  evidence=label, table_index=0, cell=(row, 0), extractor=event_stats.EXTRACTOR)


def _listed(term, cell, kind="metric", table_index=0):
    return Record("unmatched_terms", {"term": term, "kind": kind, "best_candidate": None, "score": 0.0},
                  evidence=term, table_index=table_index, cell=cell, extractor=facts_plugin.EXTRACTOR)


def test_a_library_row_keeps_the_label_of_a_column_the_events_were_not_read_from():
    # "Библиотека | Мероприятия | Кружки": the count of events of a library is read, its clubs are not
    doc = doc_of(table_of([["Библиотека", "Мероприятия", "Кружки"], ["ЦБ", "10", "4"], ["Итого", "10", "4"]]),
                 period="2024")
    records = [_event_row("ЦБ", 1, "branch"), _event_row("Итого", 2, "branch", "total", 1),
               _listed("ЦБ", (1, 1)), _listed("ЦБ ", (1, 2)), _listed("Итого", (2, 2)),
               _listed("ЦБ", (1, 1), table_index=1)]  # another table's row: not the events'
    facts_plugin.prepare_records(records=records, document=doc, config=Config())
    left = {(r.values["term"], r.table_index, r.cell) for r in records if r.table == "unmatched_terms"}
    assert left == {("ЦБ ", 0, (1, 2)), ("ЦБ", 1, (1, 1))}
