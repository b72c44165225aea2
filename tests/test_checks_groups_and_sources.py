"""The parts a table of another report gives that do not partition its
whole: reader groups (children and youth leave the adults out and may
overlap) are not summed against the total, and a budget's funding sources
are summed with the paid services the same table lists beside them (the
total is of every source of money).  Tables typed as such reports lay
them out; what each should give was written before the rule."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import checks
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _checks(period: str, rows: list[list[str]], before: tuple[str, ...] = ()) -> dict[str, dict]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    for x in before:
        d.add_block(Block("paragraph", x))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    records = [r for r in facts.extract(d, Config()) if r.table == "facts"]
    return {c.values["name"] + "@" + str(c.values.get("period")): c.values for c in checks.run_checks(records, d)}


@pytest.mark.parametrize("head, rows", [
    (["Показатель", "Всего", "в т.ч. дети до 14 лет", "молодёжь 15–30 лет"],
     [["Пользователи", "21 640", "16 905", "4 735"], ["Посещения", "164 220", "100 000", "33 140"],
      ["Книговыдача", "401 770", "300 415", "79 355"]]),
    (["Көрсеткіштер", "Барлығы", "оның ішінде 14 жасқа дейінгі балалар", "жастар"],
     [["Келушілер саны", "98 000", "51 000", "20 300"], ["Кітап берілімі", "250 000", "120 000", "61 000"]]),
])
def test_reader_groups_are_not_summed_against_the_whole(head, rows):
    got = _checks("2024-9M", [head] + rows)
    assert not [k for k in got if k.startswith(("parts_total[visits.total]", "parts_total[loans.total]"))], got


@pytest.mark.parametrize("before, rows, holds", [
    (("Финансирование, тыс. тенге",),
     [["Источник", "2020 г.", "2021 г."], ["Местный бюджет", "198 002,7", "214 560,3"],
      ["Республиканский бюджет", "1 000,0", "1 500,0"],
      ["Платные услуги", "1 108,4", "1 245,6"], ["Итого", "200 111,1", "217 305,9"]], 1),
    (("Қаржыландыру көздері (мың теңге)",),
     [["Қаржыландыру көзі", "2022 ж.", "2023 ж."], ["Жергілікті бюджет", "90 100,0", "95 400,5"],
      ["Республикалық бюджет", "2 000,0", "2 500,0"], ["Ақылы қызметтер", "150,0", "320,0"],
      ["Барлығы", "92 250,0", "98 220,5"]], 1),
    (("Финансирование, тыс. тенге",),
     [["Источник", "2020 г.", "2021 г."], ["Местный бюджет", "198 002,7", "214 560,3"],
      ["Республиканский бюджет", "1 000,0", "1 500,0"],
      ["Платные услуги", "1 108,4", "1 245,6"], ["Итого", "200 111,1", "219 305,9"]], 0),
])
def test_funding_sources_and_paid_services_of_the_table_add_up_to_its_total(before, rows, holds):
    period = "2021" if "2021 г." in rows[0] else "2023"
    got = _checks(period, rows, before)
    c = got[f"parts_total[finance.budget]@{period}"]
    assert c["holds"] == holds, c
    assert ("finance.paid_services" in c["details"]) or ("paid" in c["details"]), c["details"]
