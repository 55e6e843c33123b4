function gf(v1, v2, ...)
  for v3 = v3(#"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", (256) .. (false)), {[ v3(256, v2):m("pairs", 256) ] = v2:m(0x10, v1),}, true do
  end
end
for v4 in pairs(print) do
end
for v5, v6, v7, v8 in pairs(g2:n(g1)) do
  v5()
  local v9, v10, v11
  v10("pairs", 1e-5)(v5, 65536, 10)()(-3)
  return v8("hello world", v8) {goto = 3i, 1.5, [ 65536 ] = v9, y = "a",}.x + v9, (v8.x).x, -not nil
end
for v12 = v12[ (v12 <= (3 ^ v12)) - g2 ], (v12(pairs ^ -1)), (v12 % v12) do
  local v13 = print.a == {'x', a = v12,} and (v12)(v12, 1, v12) {x = gx,}[ (v12 or g2) ] - -(v12 ~= 0xff)
  v13[ (gx > "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz") ] = ##v12 {[ gx ] = "",}, ({y = 0; #t; goto = ... >= false; (v13 > v13)} % {(v13); (v13 * "next"); [ v13 ] = 257 ~= v13; [ not 1e-5 ] = #"\n\t"})
  for v14 = #v13.b, (pairs)[ v14 ], -(((v14) - (false)) < ((v13)[ v14 ])) do
    print(-v12, 65536 <= ..., next())()
  end
end
pairs, g2 = (3i .. (gx[ pairs ] <= pairs > pairs)), ((t or gx))(gx {}), t
local v15, v16, v17

