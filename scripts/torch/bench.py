#!/usr/bin/env python3
"""PyTorch CPU reference for `repro bench` (packages/bench).

Serves timing requests as JSON lines on stdin/stdout, so the TypeScript runner can interleave it with
its own backends in one invocation. Requests: {"id", "op": "info"|"prepare"|"sample"|"release"|"close",
"workload", "params", "warmup", "timeMs", "minIterations"}; replies {"id", "ok", "value"|"error"}.
Workloads mirror packages/bench/src/workloads (same names and shape parameters, sent by the runner).
Every timed call ends by reading a result back to Python (`.item()`), as the tfjs side reads its data.

Configuration: `--threads N` calls torch.set_num_threads(N); OPENBLAS_NUM_THREADS and friends come from
the environment the runner sets. Float32 for tensor workloads, float64 for the linear-algebra ones.
"""
import argparse
import json
import sys
import time

import torch


def blas_library():
    """The BLAS shared library actually mapped into this process (Debian's torch uses libblas.so.3)."""
    try:
        with open("/proc/self/maps") as maps:
            libs = {line.split()[-1] for line in maps if "blas" in line.lower() and line.split()[-1].startswith("/")}
        return sorted(libs)
    except OSError:
        return []


def gen(seed):
    g = torch.Generator()
    g.manual_seed(seed)
    return g


def setup_matmul(p, g, transposed=False):
    a = torch.randn(p["m"], p["k"], generator=g)
    b = torch.randn(p["n"], p["k"], generator=g) if transposed else torch.randn(p["k"], p["n"], generator=g)

    def run():
        y = a @ b.T if transposed else a @ b
        return y[0, 0].item()

    return run


def setup_dense(p, g):
    x = torch.randn(p["batch"], p["in"], generator=g, requires_grad=True)
    w = (torch.randn(p["in"], p["out"], generator=g) * 0.06).requires_grad_()
    b = torch.randn(p["out"], generator=g, requires_grad=True)
    r = torch.randn(p["batch"], p["out"], generator=g)

    def run():
        y = torch.addmm(b, x, w)
        gx, gw, gb = torch.autograd.grad((r * y).sum(), (x, w, b))
        return gx[0, 0].item() + gw[0, 0].item() + gb[0].item()

    return run


def setup_conv1d(p, g):
    bsz, length, ch, f, out = p["batch"], p["length"], p["channels"], p["filter"], p["out"]
    idx = torch.randint(0, ch, (bsz, length), generator=g)
    x = torch.nn.functional.one_hot(idx, ch).float()
    w = (torch.randn(f * ch, out, generator=g) * 0.2).requires_grad_()
    b = torch.randn(out, generator=g, requires_grad=True)
    r = torch.randn(bsz, length // f, out, generator=g)

    def run():
        patches = x.reshape(bsz * (length // f), f * ch)
        y = torch.addmm(b, patches, w).reshape(bsz, length // f, out)
        gw, gb = torch.autograd.grad((r * y).sum(), (w, b))
        return gw[0, 0].item() + gb[0].item()

    return run


def setup_embedding(p, g):
    ids = torch.randint(0, p["vocab"], (p["batch"],), generator=g)
    table = torch.randn(p["vocab"], p["dim"], generator=g, requires_grad=True)
    r = torch.randn(p["batch"], p["dim"], generator=g)

    def run():
        (gt,) = torch.autograd.grad((r * torch.nn.functional.embedding(ids, table)).sum(), (table,))
        return gt[0, 0].item()

    return run


def setup_subspace(p, g):
    n, k, block = p["dim"], p["k"], p["block"]
    m = torch.randn(n, n, generator=g, dtype=torch.float64)
    a = (m + m.T) / 2

    def run():
        q, _ = torch.linalg.qr(torch.randn(n, block, generator=g, dtype=torch.float64))
        z = a @ q
        t = q.T @ z
        vals, vecs = torch.linalg.eigh((t + t.T) / 2)
        order = torch.argsort(vals.abs(), descending=True)
        vecs = vecs[:, order]
        ritz, aritz = q @ vecs, z @ vecs
        res = torch.linalg.vector_norm(aritz[:, :k] - ritz[:, :k] * vals[order][:k], dim=0)
        return res[0].item()

    return run


def setup_ridge(p, g):
    n, d = p["n"], p["d"]
    x = torch.randn(n, d, generator=g, dtype=torch.float64)
    y = torch.randn(n, 1, generator=g, dtype=torch.float64)
    eye = torch.eye(d, dtype=torch.float64)

    def run():
        chol = torch.linalg.cholesky(x.T @ x + 1e-2 * eye)
        return torch.cholesky_solve(x.T @ y, chol)[0, 0].item()

    return run


class FactorialMlp(torch.nn.Module):
    """pal's attention-free MLP as in packages/task-factorial (embedding, SwiGLU blocks, RMSNorm, no biases)."""

    def __init__(self, p):
        super().__init__()
        d, f = p["dim"], p["hidden"]
        self.embed = torch.nn.Embedding(p["inputs"], d)
        self.blocks = torch.nn.ModuleList(
            torch.nn.ModuleList([torch.nn.Linear(d, f, bias=False), torch.nn.Linear(d, f, bias=False),
                                 torch.nn.Linear(f, d, bias=False)]) for _ in range(p["layers"]))
        self.out = torch.nn.Linear(d, p["outputs"], bias=False)

    @staticmethod
    def rms(h):
        return h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + 1e-6)

    def forward(self, x):
        h = self.embed(x)
        for w1, w3, w2 in self.blocks:
            n = self.rms(h)
            h = h + w2(torch.nn.functional.silu(w1(n)) * w3(n))
        return self.out(self.rms(h))


def setup_factorial(p, g):
    torch.manual_seed(0)
    model = FactorialMlp(p)
    opt = torch.optim.Adam(model.parameters(), lr=3e-2)
    x = torch.randint(0, p["inputs"], (p["batch"],), generator=g)
    target = torch.nn.functional.one_hot(torch.randint(0, p["outputs"], (p["batch"],), generator=g), p["outputs"]).float()

    def run():
        opt.zero_grad(set_to_none=True)
        loss = -(target * torch.log_softmax(model(x), -1)).sum(-1).mean()
        loss.backward()
        opt.step()
        return model.out.weight[0, 0].item()

    return run


SETUPS = {
    "matmul": setup_matmul,
    "matmul-tb": lambda p, g: setup_matmul(p, g, transposed=True),
    "dense": setup_dense,
    "dense-stock": setup_dense,
    "conv1d-patches": setup_conv1d,
    "embedding": setup_embedding,
    "subspace-pass": setup_subspace,
    "ridge": setup_ridge,
    "factorial-mlp-step": setup_factorial,
    "factorial-mlp-step-fused-ce": setup_factorial,
}


def timed(run):
    t = time.perf_counter()
    run()
    return (time.perf_counter() - t) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (0: leave the default)")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.set_grad_enabled(True)
    runs = {}
    for line in sys.stdin:
        req = json.loads(line)
        try:
            op = req["op"]
            if op == "info":
                value = {"torch": torch.__version__, "threads": torch.get_num_threads(),
                         "interopThreads": torch.get_num_interop_threads(), "blas": blas_library(),
                         "workloads": sorted(SETUPS)}
            elif op == "prepare":
                name = req["workload"]
                if name not in SETUPS:
                    raise KeyError(f"no torch version of workload {name}")
                runs[name] = SETUPS[name](req["params"], gen(1))
                first = timed(runs[name])
                value = {"firstMs": first, "warmupMs": [timed(runs[name]) for _ in range(req["warmup"])]}
            elif op == "sample":
                run, samples, start = runs[req["workload"]], [], time.perf_counter()
                while len(samples) < req["minIterations"] or (time.perf_counter() - start) * 1000 < req["timeMs"]:
                    samples.append(timed(run))
                value = samples
            elif op == "release":
                runs.pop(req["workload"], None)
                value = None
            elif op == "close":
                print(json.dumps({"id": req["id"], "ok": True, "value": None}), flush=True)
                return
            else:
                raise ValueError(f"unknown op {op}")
            print(json.dumps({"id": req["id"], "ok": True, "value": value}), flush=True)
        except Exception as error:  # reported to the runner, which names the workload
            print(json.dumps({"id": req.get("id"), "ok": False, "error": f"{type(error).__name__}: {error}"}), flush=True)


if __name__ == "__main__":
    main()
