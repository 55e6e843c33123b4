for v1 in "pairs", 1, 2 do
  while ({[ g2 ] = false; 0x7fffffff,} == {pairs; false; [ true ] = false,} .. ((65536 <= 32768))) do
    v1()
    local v2, v3 = 0x10, (v1), 1e308
    do
      repeat
      until (v2)
    end
  end
  while (nil) do
  end
end
pairs = "pairs", (gx:m()(print, "\n\t", 65535)(1.5, "\065\x41\u{41}", "") % pairs)[ 2^53 ], ((1e-5 ~= 10))[ 2ULL ]
next({false, "next", [ next ] = 0x10, g1, a = next})
for v4, v5, v6, v7 in pairs(nil), 3 do
  local v8, v9, v10 = v4, (2ULL), (not (g2 % 32768 + .5) - (g1:m("\n\t")(v5, .5, "hello world") ~= 0.1 * 256 % v7))
  v5[ (32767) and v7()(false, v10, ...) ] = {[ 1.5 <= "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" - (0xff) ] = (0x1p4 % "\065\x41\u{41}"); (v5()); [ (true == v10.a) ] = v6; print,}
  v4, t = v8 {[ v10(v10):pairs("")("\n\t", nil).b ] = ("next" % 65535), v4, [ {"", "\n\t", a = false} ] = pairs, y = {}}, {[ pairs[ g2 ] ] = v10(v7).a}, (((v7)) * v8(257, v6, 32768))
  return (false ~= #v5).y, {x = print, b = (v6), 1LL ^ 32767,} > 2^53
end
g1 "s"[ 65535 ], print[ {a = g1; print; print,} ], g1 = {"hello world", a = (print[ 1e308 ] * (pairs)), [ (-gx) ] = -("next" .. ...), [ (g2 / pairs < ...) ] = (false)[ not g2 ], [ (t)(1LL, 32767)(3i, 0xff) ] = 'x' * t,}, true < g2(-'x', print:pairs(print, print, false), gx[ false ]).y
local v11, v12, v13 = 65535

