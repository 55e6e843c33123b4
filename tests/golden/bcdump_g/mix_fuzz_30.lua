g1[ ((true < true)) ], t, print.b = g2.y
while gx[ gx.y ] do
  for v1, v2 in next, ((g1.y) <= pairs:n "s") do
    local v3 = v1, v2
    return (v3.b ^ v1 == not ((v3) ^ (v2 == next))), #-v2 .. -0x7fffffff
  end
  for v4 = v4, 2, ... do
    local v5, v6 = ("pairs" < (1 >= v4).b)
    v6, v5[ v5 ] = ""
    local v7, v8, v9 = v4:n((v5) > v6:pairs(v5)), 0, {0x10 - true; [ (32768 .. v4) ] = 1e-5; [ v5 ] = (v4 and "a"); (true or 10),} == (({a = 'x'; y = 1e10; [ "\065\x41\u{41}" ] = v4; goto = 0x1p4; v5,} / "pairs") % v5)
  end
  do
    if -"" or (print ~= true) - ({x = gx,} > {a = 3i, y = 10, a = 2^53, a = false,} == gx) then goto c836 end
    ::c836::
  end
end
t()
pairs()(g1:pairs(print, nil, "a"), {...; 'x'; goto = gx; 257,})
for v10 = not 100000, 1e308, v10 do
end
x = pairs
local function v11(v12)
  do
  end
  for v13 = ("b" / v12(2) / not t), {((2)),} do
  end
end

