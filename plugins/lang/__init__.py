"""One home for language: everything that knows Kazakh or Russian text.

* :mod:`.numbers`  numbers as reports write them
* :mod:`.dates`    months and dates
* :mod:`.periods`  report periods (years, half-years, quarters, nine months)
* :mod:`.detect`   Kazakh or Russian?
* :mod:`.kk`       the Kazakh language for spaCy and its stop words

Nothing here is a plugin; every feature package imports from here.
"""
