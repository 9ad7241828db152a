;; Float32 matrix product and tanh in WebAssembly SIMD (f32x4), the fast path behind
;; src/core/matrix32.ts. One module in four files, which scripts/build-wasm.mjs puts together,
;; in this order, inside one (module …): this file (memory, multiplying), matmul32-pack.wat
;; (packing), matmul32-tanh.wat (tanh) and matmul32-demote.wat (float64 operands in). Each holds
;; module fields only.
;;
;; Assembled by `node scripts/build-wasm.mjs` into src/core/kernels/matmul32-wasm.ts (base64), and
;; driven from src/core/kernels/wasm-gemm32.ts, which copies operands into this module's memory:
;;
;;   pack4(a, aRow, aCol, n, k, packedA)    ;; op(A) → 4-row panels
;;   pack8(b, bCol, bRow, m, k, packedB)    ;; op(B)ᵀ → 8-column panels
;;   gemm(n4, m, k, packedA, packedB, c)    ;; C = op(A)·op(B), n×m row-major (+ padding rows)
;;   tanh(src, dst, count)                  ;; dst = tanh(src), four at a time
;;   demote(src, dst, count)                ;; float64 src → float32 dst, rounded to nearest
;;
;; Every entry of C is one sum, accumulated from p = 0 upward in float32:
;;   s ← fl(s + fl(a_ip · b_pj)),  s starting at +0,
;; each lane of f32x4.mul / f32x4.add rounding exactly like the scalar IEEE operation. There is no
;; fused multiply-add and no relaxed SIMD, so every engine gives the same bits, and the
;; TypeScript kernel (gemm32.ts), which performs the same operations in the same order through
;; Math.fround, gives them too. Blocking does not change that order: when the depth is cut into
;; slices of KC, a tile's running sums are stored into C at the end of a slice and loaded back at
;; the start of the next.
;;
;;   * A is packed into zero-padded panels of 4 rows and B into panels of 8 columns, stored
;;     depth-first (for each p: the panel's 4 or 8 values), so the micro-kernel reads both with
;;     unit stride whatever the operands' layout;
;;   * the depth is cut into slices of KC = 512 and A's rows into blocks of 32 panels (128 rows):
;;     a 512 × 8 panel of B (16 KiB) stays in L1 while the block of A (256 KiB) stays in L2;
;;   * the micro-kernel keeps a 4×8 tile of C in eight f32x4 registers (two per row), which
;;     leaves the other eight of x86-64's sixteen vector registers for operands: at twelve
;;     accumulators V8 spills, and the kernel runs at half speed.
;;
;; Addresses are byte offsets into the exported memory; strides and sizes count f32 elements.
;; Nothing here traps on any input: NaN and ±∞ propagate through the arithmetic as IEEE says.

(memory (export "memory") 1)

;; Depth of one k slice (for the cache only: results do not depend on it).
(global $KC i32 (i32.const 512))
;; A panels per cache block.
(global $MCP i32 (i32.const 32))
;; A 4×8 tile (128 bytes) at address 0 where edge tiles are computed; operands start after it.
(global $SCRATCH i32 (i32.const 0))

;; ---- Multiplying ----------------------------------------------------------------------------
;; C = (packed A)·(packed B) over KC slices, blocks of MCP A-panels, and 4×8 tiles.
;; n4: panel count of A; m ≥ 1: columns of B and C; k ≥ 1: depth. C has row stride m and
;; room for 4·n4 rows (rows past n hold products of A's zero padding). The last column panel,
;; when m is not a multiple of 8, is computed in the scratch tile and its valid columns copied.
(func (export "gemm")
  (param $n4 i32) (param $m i32) (param $k i32) (param $pa i32) (param $pb i32) (param $c i32)
  (local $m8 i32) (local $pc i32) (local $kc i32) (local $ic i32) (local $icEnd i32)
  (local $jp i32) (local $ip i32) (local $ldcBytes i32) (local $bAddr i32) (local $aAddr i32)
  (local $cAddr i32) (local $edgeBytes i32)
  (local.set $m8 (i32.shr_u (i32.add (local.get $m) (i32.const 7)) (i32.const 3)))
  (local.set $ldcBytes (i32.shl (local.get $m) (i32.const 2)))
  ;; bytes per row of the last column panel (32 when it is full)
  (local.set $edgeBytes (i32.sub (local.get $ldcBytes) (i32.shl (i32.sub (local.get $m8) (i32.const 1)) (i32.const 5))))
  (block $kDone
    (loop $slices
      (br_if $kDone (i32.ge_s (local.get $pc) (local.get $k)))
      (local.set $kc (i32.sub (local.get $k) (local.get $pc)))
      (if (i32.gt_s (local.get $kc) (global.get $KC)) (then (local.set $kc (global.get $KC))))
      (local.set $ic (i32.const 0))
      (block $iDone
        (loop $blocks
          (br_if $iDone (i32.ge_s (local.get $ic) (local.get $n4)))
          (local.set $icEnd (i32.add (local.get $ic) (global.get $MCP)))
          (if (i32.gt_s (local.get $icEnd) (local.get $n4)) (then (local.set $icEnd (local.get $n4))))
          (local.set $jp (i32.const 0))
          (block $jDone
            (loop $columns
              (br_if $jDone (i32.ge_s (local.get $jp) (local.get $m8)))
              ;; B panel jp (8·k values), from depth pc on
              (local.set $bAddr (i32.add (local.get $pb)
                (i32.shl (i32.add (i32.mul (local.get $jp) (local.get $k)) (local.get $pc)) (i32.const 5))))
              (local.set $ip (local.get $ic))
              (loop $rowPanels
                (local.set $aAddr (i32.add (local.get $pa)
                  (i32.shl (i32.add (i32.mul (local.get $ip) (local.get $k)) (local.get $pc)) (i32.const 4))))
                (local.set $cAddr (i32.add (local.get $c)
                  (i32.add (i32.mul (i32.shl (local.get $ip) (i32.const 2)) (local.get $ldcBytes))
                           (i32.shl (local.get $jp) (i32.const 5)))))
                (if (i32.and (i32.eq (local.get $jp) (i32.sub (local.get $m8) (i32.const 1)))
                             (i32.ne (local.get $edgeBytes) (i32.const 32)))
                  (then
                    (if (local.get $pc)
                      (then (call $copyRows (global.get $SCRATCH) (i32.const 32) (local.get $cAddr)
                              (local.get $ldcBytes) (local.get $edgeBytes))))
                    (call $tile4x8 (local.get $kc) (local.get $aAddr) (local.get $bAddr)
                      (global.get $SCRATCH) (i32.const 32) (local.get $pc))
                    (call $copyRows (local.get $cAddr) (local.get $ldcBytes) (global.get $SCRATCH)
                      (i32.const 32) (local.get $edgeBytes)))
                  (else
                    (call $tile4x8 (local.get $kc) (local.get $aAddr) (local.get $bAddr)
                      (local.get $cAddr) (local.get $ldcBytes) (local.get $pc))))
                (local.set $ip (i32.add (local.get $ip) (i32.const 1)))
                (br_if $rowPanels (i32.lt_s (local.get $ip) (local.get $icEnd))))
              (local.set $jp (i32.add (local.get $jp) (i32.const 1)))
              (br $columns)))
          (local.set $ic (local.get $icEnd))
          (br $blocks)))
      (local.set $pc (i32.add (local.get $pc) (global.get $KC)))
      (br $slices))))

;; Copies `bytes` bytes of each of 4 rows from src (row stride srcStride) to dst (dstStride).
(func $copyRows (param $dst i32) (param $dstStride i32) (param $src i32) (param $srcStride i32) (param $bytes i32)
  (memory.copy (local.get $dst) (local.get $src) (local.get $bytes))
  (memory.copy (i32.add (local.get $dst) (local.get $dstStride))
    (i32.add (local.get $src) (local.get $srcStride)) (local.get $bytes))
  (memory.copy (i32.add (local.get $dst) (i32.shl (local.get $dstStride) (i32.const 1)))
    (i32.add (local.get $src) (i32.shl (local.get $srcStride) (i32.const 1))) (local.get $bytes))
  (memory.copy (i32.add (local.get $dst) (i32.mul (local.get $dstStride) (i32.const 3)))
    (i32.add (local.get $src) (i32.mul (local.get $srcStride) (i32.const 3))) (local.get $bytes)))

;; The micro-kernel: the 4×8 tile of C at c (row stride ldcBytes) accumulates kc ≥ 1 steps
;; of a_p b_pᵀ, a_p being 4 floats of an A panel at a and b_p 8 floats of a B panel at b.
;; Its sums start at zero when pc = 0 (the first slice) and from C otherwise; they are
;; stored back into C. Accumulator $cRH holds row R, columns 4H..4H+3. Four steps per
;; iteration while at least four remain, then one at a time.
(func $tile4x8 (param $kc i32) (param $a i32) (param $b i32) (param $c i32) (param $ldcBytes i32) (param $pc i32)
  (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
  (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
  (local $b0 v128) (local $b1 v128) (local $ai v128) (local $end4 i32) (local $end i32) (local $row i32)
  (if (local.get $pc)
    (then
      (local.set $row (local.get $c))
      (local.set $c00 (v128.load offset=0 (local.get $row)))
      (local.set $c01 (v128.load offset=16 (local.get $row)))
      (local.set $row (i32.add (local.get $row) (local.get $ldcBytes)))
      (local.set $c10 (v128.load offset=0 (local.get $row)))
      (local.set $c11 (v128.load offset=16 (local.get $row)))
      (local.set $row (i32.add (local.get $row) (local.get $ldcBytes)))
      (local.set $c20 (v128.load offset=0 (local.get $row)))
      (local.set $c21 (v128.load offset=16 (local.get $row)))
      (local.set $row (i32.add (local.get $row) (local.get $ldcBytes)))
      (local.set $c30 (v128.load offset=0 (local.get $row)))
      (local.set $c31 (v128.load offset=16 (local.get $row)))))
  (local.set $end (i32.add (local.get $a) (i32.shl (local.get $kc) (i32.const 4))))
  (local.set $end4 (i32.add (local.get $a) (i32.shl (i32.and (local.get $kc) (i32.const -4)) (i32.const 4))))
  (if (i32.lt_u (local.get $a) (local.get $end4))
    (then
      (loop $quads
        (local.set $b0 (v128.load offset=0 (local.get $b)))
        (local.set $b1 (v128.load offset=16 (local.get $b)))
        (local.set $ai (v128.load32_splat offset=0 (local.get $a)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=4 (local.get $a)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=8 (local.get $a)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=12 (local.get $a)))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $b0 (v128.load offset=32 (local.get $b)))
        (local.set $b1 (v128.load offset=48 (local.get $b)))
        (local.set $ai (v128.load32_splat offset=16 (local.get $a)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=20 (local.get $a)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=24 (local.get $a)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=28 (local.get $a)))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $b0 (v128.load offset=64 (local.get $b)))
        (local.set $b1 (v128.load offset=80 (local.get $b)))
        (local.set $ai (v128.load32_splat offset=32 (local.get $a)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=36 (local.get $a)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=40 (local.get $a)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=44 (local.get $a)))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $b0 (v128.load offset=96 (local.get $b)))
        (local.set $b1 (v128.load offset=112 (local.get $b)))
        (local.set $ai (v128.load32_splat offset=48 (local.get $a)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=52 (local.get $a)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=56 (local.get $a)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=60 (local.get $a)))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $a (i32.add (local.get $a) (i32.const 64)))
        (local.set $b (i32.add (local.get $b) (i32.const 128)))
        (br_if $quads (i32.lt_u (local.get $a) (local.get $end4))))))
  (if (i32.lt_u (local.get $a) (local.get $end))
    (then
      (loop $steps
        (local.set $b0 (v128.load offset=0 (local.get $b)))
        (local.set $b1 (v128.load offset=16 (local.get $b)))
        (local.set $ai (v128.load32_splat offset=0 (local.get $a)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=4 (local.get $a)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=8 (local.get $a)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $ai (v128.load32_splat offset=12 (local.get $a)))
        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $ai) (local.get $b0))))
        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $ai) (local.get $b1))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 32)))
        (br_if $steps (i32.lt_u (local.get $a) (local.get $end))))))
  (v128.store offset=0 (local.get $c) (local.get $c00))
  (v128.store offset=16 (local.get $c) (local.get $c01))
  (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
  (v128.store offset=0 (local.get $c) (local.get $c10))
  (v128.store offset=16 (local.get $c) (local.get $c11))
  (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
  (v128.store offset=0 (local.get $c) (local.get $c20))
  (v128.store offset=16 (local.get $c) (local.get $c21))
  (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
  (v128.store offset=0 (local.get $c) (local.get $c30))
  (v128.store offset=16 (local.get $c) (local.get $c31)))
