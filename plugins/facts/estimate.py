"""Tables of a budget's execution: the approved estimate beside what was spent.

A report on its estimate of expenses ("Исполнение сметы расходов") puts the
sums approved for the year beside the sums spent: "Статья расходов |
Утверждено на 2023 г. | Исполнено | % исполнения", "Бекітілген | Игерілген".
The approved column is the plan the year's spending is measured against,
no figure of the year; the spent column holds the facts.
"""
from __future__ import annotations

import re

#: a column of the sums approved or provided for: "Утверждено (по смете)", "Утвержденный бюджет",
#: "Предусмотрено", "Бекітілген", "Бекітілді"
APPROVED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:утвержд[её]н[^\W\d_]*|утверждено|предусмотрено|бекітіл[^\W\d_]*)")
#: a column of the sums spent: "Исполнено", "Фактически", "Освоено", "Кассовое исполнение", "Игерілген", "Орындалды"
SPENT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:исполнен[^\W\d_]*|фактическ[^\W\d_]*|освоен[^\W\d_]*|кассов[^\W\d_]*"
                      r"|игеріл[^\W\d_]*|орындал[^\W\d_]*)")


def approved_columns(col_info: dict[int, dict]) -> None:
    """Mark as a plan each column headed by an approval word in a table
    that has a column of the sums spent as well (and none of them a relation)."""
    heads = {k: info.get("text") or "" for k, info in col_info.items() if not info.get("relation")}
    spent = [k for k, t in heads.items() if SPENT_RE.search(t) and not APPROVED_RE.search(t)]
    if not spent:
        return
    for k, t in heads.items():
        if k not in spent and APPROVED_RE.search(t):
            col_info[k]["plan"] = True
