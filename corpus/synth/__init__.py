"""Helpers of ``corpus/generate.py``: a plain-Python model of a library
activity report (:mod:`synth.model`), the words it is written in
(:mod:`synth.lexicon`), Kazakh and Russian renderers (:mod:`synth.render`),
.txt/.docx/.pdf writers (:mod:`synth.writers`) and the gold
(:mod:`synth.gold`).  Everything here is SYNTHETIC: no figure is taken from
a real report."""
