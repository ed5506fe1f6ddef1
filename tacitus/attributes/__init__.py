"""Event attributes: when (dates), where (places) and how much (quantities).

Submodules are imported where they are used, so that importing the package loads no data:
``tacitus.attributes.dates``, ``tacitus.attributes.quantities``, ``tacitus.attributes.places``
and ``tacitus.attributes.evaluate`` (the ``attributes-eval`` command).
"""
