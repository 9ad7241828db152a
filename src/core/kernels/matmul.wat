;; Matrix product kernel in WebAssembly SIMD (f64x2), the fast path behind src/core/matrix.ts.
;;
;; Assembled by `node scripts/build-wasm.mjs` into src/core/kernels/matmul-wasm.ts (base64), and
;; driven from src/core/kernels/wasm-gemm.ts, which copies operands into this module's memory:
;;
;;   pack(a, aRow, aCol, n, k, packedA)     ;; op(A) → 4-row panels
;;   pack(b, bCol, bRow, m, k, packedB)     ;; op(B)ᵀ → 4-column panels
;;   gemm(n4, m4, k, packedA, packedB, c, ldc)
;;   compact(c, n, m, ldc)                  ;; padded rows → n×m row-major
;;
;; It is the same algorithm as the TypeScript kernel, step for step:
;;   * operands are packed into zero-padded panels of 4 rows (A) and 4 columns (B), stored
;;     depth-first, so the micro-kernel reads both with unit stride;
;;   * the depth is cut into slices of KC = 512 and A's rows into blocks of 64 (16 panels);
;;   * the micro-kernel keeps a 4×4 tile of C in eight f64x2 registers (two columns each).
;; Each KC slice is summed from p = 0 upward into zeroed accumulators and then added into C,
;; exactly as in TypeScript, and f64x2.mul / f64x2.add round each lane like scalar f64 ops, so
;; both kernels produce bit-identical results.
;;
;; Addresses are byte offsets into the exported memory; strides and sizes count f64 elements.
;; C is written with row stride `ldc` into a padded block of 4·n4 rows (ldc a multiple of 4):
;; the caller zeroes it first, then `compact` moves the valid n×m part to the block's start.
(module
  (memory (export "memory") 1)

  ;; Depth of one k slice. The TypeScript side checks it equals its own KC before use.
  (global (export "KC") i32 (i32.const 512))

  ;; ---- Packing -------------------------------------------------------------------------------
  ;; Copies the view src (element (r, p) at src + 8·(r·rowStride + p·depthStride), r < rows,
  ;; p < depth) into panels of 4 rows: for each panel, for each p, its 4 rows at p.
  ;; Rows past `rows` in the last panel are zeros. Full panels take a SIMD path when the view
  ;; is contiguous along one of its axes (always the case for the three matrix products).
  (func (export "pack")
    (param $src i32) (param $rowStride i32) (param $depthStride i32)
    (param $rows i32) (param $depth i32) (param $dst i32)
    (local $r0 i32) (local $panelBytes i32)
    (local.set $panelBytes (i32.shl (local.get $depth) (i32.const 5)))   ;; 4·depth doubles
    (local.set $rowStride (i32.shl (local.get $rowStride) (i32.const 3))) ;; strides in bytes
    (local.set $depthStride (i32.shl (local.get $depthStride) (i32.const 3)))
    (block $done
      (loop $panels
        (br_if $done (i32.ge_s (local.get $r0) (local.get $rows)))
        (if (i32.lt_s (i32.sub (local.get $rows) (local.get $r0)) (i32.const 4))
          (then
            (call $packGeneral (local.get $src) (local.get $rowStride) (local.get $depthStride)
              (i32.sub (local.get $rows) (local.get $r0)) (local.get $depth) (local.get $dst)))
          (else
            (if (i32.eq (local.get $rowStride) (i32.const 8))
              (then
                (call $packRowsAdjacent (local.get $src) (local.get $depthStride)
                  (local.get $depth) (local.get $dst)))
              (else
                (if (i32.eq (local.get $depthStride) (i32.const 8))
                  (then
                    (call $packRowsContiguous (local.get $src) (local.get $rowStride)
                      (local.get $depth) (local.get $dst)))
                  (else
                    (call $packGeneral (local.get $src) (local.get $rowStride) (local.get $depthStride)
                      (i32.const 4) (local.get $depth) (local.get $dst))))))))
        (local.set $src (i32.add (local.get $src) (i32.shl (local.get $rowStride) (i32.const 2))))
        (local.set $dst (i32.add (local.get $dst) (local.get $panelBytes)))
        (local.set $r0 (i32.add (local.get $r0) (i32.const 4)))
        (br $panels))))

  ;; A full panel whose 4 rows are adjacent in memory (rowStride = 1 element): at each p the
  ;; 4 values are already consecutive, so copy 32 bytes per p.
  (func $packRowsAdjacent (param $s i32) (param $depthStride i32) (param $depth i32) (param $dst i32)
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

  ;; A full panel whose rows are each contiguous along p (depthStride = 1 element): load two
  ;; steps of each row at once and interleave them, a 4×2 transpose per iteration.
  (func $packRowsContiguous (param $s0 i32) (param $rowStride i32) (param $depth i32) (param $dst i32)
    (local $s1 i32) (local $s2 i32) (local $s3 i32) (local $pairsEnd i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local.set $s1 (i32.add (local.get $s0) (local.get $rowStride)))
    (local.set $s2 (i32.add (local.get $s1) (local.get $rowStride)))
    (local.set $s3 (i32.add (local.get $s2) (local.get $rowStride)))
    ;; end of the part covered by whole pairs of steps (64 bytes of panel per pair)
    (local.set $pairsEnd (i32.add (local.get $dst)
      (i32.shl (i32.shr_u (local.get $depth) (i32.const 1)) (i32.const 6))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $dst) (local.get $pairsEnd)))
        (local.set $v0 (v128.load (local.get $s0)))   ;; row 0 at p, p+1
        (local.set $v1 (v128.load (local.get $s1)))
        (local.set $v2 (v128.load (local.get $s2)))
        (local.set $v3 (v128.load (local.get $s3)))
        ;; step p: rows 0,1 then rows 2,3 (low halves); step p+1: the high halves
        (v128.store offset=0 (local.get $dst)
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $v0) (local.get $v1)))
        (v128.store offset=16 (local.get $dst)
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $v2) (local.get $v3)))
        (v128.store offset=32 (local.get $dst)
          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $v0) (local.get $v1)))
        (v128.store offset=48 (local.get $dst)
          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $v2) (local.get $v3)))
        (local.set $s0 (i32.add (local.get $s0) (i32.const 16)))
        (local.set $s1 (i32.add (local.get $s1) (i32.const 16)))
        (local.set $s2 (i32.add (local.get $s2) (i32.const 16)))
        (local.set $s3 (i32.add (local.get $s3) (i32.const 16)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 64)))
        (br $pairs)))
    ;; an odd last step
    (if (i32.and (local.get $depth) (i32.const 1))
      (then
        (f64.store offset=0 (local.get $dst) (f64.load (local.get $s0)))
        (f64.store offset=8 (local.get $dst) (f64.load (local.get $s1)))
        (f64.store offset=16 (local.get $dst) (f64.load (local.get $s2)))
        (f64.store offset=24 (local.get $dst) (f64.load (local.get $s3))))))

  ;; A panel with any strides and `valid` (1..4) real rows: those rows, then zeros. Used for
  ;; the last, partial panel, and for full panels contiguous along neither axis.
  (func $packGeneral (param $s i32) (param $rowStride i32) (param $depthStride i32)
    (param $valid i32) (param $depth i32) (param $dst i32)
    (local $p i32) (local $r i32)
    (block $done
      (loop $steps
        (br_if $done (i32.ge_s (local.get $p) (local.get $depth)))
        (local.set $r (i32.const 0))
        (loop $row
          (f64.store (i32.add (local.get $dst) (i32.shl (local.get $r) (i32.const 3)))
            (if (result f64) (i32.lt_s (local.get $r) (local.get $valid))
              (then (f64.load (i32.add (local.get $s) (i32.mul (local.get $r) (local.get $rowStride)))))
              (else (f64.const 0))))
          (local.set $r (i32.add (local.get $r) (i32.const 1)))
          (br_if $row (i32.lt_s (local.get $r) (i32.const 4))))
        (local.set $s (i32.add (local.get $s) (local.get $depthStride)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 32)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $steps))))

  ;; ---- Multiplying ----------------------------------------------------------------------------
  ;; C += (packed A)·(packed B) over KC slices, blocks of 16 A-panels, and 4×4 tiles.
  ;; n4, m4: panel counts of A and B; k: depth; ldc: row stride of C in elements.
  (func (export "gemm")
    (param $n4 i32) (param $m4 i32) (param $k i32)
    (param $pa i32) (param $pb i32) (param $c i32) (param $ldc i32)
    (local $pc i32) (local $kc i32) (local $ic i32) (local $icEnd i32)
    (local $jp i32) (local $ip i32) (local $panelBytes i32) (local $ldcBytes i32)
    (local $bAddr i32)
    (local.set $panelBytes (i32.shl (local.get $k) (i32.const 5)))   ;; 4·k doubles
    (local.set $ldcBytes (i32.shl (local.get $ldc) (i32.const 3)))
    (block $kDone
      (loop $slices
        (br_if $kDone (i32.ge_s (local.get $pc) (local.get $k)))
        (local.set $kc (i32.sub (local.get $k) (local.get $pc)))
        (if (i32.gt_s (local.get $kc) (i32.const 512)) (then (local.set $kc (i32.const 512))))
        (local.set $ic (i32.const 0))
        (block $iDone
          (loop $blocks
            (br_if $iDone (i32.ge_s (local.get $ic) (local.get $n4)))
            (local.set $icEnd (i32.add (local.get $ic) (i32.const 16)))
            (if (i32.gt_s (local.get $icEnd) (local.get $n4)) (then (local.set $icEnd (local.get $n4))))
            (local.set $jp (i32.const 0))
            (block $jDone
              (loop $columns
                (br_if $jDone (i32.ge_s (local.get $jp) (local.get $m4)))
                ;; B panel jp, from depth pc on
                (local.set $bAddr (i32.add (local.get $pb)
                  (i32.add (i32.mul (local.get $jp) (local.get $panelBytes))
                           (i32.shl (local.get $pc) (i32.const 5)))))
                (local.set $ip (local.get $ic))
                (loop $rowPanels
                  (call $tile4x4
                    (local.get $kc)
                    (i32.add (local.get $pa)
                      (i32.add (i32.mul (local.get $ip) (local.get $panelBytes))
                               (i32.shl (local.get $pc) (i32.const 5))))
                    (local.get $bAddr)
                    (i32.add (local.get $c)
                      (i32.add (i32.mul (i32.shl (local.get $ip) (i32.const 2)) (local.get $ldcBytes))
                               (i32.shl (local.get $jp) (i32.const 5))))
                    (local.get $ldcBytes))
                  (local.set $ip (i32.add (local.get $ip) (i32.const 1)))
                  (br_if $rowPanels (i32.lt_s (local.get $ip) (local.get $icEnd))))
                (local.set $jp (i32.add (local.get $jp) (i32.const 1)))
                (br $columns)))
            (local.set $ic (local.get $icEnd))
            (br $blocks)))
        (local.set $pc (i32.add (local.get $pc) (i32.const 512)))
        (br $slices))))

  ;; ---- Unpadding ------------------------------------------------------------------------------
  ;; Moves rows 1..n-1 of the n × ldc block at c down so that the n×m result is contiguous.
  ;; Row i moves to an address no higher than its own, so moving rows in order is safe.
  (func (export "compact") (param $c i32) (param $n i32) (param $m i32) (param $ldc i32)
    (local $i i32)
    (local.set $m (i32.shl (local.get $m) (i32.const 3)))
    (local.set $ldc (i32.shl (local.get $ldc) (i32.const 3)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (memory.copy
          (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $m)))
          (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc)))
          (local.get $m))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows))))

  ;; The micro-kernel: the 4×4 tile of C at c (row stride ldcBytes) += Σ_p a_p b_pᵀ for kc ≥ 1
  ;; steps, a_p being 4 doubles of an A panel at a, b_p 4 doubles of a B panel at b.
  ;; Accumulator $cRH holds row R, columns 2H and 2H+1.
  (func $tile4x4 (param $kc i32) (param $a i32) (param $b i32) (param $c i32) (param $ldcBytes i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $b0 v128) (local $b1 v128) (local $ai v128) (local $aEnd i32)
    (local.set $aEnd (i32.add (local.get $a) (i32.shl (local.get $kc) (i32.const 5))))
    (loop $steps
      (local.set $b0 (v128.load offset=0 (local.get $b)))
      (local.set $b1 (v128.load offset=16 (local.get $b)))
      (local.set $ai (v128.load64_splat offset=0 (local.get $a)))
      (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $ai) (local.get $b0))))
      (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $ai) (local.get $b1))))
      (local.set $ai (v128.load64_splat offset=8 (local.get $a)))
      (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $ai) (local.get $b0))))
      (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $ai) (local.get $b1))))
      (local.set $ai (v128.load64_splat offset=16 (local.get $a)))
      (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $ai) (local.get $b0))))
      (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $ai) (local.get $b1))))
      (local.set $ai (v128.load64_splat offset=24 (local.get $a)))
      (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $ai) (local.get $b0))))
      (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $ai) (local.get $b1))))
      (local.set $a (i32.add (local.get $a) (i32.const 32)))
      (local.set $b (i32.add (local.get $b) (i32.const 32)))
      (br_if $steps (i32.lt_u (local.get $a) (local.get $aEnd))))
    ;; C tile += accumulators, row by row
    (v128.store offset=0 (local.get $c) (f64x2.add (v128.load offset=0 (local.get $c)) (local.get $c00)))
    (v128.store offset=16 (local.get $c) (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c01)))
    (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
    (v128.store offset=0 (local.get $c) (f64x2.add (v128.load offset=0 (local.get $c)) (local.get $c10)))
    (v128.store offset=16 (local.get $c) (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c11)))
    (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
    (v128.store offset=0 (local.get $c) (f64x2.add (v128.load offset=0 (local.get $c)) (local.get $c20)))
    (v128.store offset=16 (local.get $c) (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c21)))
    (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
    (v128.store offset=0 (local.get $c) (f64x2.add (v128.load offset=0 (local.get $c)) (local.get $c30)))
    (v128.store offset=16 (local.get $c) (f64x2.add (v128.load offset=16 (local.get $c)) (local.get $c31))))
)
