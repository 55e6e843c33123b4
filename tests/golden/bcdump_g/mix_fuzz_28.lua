local v1, v2, v3 = (gx((2^53), (g2 and "b")) < next), true
local v4, v5, v6 = nil
repeat
until "a"
for v7, v8 in pairs(gx[ not (#"pairs" ^ (65535 and v3)) ]), 3 do
  local v9, v10 = #(...)((0x10))
  function gx.y:z(v11, ...)
    v9, g2:m("b", v10) "s"[ (65536) ], v11 = 65536
  end
end
v6()
while {(t()[ 2^53 ]); not v2,} do
  local v12, v13, v14 = (v5:n((1e10), (0x7fffffff))), 2
  local function v15(v16, v17, v18, ...)
    v16 {}
  end
end
for v19 = v3({[ "\065\x41\u{41}" ] = "\065\x41\u{41}"; [ v1 ] = ""; x = 1LL; v3}, v6("", true), (3)[ v3 ]) / ((... - (256)) <= ({1.5, [[long]], b = v5, "pairs", [ 2 ] = -1,} - v4)), v5("\065\x41\u{41}") do
  return -v2.a, (v1 > {y = v5; y = 1e308,}) - {y = 10; 32767; x = "" ~= v2}
end
local v20, v21, v22 = 65536 * (v3 "s").a
local v23, v24 = ((g2.y % (-1 > 2))).b, (2ULL)(v22):n((v20 ~= "\065\x41\u{41}"))(v4)

