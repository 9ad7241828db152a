#!/usr/bin/env python3
# Writes tests/core/mathfn-reference.json: random arguments and the correctly rounded values of
# exp, expm1, log, log1p, tanh, sin and cos at them, computed with mpmath at 200 bits. Run from the
# repository root (needs Python 3 and mpmath); the file is committed, so tests do not need either.
import mpmath, random, json
mpmath.mp.prec = 200
random.seed(2026)
U = random.uniform
spec = [
  ('exp', mpmath.exp, lambda: U(-745, 709.7)), ('exp', mpmath.exp, lambda: U(-1, 1)),
  ('expm1', mpmath.expm1, lambda: U(-3, 3)), ('expm1', mpmath.expm1, lambda: U(-1e-6, 1e-6)),
  ('log', mpmath.log, lambda: 10 ** U(-307, 308)), ('log', mpmath.log, lambda: U(0.5, 2)),
  ('log1p', mpmath.log1p, lambda: U(-0.99, 5)), ('log1p', mpmath.log1p, lambda: U(-1e-6, 1e-6)),
  ('tanh', mpmath.tanh, lambda: U(-10, 10)), ('tanh', mpmath.tanh, lambda: U(-0.5, 0.5)),
  ('sin', mpmath.sin, lambda: U(-50, 50)), ('cos', mpmath.cos, lambda: U(-50, 50)),
]
out = {}
for name, f, g in spec:
    rows = out.setdefault(name, [])
    for _ in range(250):
        x = g(); rows.append([x, float(f(mpmath.mpf(x)))])
json.dump(out, open('tests/core/mathfn-reference.json', 'w'), separators=(',', ':'))
