;; Part of the float32 kernel module: scripts/build-wasm.mjs assembles matmul32.wat,
;; matmul32-pack.wat, matmul32-tanh.wat and this file, in that order, into one (module …).
;; See matmul32.wat.
;;
;; ---- demote --------------------------------------------------------------------------------
;; dst[i] = float32(src[i]) for i < count: float64 operands (src 8-byte aligned) rounded to
;; float32 as they come into the module, to nearest with ties to even, which is what Math.fround
;; and a Float32Array store do, so the bits are the same as copying with Float32Array.set (a NaN
;; stays a NaN). Four at a time, two f64x2 loads demoted and joined into one f32x4 store; then
;; the last one to three singly. src and dst must not overlap.
(func (export "demote") (param $src i32) (param $dst i32) (param $count i32)
  (local $end i32) (local $end4 i32)
  (local.set $end (i32.add (local.get $src) (i32.shl (local.get $count) (i32.const 3))))
  (local.set $end4 (i32.add (local.get $src)
    (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 3))))
  (block $fours_done
    (loop $fours
      (br_if $fours_done (i32.ge_u (local.get $src) (local.get $end4)))
      (v128.store (local.get $dst)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
          (f32x4.demote_f64x2_zero (v128.load (local.get $src)))
          (f32x4.demote_f64x2_zero (v128.load offset=16 (local.get $src)))))
      (local.set $src (i32.add (local.get $src) (i32.const 32)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $fours)))
  (block $done
    (loop $ones
      (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
      (f32.store (local.get $dst) (f32.demote_f64 (f64.load (local.get $src))))
      (local.set $src (i32.add (local.get $src) (i32.const 8)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
      (br $ones))))
