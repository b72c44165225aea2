"""The check of an events table's total when a department's or a numbered
direction's row carries the sum of the forms under it: each section is
counted once."""

from esep.model import Record
from esep.plugins import checks


def ev(no, label, actual, people, event_type=None, is_total=0):
    return Record("event_stats", {"row_no": no, "label": label, "event_type": event_type, "period": "2023",
                                  "plan": None, "actual": actual, "participants": people, "is_total": is_total},
                  evidence=label, table_index=0, cell=(no, 0))


def verdicts(rows):
    return {c.values["name"]: (c.values["holds"], c.values["actual"]) for c in checks.event_total_checks(rows, None)}


def departments(total=(37, 905)):
    return [ev(1, "Абонемент", 15, 380),
            ev(2, "Книжные выставки", 9, 240, "exhibition.book"),
            ev(3, "Беседы", 6, 140, "conversation"),
            ev(4, "Детский отдел", 22, 525),
            ev(5, "Громкие чтения", 10, 260, "reading"),
            ev(6, "Викторины", 8, 175, "quiz"),
            ev(7, "Утренники", 4, 90, "matinee"),
            ev(8, "Всего", *total, "total", 1)]


def test_a_departments_row_with_its_sum_is_not_added_to_its_forms():
    assert verdicts(departments()) == {"event_totals[2023].actual": (1, 37),
                                       "event_totals[2023].participants": (1, 905)}


def test_a_total_that_does_not_hold_still_fails():
    assert verdicts(departments(total=(40, 905))) == {"event_totals[2023].actual": (0, 37),
                                                      "event_totals[2023].participants": (1, 905)}


def test_numbered_directions_over_their_forms():
    rows = [ev(1, "1. Патриотическое воспитание", 11, 300),
            ev(2, "книжные выставки", 5, 120, "exhibition.book"),
            ev(3, "беседы", 6, 180, "conversation"),
            ev(4, "2. Экологическое просвещение", 7, 150),
            ev(5, "викторины", 3, 70, "quiz"),
            ev(6, "акции", 4, 80, "action"),
            ev(7, "Итого", 18, 450, "total", 1)]
    assert verdicts(rows) == {"event_totals[2023].actual": (1, 18), "event_totals[2023].participants": (1, 450)}


def test_a_row_naming_no_form_that_is_no_sum_of_the_rows_below_is_counted():
    # an untyped form beside typed ones: the rows under it do not add up to it, so it is a row of its own
    rows = [ev(1, "Книжные выставки", 9, 240, "exhibition.book"),
            ev(2, "Акции памяти", 5, 150),
            ev(3, "Беседы", 2, 40, "conversation"),
            ev(4, "Викторины", 4, 100, "quiz"),
            ev(5, "Всего", 20, 530, "total", 1)]
    assert verdicts(rows) == {"event_totals[2023].actual": (1, 20), "event_totals[2023].participants": (1, 530)}
