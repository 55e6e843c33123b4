gx(g2.a, pairs, g2)
function gf(v1, v2, v3)
  v3 {1e-5 ^ 65535; gx >= v3,}
  v2[ (v3 == 3.25) ] = g1[ 1.5 ], ((0x10 or v2 == g2) * not v2:m {}.b) * next.y, 1LL
  v2(v1.y, (v3), v1:m(32768) {[ v1 ] = "pairs"; [ false ] = v2; [ g2 ] = v1; gx})
  if v3 then
    v2.a, v2, v1 = {a = g1(); a = t; b = (v3:m(v3, false) or "")}, 0x10, (t.y)
    v1, print = v3, ((v1).b / t) ^ nil, not 0xff
    return "a", v2.b / {[ v3 / false ] = v2()(); b = v1:pairs(1.5, "hello world", nil); false; (2ULL):n(.5, v1),}
  end
  function t.a.b(v4, v5, ...)
    repeat
    until (v4)(next):m(t, 0xff, v4) {y = v1; 2^53; nil; [ "" ] = pairs; print}:n("\n\t" .. #v1, next(), ((v3) / v4))
    for v6 = v4(v2, v1, v4.x), "\065\x41\u{41}" do
      for v7 = -v5, ((65536 ^ v5)), {b = (257 / 256 .. {a = t; 2^53; v4; [ v2 ] = v6,}),} do
        return {("b" <= 3i) ^ "a" .. 256, v2 ^ not v6, x = (v4 / "pairs"), ((v3 - g2) == pairs:pairs(65536)), true}, "" .. (({x = 1.5, v2} % v1 + -1)), (v2)((v6)(v4, v2), {[ 0.1 ] = 65536})[ ((pairs).a < (v6)) ]
      end
      local v8, v9 = (v2)
      v1, v8.a = (nil <= v6).b - v5[ v5(false) ] ~= {y = v6}, 0.1
    end
  end
end
g2 "s".b, print, print.a = g1(..., pairs, nil).b * ... <= {} ^ gx <= #next < "\065\x41\u{41}"
local v10 = ({t; [ true ] = ...; pairs,})({[ "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" ] = 65535; print,}), gx.b, g1
v10, gx, v10[ v10 ] = v10
while v10:m({false; v10; goto = v10})[ 'x' ] do
  return {[ (65536).a ] = ((v10 / v10) < true); [ (false <= 1.5 and (65535 % "hello world")) ] = (0xff):pairs('x')()[ {y = false,} ]; b = v10; ...,}
end
v10 = v10:n {[ {[ t ] = v10,} ] = {[ v10 ] = "next", b = v10, a = v10, 1e-5}, (v10), 3i, y = .5 <= v10, gx,}, [[long]]
local v11, v12, v13 = g1.y, 32768
local function v14(v15, v16, v17)
  v16[ ("b" and v17 >= 0.1) ], v10, v14 = -v15, not v16, 0x10
end
g2, v13 = v14:n({false}), ((v10 / v10)), {[ v14:n "s"[ g2(g2) ] ] = ({v13} >= (v12)), ({[ "next" ] = v11; 65536; nil; [ true ] = v10; y = 0x10}), [ (v10 {}) ] = v13(v11)(), y = (#2ULL / (1e10)(3)),}

