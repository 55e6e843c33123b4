next = pairs(pairs[ g1 ]), not "next", (3.25):pairs(false == .5, gx and 65536, g1(true, g1, true))()
repeat
  g1().a, gx(... > print).a = (g2 "s" "s" == gx), ({[ {} ] = (... >= 32768); [ (2 ~= 65536) ] = 2^53,})
until function(v1)
    repeat
      print = #65536
      g2, v1:m(v1.b).b, v1 = #g1(), v1:n(), v1 "s".y
    until ("\065\x41\u{41}" ~= v1)
    x = v1
    return v1.a, ((65536):pairs(false) "s"(-1, "b") ^ #v1.x) / nil
  end
while (0x7fffffff and g2) do
  for v2, v3, v4 in pairs("") do
    for v5 = (v2)(..., 100000, 3i) "s"(2^53, [[long]], (not false)), gx > ({[ v4 ] = 0, v5, v4,}), v3 do
      local v6, v7, v8 = function()
    v2, v4()[ v3(0x7fffffff) ] = v5
    v3, v5 = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" * v3 + t - v5 or v3[ "pairs" * [[long]] ], nil
  end
      if (t) then
        v6[ v5 ], v5 = 1LL, ((0.1):n(v7, v8)(v7, 0x10)) {1; v4; b = 0xff .. 65536; v5:pairs(v3); [ g2[ v6 ] ] = v3.a}, (#pairs and {v3 > ..., {[ 0xff ] = 0xff, y = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", v8, [ false ] = 1,}, 2^53 / 0x10, (g2 <= next), v5})
        v6, v7(#1.5, -1, [[long]])[ 0 ] = v5({255; v8; v5; pairs}) < v5, v8.x
        v7 = {[ "pairs" ] = (v3)[ (0)[ v8 ] ]; [ {} ] = "\n\t" >= next.y}, function(v9, v10, v11, ...)
    g2, v6, v9 = v5, ({...; 1}).y
    local v12, v13 = (((-v5) and "\065\x41\u{41}") / (#v4 ^ (0x1p4 / 2ULL) + g1)), {x = ((v6 ~= 2)),}, (v4)
    next(65536, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
  end
      elseif 2 then
        local v14, v15, v16
      else
        pairs = "pairs"
        next[ ("a" > "\065\x41\u{41}") == v7:m(v4, v2) ] = v5(100000, ("b"):n(v5)).y, 0x7fffffff
      end
      local v17 = (#{} == not nil <= 255)
    end
  end
  while pairs[ {0x10 ^ print, [ {255, a = pairs, false, b = [[long]],} ] = -32767, goto = (pairs),} ] do
    return pairs {a = g2:m(65536, g2), [ (g2 and print) ] = 65535, [ 0x7fffffff ] = 255, 100000, [ gx([[long]])(100000) ] = g2,}
  end
end
if t[ (gx or pairs or 0x7fffffff .. ...) ] then
end
local v18, v19, v20 = g1
if -3 then
  local v21 = nil, v18(true, pairs) or v18.b > v18 >= 32767 and 0, ((({y = true, v20, [ 2^53 ] = t, y = v20} / v18 "s")) and ((true == false)) + (v19 * {}))
  v20, v20 = 0xff, ("b")
  v18((v18).a, {x = 257}, {})
else
end
v19:n(v18, v19)()()
return ((v19 ~= 0)), (...)

