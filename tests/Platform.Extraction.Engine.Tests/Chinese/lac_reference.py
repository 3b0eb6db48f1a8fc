#!/usr/bin/python3
"""Reference runner for jieba's LAC-small, used to check and time the C# tagger.

jieba's own entry point (jieba.lac_small.predict) needs PaddlePaddle 1.x, which Debian does not
ship. When paddle is absent this script keeps every part of jieba's pipeline that does not need
it -- reader_small.Dataset (dictionary, str.strip(), OOV mapping) and utils.parse_result (word
grouping) -- and replaces only the Paddle graph of nets.py with a float32 numpy version of the
same operators (fluid.embedding, fc, dynamic_gru, crf_decoding), reading the same
model_baseline/ tensors.

Usage:
  lac_reference.py tag [--halfwidth]           JSON list of sentences on stdin -> JSON on stdout
  lac_reference.py bench-lac FILE [--halfwidth] one sentence per line; prints chars/s
  lac_reference.py bench-posseg FILE            jieba.posseg (HMM, pure python); prints chars/s of the median
                                                of five passes (the C# side is a median too)
"""
import io
import json
import os
import struct
import sys
import time
import types


def _install_paddle_stub():
    """reader_small and utils import paddle at module level but use it only for graph building."""
    try:
        import paddle  # noqa: F401
        return False
    except ImportError:
        paddle = types.ModuleType("paddle")
        fluid = types.ModuleType("paddle.fluid")
        paddle.fluid = fluid
        sys.modules["paddle"] = paddle
        sys.modules["paddle.fluid"] = fluid
        return True


_install_paddle_stub()
import numpy as np  # noqa: E402
import jieba.lac_small.reader_small as reader_small  # noqa: E402
import jieba.lac_small.utils as lac_utils  # noqa: E402

MODEL_DIR = os.path.join(os.path.dirname(reader_small.__file__), "model_baseline")
HIDDEN = 128


def load_tensor(path):
    """Paddle LoDTensor stream: u32 version, u64 lod levels (+ data), u32 version, i32 desc size,
    TensorDesc protobuf (1: data_type, 2: dims), then raw little-endian data."""
    with open(path, "rb") as f:
        data = f.read()
    pos = 4
    (lod_levels,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    for _ in range(lod_levels):
        (size,) = struct.unpack_from("<Q", data, pos)
        pos += 8 + size
    pos += 4
    (desc_size,) = struct.unpack_from("<i", data, pos)
    pos += 4
    desc = data[pos:pos + desc_size]
    pos += desc_size
    dims, data_type, i = [], None, 0

    def varint(j):
        value, shift = 0, 0
        while True:
            b = desc[j]
            j += 1
            value |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return value, j

    while i < len(desc):
        key, i = varint(i)
        field, wire = key >> 3, key & 7
        if field == 1 and wire == 0:
            data_type, i = varint(i)
        elif field == 2 and wire == 0:
            d, i = varint(i)
            dims.append(d)
        elif field == 2 and wire == 2:
            n, i = varint(i)
            end = i + n
            while i < end:
                d, i = varint(i)
                dims.append(d)
        else:
            raise ValueError("unexpected field %d in %s" % (field, path))
    if data_type != 5:
        raise ValueError("%s: data type %s is not FP32" % (path, data_type))
    count = int(np.prod(dims))
    return np.frombuffer(data, dtype="<f4", count=count, offset=pos).reshape(dims).astype(np.float32)


def _sigmoid(x):
    # Paddle's GRU activation clips the input to [-40, 13] before exp.
    x = np.clip(x, np.float32(-40.0), np.float32(13.0))
    return np.float32(1.0) / (np.float32(1.0) + np.exp(-x))


def _tanh(x):
    # Paddle: 2 / (1 + exp(min(-2x, 40))) - 1
    t = np.minimum(np.float32(-2.0) * x, np.float32(40.0))
    return np.float32(2.0) / (np.float32(1.0) + np.exp(t)) - np.float32(1.0)


class NumpyLexNet:
    """nets.lex_net for inference: embedding -> 2 x BiGRU -> fc -> crf_decoding."""

    def __init__(self):
        t = lambda name: load_tensor(os.path.join(MODEL_DIR, name))
        self.embedding = t("word_emb")
        self.grus = []
        for layer in range(2):
            directions = []
            for direction in range(2):
                index = layer * 2 + direction
                directions.append((t("fc_%d.w_0" % index), t("fc_%d.b_0" % index).reshape(-1),
                                   t("gru_%d.w_0" % index), t("gru_%d.b_0" % index).reshape(-1)))
            self.grus.append(directions)
        self.emission_w = t("fc_4.w_0")
        self.emission_b = t("fc_4.b_0").reshape(-1)
        self.crf = t("crfw")

    @staticmethod
    def _gru(x, weight, reverse):
        d = HIDDEN
        flat = weight.reshape(-1)
        gate_w = flat[:d * 2 * d].reshape(d, 2 * d)  # update | reset
        cand_w = flat[d * 2 * d:].reshape(d, d)
        h = np.zeros(d, dtype=np.float32)
        out = np.zeros((x.shape[0], d), dtype=np.float32)
        steps = range(x.shape[0] - 1, -1, -1) if reverse else range(x.shape[0])
        for t in steps:
            gates = x[t, :2 * d] + h @ gate_w
            u = _sigmoid(gates[:d])
            r = _sigmoid(gates[d:])
            c = _tanh(x[t, 2 * d:] + (r * h) @ cand_w)
            h = h - u * h + u * c
            out[t] = h
        return out

    def emissions(self, ids):
        feature = self.embedding[np.asarray(ids, dtype=np.int64)]
        for directions in self.grus:
            outs = []
            for direction, (fc_w, fc_b, gru_w, gru_b) in enumerate(directions):
                x = feature @ fc_w + fc_b + gru_b
                outs.append(self._gru(x, gru_w, reverse=direction == 1))
            feature = np.concatenate(outs, axis=1)
        return feature @ self.emission_w + self.emission_b

    def decode(self, emission):
        """crf_decoding: row 0 start, row 1 end, rows 2.. transitions; ties keep the lowest index."""
        start, end, trans = self.crf[0], self.crf[1], self.crf[2:]
        n = emission.shape[0]
        alpha = start + emission[0]
        track = np.zeros((n, emission.shape[1]), dtype=np.int64)
        for k in range(1, n):
            scores = alpha[:, None] + trans  # [from, to]
            track[k] = np.argmax(scores, axis=0)  # first maximum, like Paddle's strict '>'
            alpha = scores.max(axis=0) + emission[k]
        path = [int(np.argmax(alpha + end))]
        for k in range(n - 1, 0, -1):
            path.append(int(track[k][path[-1]]))
        return path[::-1]

    def tag_ids(self, ids):
        return self.decode(self.emissions(ids)) if len(ids) else []


class _LodTensor:
    """What utils.parse_result needs from a fetched paddle LoDTensor."""

    def __init__(self, values):
        self._values = np.asarray(values, dtype=np.int64).reshape(-1, 1)

    def lod(self):
        return [[0, len(self._values)]]

    def __array__(self, dtype=None):
        return self._values if dtype is None else self._values.astype(dtype)


def halfwidth(text):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else (" " if c == "\u3000" else c)
                   for c in text)


class Reference:
    def __init__(self):
        self.dataset = reader_small.Dataset()
        self.net = NumpyLexNet()

    def analyse(self, sentence):
        ids = self.dataset.get_vars(sentence)  # jieba's own input preparation (strip + OOV)
        tag_ids = self.net.tag_ids(ids)
        result = {
            "leading": len(sentence) - len(sentence.lstrip()),
            "tags": [self.dataset.id2label_dict[str(t)] for t in tag_ids],
            "words": [],
            "word_tags": [],
        }
        if ids:
            words, tags = lac_utils.parse_result(_LodTensor(ids), _LodTensor(tag_ids), self.dataset)
            result["words"], result["word_tags"] = words, tags
        return result


class _Clock:
    """Wall clock and this process's CPU time (the machine may be shared)."""

    def __init__(self):
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def report(self, engine, chars):
        wall = time.perf_counter() - self.wall
        cpu = time.process_time() - self.cpu
        return {"engine": engine, "chars": chars, "seconds": wall, "chars_per_second": chars / wall,
                "cpu_seconds": cpu, "chars_per_cpu_second": chars / cpu}


POSSEG_PASSES = 5


def _read_lines(path):
    with io.open(path, encoding="utf8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def main(argv):
    command = argv[1] if len(argv) > 1 else "tag"
    use_halfwidth = "--halfwidth" in argv
    if command == "tag":
        sentences = json.loads(sys.stdin.read())
        reference = Reference()
        out = [reference.analyse(halfwidth(s) if use_halfwidth else s) for s in sentences]
        sys.stdout.write(json.dumps(out, ensure_ascii=False))
    elif command == "bench-lac":
        lines = _read_lines(argv[2])
        reference = Reference()
        reference.analyse(lines[0])
        clock = _Clock()
        chars = 0
        for line in lines:
            reference.analyse(halfwidth(line) if use_halfwidth else line)
            chars += len(line)
        print(json.dumps(clock.report("lac-numpy", chars)))
    elif command == "bench-posseg":
        import logging
        import jieba
        import jieba.posseg as pseg
        jieba.setLogLevel(logging.WARNING)
        lines = _read_lines(argv[2])
        list(pseg.cut(lines[0]))  # loads the dictionary outside the timed part
        chars = sum(len(line) for line in lines)
        passes = []
        for _ in range(POSSEG_PASSES):
            clock = _Clock()
            for line in lines:
                list(pseg.cut(line))
            passes.append(clock.report("jieba-posseg", chars))
        passes.sort(key=lambda report: report["seconds"])
        print(json.dumps(passes[len(passes) // 2]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
