;; Part of the float32 kernel module: scripts/build-wasm.mjs assembles matmul32.wat,
;; matmul32-pack.wat, matmul32-tanh.wat and matmul32-demote.wat, in that order, into one
;; (module …). See matmul32.wat.
;;
;; ---- tanh ----------------------------------------------------------------------------------
;; dst[i] = tanh(src[i]) for i < count, four at a time (a last partial group computes, and
;; writes, up to three values past count: the caller leaves room). src = dst is allowed.
;; The same operations as tanh32 in src/core/kernels/tanh32.ts, in the same order, each
;; rounded to float32, so the results are bit-identical (see that file for the method):
;;   a = min(|x|, 9.1); y = 2a; k = ⌊y/ln2 + ½⌋; r = (y − k·LN2_HI) − k·LN2_LO;
;;   e = r + r²·(1/2 + r(1/3! + r(1/4! + r(1/5! + r(1/6! + r/7!)))))   (= eʳ − 1)
;;   t = 2ᵏ·e + (2ᵏ − 1)   (= e^y − 1);   tanh = ±t/(t + 2);   x itself when |x| < 2⁻¹².
(func (export "tanh") (param $src i32) (param $dst i32) (param $count i32)
  (local $end i32) (local $x v128) (local $a v128) (local $y v128) (local $kf v128)
  (local $r v128) (local $q v128) (local $s v128) (local $t v128)
  (local.set $end (i32.add (local.get $src)
    (i32.shl (i32.shr_u (i32.add (local.get $count) (i32.const 3)) (i32.const 2)) (i32.const 4))))
  (block $done
    (loop $groups
      (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
      (local.set $x (v128.load (local.get $src)))
      (local.set $a (f32x4.min (f32x4.abs (local.get $x)) (v128.const f32x4 9.10000038 9.10000038 9.10000038 9.10000038)))
      (local.set $y (f32x4.add (local.get $a) (local.get $a)))
      (local.set $kf (f32x4.floor (f32x4.add
        (f32x4.mul (local.get $y) (v128.const f32x4 1.44269502 1.44269502 1.44269502 1.44269502))
        (v128.const f32x4 0.5 0.5 0.5 0.5))))
      (local.set $r (f32x4.sub
        (f32x4.sub (local.get $y)
          (f32x4.mul (local.get $kf) (v128.const f32x4 0.693145752 0.693145752 0.693145752 0.693145752)))
        (f32x4.mul (local.get $kf)
          (v128.const f32x4 0.00000142860677 0.00000142860677 0.00000142860677 0.00000142860677))))
      (local.set $q (f32x4.add (v128.const f32x4 0.00138888892 0.00138888892 0.00138888892 0.00138888892)
        (f32x4.mul (local.get $r) (v128.const f32x4 0.000198412701 0.000198412701 0.000198412701 0.000198412701))))
      (local.set $q (f32x4.add (v128.const f32x4 0.00833333377 0.00833333377 0.00833333377 0.00833333377)
        (f32x4.mul (local.get $r) (local.get $q))))
      (local.set $q (f32x4.add (v128.const f32x4 0.0416666679 0.0416666679 0.0416666679 0.0416666679)
        (f32x4.mul (local.get $r) (local.get $q))))
      (local.set $q (f32x4.add (v128.const f32x4 0.166666672 0.166666672 0.166666672 0.166666672)
        (f32x4.mul (local.get $r) (local.get $q))))
      (local.set $q (f32x4.add (v128.const f32x4 0.5 0.5 0.5 0.5)
        (f32x4.mul (local.get $r) (local.get $q))))
      ;; eʳ − 1
      (local.set $r (f32x4.add (local.get $r) (f32x4.mul (f32x4.mul (local.get $r) (local.get $r)) (local.get $q))))
      ;; 2ᵏ from its bits: (k + 127) << 23
      (local.set $s (i32x4.shl
        (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $kf)) (v128.const i32x4 127 127 127 127))
        (i32.const 23)))
      (local.set $t (f32x4.add (f32x4.mul (local.get $s) (local.get $r))
        (f32x4.sub (local.get $s) (v128.const f32x4 1 1 1 1))))
      (local.set $t (f32x4.div (local.get $t) (f32x4.add (local.get $t) (v128.const f32x4 2 2 2 2))))
      ;; the sign of x (t ≥ 0), and x itself where |x| < 2⁻¹²
      (local.set $t (v128.or (local.get $t)
        (v128.and (local.get $x) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))))
      (v128.store (local.get $dst)
        (v128.bitselect (local.get $x) (local.get $t)
          (f32x4.lt (local.get $a) (v128.const f32x4 0x1p-12 0x1p-12 0x1p-12 0x1p-12))))
      (local.set $src (i32.add (local.get $src) (i32.const 16)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $groups))))
