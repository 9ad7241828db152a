;; Part of the float32 kernel module: scripts/build-wasm.mjs assembles matmul32.wat,
;; matmul32-pack.wat, matmul32-tanh.wat and matmul32-demote.wat, in that order, into one
;; (module …). See matmul32.wat.
;;
;; ---- Packing -------------------------------------------------------------------------------
;; pack4 / pack8 copy the view src (element (r, p) at src + 4·(r·rowStride + p·depthStride),
;; r < rows, p < depth) into panels of 4 / 8 rows: for each panel, for each p, its rows at p.
;; Rows past `rows` in the last panel are zeros. Full panels take a SIMD path when the view is
;; contiguous along one of its axes (always the case for the three matrix products).
(func (export "pack4")
  (param $src i32) (param $rowStride i32) (param $depthStride i32)
  (param $rows i32) (param $depth i32) (param $dst i32)
  (local $r0 i32)
  (local.set $rowStride (i32.shl (local.get $rowStride) (i32.const 2)))   ;; strides in bytes
  (local.set $depthStride (i32.shl (local.get $depthStride) (i32.const 2)))
  (block $done
    (loop $panels
      (br_if $done (i32.ge_s (local.get $r0) (local.get $rows)))
      (if (i32.lt_s (i32.sub (local.get $rows) (local.get $r0)) (i32.const 4))
        (then
          (call $packGeneral (local.get $src) (local.get $rowStride) (local.get $depthStride)
            (i32.sub (local.get $rows) (local.get $r0)) (i32.const 4) (local.get $depth) (local.get $dst)))
        (else
          (if (i32.eq (local.get $rowStride) (i32.const 4))
            (then
              (call $packAdjacent4 (local.get $src) (local.get $depthStride) (local.get $depth) (local.get $dst)))
            (else
              (if (i32.eq (local.get $depthStride) (i32.const 4))
                (then
                  (call $packContiguous4 (local.get $src) (local.get $rowStride) (local.get $depth)
                    (local.get $dst) (i32.const 16)))
                (else
                  (call $packGeneral (local.get $src) (local.get $rowStride) (local.get $depthStride)
                    (i32.const 4) (i32.const 4) (local.get $depth) (local.get $dst))))))))
      (local.set $src (i32.add (local.get $src) (i32.shl (local.get $rowStride) (i32.const 2))))
      (local.set $dst (i32.add (local.get $dst) (i32.shl (local.get $depth) (i32.const 4))))
      (local.set $r0 (i32.add (local.get $r0) (i32.const 4)))
      (br $panels))))

(func (export "pack8")
  (param $src i32) (param $rowStride i32) (param $depthStride i32)
  (param $rows i32) (param $depth i32) (param $dst i32)
  (local $r0 i32)
  (local.set $rowStride (i32.shl (local.get $rowStride) (i32.const 2)))
  (local.set $depthStride (i32.shl (local.get $depthStride) (i32.const 2)))
  (block $done
    (loop $panels
      (br_if $done (i32.ge_s (local.get $r0) (local.get $rows)))
      (if (i32.lt_s (i32.sub (local.get $rows) (local.get $r0)) (i32.const 8))
        (then
          (call $packGeneral (local.get $src) (local.get $rowStride) (local.get $depthStride)
            (i32.sub (local.get $rows) (local.get $r0)) (i32.const 8) (local.get $depth) (local.get $dst)))
        (else
          (if (i32.eq (local.get $rowStride) (i32.const 4))
            (then
              (call $packAdjacent8 (local.get $src) (local.get $depthStride) (local.get $depth) (local.get $dst)))
            (else
              (if (i32.eq (local.get $depthStride) (i32.const 4))
                (then
                  ;; rows 0–3 into the first half of each 32-byte step, rows 4–7 into the second
                  (call $packContiguous4 (local.get $src) (local.get $rowStride) (local.get $depth)
                    (local.get $dst) (i32.const 32))
                  (call $packContiguous4
                    (i32.add (local.get $src) (i32.shl (local.get $rowStride) (i32.const 2)))
                    (local.get $rowStride) (local.get $depth)
                    (i32.add (local.get $dst) (i32.const 16)) (i32.const 32)))
                (else
                  (call $packGeneral (local.get $src) (local.get $rowStride) (local.get $depthStride)
                    (i32.const 8) (i32.const 8) (local.get $depth) (local.get $dst))))))))
      (local.set $src (i32.add (local.get $src) (i32.shl (local.get $rowStride) (i32.const 3))))
      (local.set $dst (i32.add (local.get $dst) (i32.shl (local.get $depth) (i32.const 5))))
      (local.set $r0 (i32.add (local.get $r0) (i32.const 8)))
      (br $panels))))

;; A full 4-row panel whose rows are adjacent in memory (rowStride = 1 element): at each p
;; the 4 values are consecutive, so copy 16 bytes per p.
(func $packAdjacent4 (param $s i32) (param $depthStride i32) (param $depth i32) (param $dst i32)
  (local $end i32)
  (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $depth) (i32.const 4))))
  (block $done
    (loop $steps
      (br_if $done (i32.ge_u (local.get $dst) (local.get $end)))
      (v128.store (local.get $dst) (v128.load (local.get $s)))
      (local.set $s (i32.add (local.get $s) (local.get $depthStride)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (br $steps))))

;; The same for an 8-row panel: 32 bytes per p.
(func $packAdjacent8 (param $s i32) (param $depthStride i32) (param $depth i32) (param $dst i32)
  (local $end i32)
  (local.set $end (i32.add (local.get $dst) (i32.shl (local.get $depth) (i32.const 5))))
  (block $done
    (loop $steps
      (br_if $done (i32.ge_u (local.get $dst) (local.get $end)))
      (v128.store offset=0 (local.get $dst) (v128.load offset=0 (local.get $s)))
      (v128.store offset=16 (local.get $dst) (v128.load offset=16 (local.get $s)))
      (local.set $s (i32.add (local.get $s) (local.get $depthStride)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
      (br $steps))))

;; Four rows that are each contiguous along p (depthStride = 1 element), written as 4 values
;; per p every `step` bytes from dst: load four steps of each row at once and transpose the
;; 4×4 block with shuffles; the last depth mod 4 steps one value at a time.
(func $packContiguous4 (param $s0 i32) (param $rowStride i32) (param $depth i32) (param $dst i32) (param $step i32)
  (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $quads i32)
  (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $t0 v128) (local $t1 v128)
  (local.set $s1 (i32.add (local.get $s0) (local.get $rowStride)))
  (local.set $s2 (i32.add (local.get $s1) (local.get $rowStride)))
  (local.set $s3 (i32.add (local.get $s2) (local.get $rowStride)))
  (local.set $quads (i32.shr_u (local.get $depth) (i32.const 2)))
  (block $done
    (loop $blocks
      (br_if $done (i32.eqz (local.get $quads)))
      (local.set $v0 (v128.load (local.get $s0)))   ;; row 0 at p .. p+3
      (local.set $v1 (v128.load (local.get $s1)))
      (local.set $v2 (v128.load (local.get $s2)))
      (local.set $v3 (v128.load (local.get $s3)))
      ;; t0 = (r0[p], r1[p], r0[p+1], r1[p+1]), t1 = the same for rows 2, 3
      (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v0) (local.get $v1)))
      (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v2) (local.get $v3)))
      (v128.store (local.get $dst)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t1)))
      (local.set $dst (i32.add (local.get $dst) (local.get $step)))
      (v128.store (local.get $dst)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t1)))
      (local.set $dst (i32.add (local.get $dst) (local.get $step)))
      ;; the same for p+2, p+3
      (local.set $t0 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v0) (local.get $v1)))
      (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v2) (local.get $v3)))
      (v128.store (local.get $dst)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t1)))
      (local.set $dst (i32.add (local.get $dst) (local.get $step)))
      (v128.store (local.get $dst)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t1)))
      (local.set $dst (i32.add (local.get $dst) (local.get $step)))
      (local.set $s0 (i32.add (local.get $s0) (i32.const 16)))
      (local.set $s1 (i32.add (local.get $s1) (i32.const 16)))
      (local.set $s2 (i32.add (local.get $s2) (i32.const 16)))
      (local.set $s3 (i32.add (local.get $s3) (i32.const 16)))
      (local.set $quads (i32.sub (local.get $quads) (i32.const 1)))
      (br $blocks)))
  (local.set $depth (i32.and (local.get $depth) (i32.const 3)))
  (block $tailDone
    (loop $tail
      (br_if $tailDone (i32.eqz (local.get $depth)))
      (f32.store offset=0 (local.get $dst) (f32.load (local.get $s0)))
      (f32.store offset=4 (local.get $dst) (f32.load (local.get $s1)))
      (f32.store offset=8 (local.get $dst) (f32.load (local.get $s2)))
      (f32.store offset=12 (local.get $dst) (f32.load (local.get $s3)))
      (local.set $s0 (i32.add (local.get $s0) (i32.const 4)))
      (local.set $s1 (i32.add (local.get $s1) (i32.const 4)))
      (local.set $s2 (i32.add (local.get $s2) (i32.const 4)))
      (local.set $s3 (i32.add (local.get $s3) (i32.const 4)))
      (local.set $dst (i32.add (local.get $dst) (local.get $step)))
      (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
      (br $tail))))

;; A panel of `width` rows with any strides, of which the first `valid` are real: those rows,
;; then zeros. Used for the last, partial panel, and for full panels contiguous along neither
;; axis. Strides are in bytes here.
(func $packGeneral (param $s i32) (param $rowStride i32) (param $depthStride i32)
  (param $valid i32) (param $width i32) (param $depth i32) (param $dst i32)
  (local $p i32) (local $r i32)
  (block $done
    (loop $steps
      (br_if $done (i32.ge_s (local.get $p) (local.get $depth)))
      (local.set $r (i32.const 0))
      (loop $row
        (f32.store (i32.add (local.get $dst) (i32.shl (local.get $r) (i32.const 2)))
          (if (result f32) (i32.lt_s (local.get $r) (local.get $valid))
            (then (f32.load (i32.add (local.get $s) (i32.mul (local.get $r) (local.get $rowStride)))))
            (else (f32.const 0))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br_if $row (i32.lt_s (local.get $r) (local.get $width))))
      (local.set $s (i32.add (local.get $s) (local.get $depthStride)))
      (local.set $dst (i32.add (local.get $dst) (i32.shl (local.get $width) (i32.const 2))))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $steps))))
