local v1, v2 = (g1 and {}), next[ g2() ]
for v3, v4, v5 in (v1 {y = 2, [ "next" ] = v2, [ false ] = 3, [ 0x1p4 ] = 1e10,})(v2.x).a, 1, 2 do
end
v2(v2.x, ({goto = 'x', goto = 1e-5}), not v2(v1, nil, v1):n(v1))
repeat
  while -not -gx >= -pairs do
  end
until v2
for v6, v7 in ipairs(v2.a) do
  for v8, v9, v10 in pairs(0) do
    return 1.5, v6, 0.1 + v8 ~= (("" or g1))
  end
  v1((v7(print) < #nil), (3i) ~= (v2 / 0xff), [[long]] ~= v6 {b = ..., x = 2ULL, y = true, y = "\n\t", 255,}.y)
  if v1:m(3, 2^53, (false / v6)):m(gx[ 1e-5 ], (65536)) then
    break
  else
    repeat
      gx, v7, v1[ "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" ] = (t) "s"()[ v6 {x = g1} ], gx:m(v7.x, #3 .. pairs)
      local v11, v12, v13
      local v14, v15, v16
    until #v2[ v7.y ]
  end
end
local v17, v18 = nil > (g2[ "next" ] >= v2), {}, (1e-5)((v2 ~= (g1 ^ 32768)), 3, v2)

